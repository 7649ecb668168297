/** The fake's charts: recorded as asked, refused where Excel refuses. */
import { FakeWorkbook, installFakeExcel, uninstallFakeExcel } from ".";

afterEach(uninstallFakeExcel);

async function run(body: (sheet: Excel.Worksheet) => void): Promise<FakeWorkbook> {
  const book = new FakeWorkbook(["Dati"]);
  book.setValues("Dati!A1:B3", [
    ["Nome", "Valore"],
    ["a", 1],
    ["b", 2],
  ]);
  installFakeExcel(book);
  await Excel.run(async (context) => {
    body(context.workbook.worksheets.getItem("Dati"));
    await context.sync();
  });
  return book;
}

test("charts.add records type, source and one series per column; series ranges and colours follow", async () => {
  const book = await run((sheet) => {
    const chart = sheet.charts.add("BarStacked", sheet.getRange("B2:B3"), "Columns");
    chart.title.text = "Valori";
    chart.setPosition("D2", "H12");
    const first = chart.series.getItemAt(0);
    first.name = "Valore";
    first.setXAxisValues(sheet.getRange("A2:A3"));
    first.format.fill.setSolidColor("#1f3864");
    const second = chart.series.add("Altro");
    second.setValues(sheet.getRange("A2:A3"));
  });
  const [chart] = book.sheet("Dati").charts;
  expect(chart).toMatchObject({
    type: "BarStacked",
    source: "Dati!B2:B3",
    title: { text: "Valori" },
    position: { start: "D2", end: "H12" },
    series: [
      { name: "Valore", values: "Dati!B2:B3", xValues: "Dati!A2:A3", color: "#1F3864" },
      { name: "Altro", values: "Dati!A2:A3", xValues: null, color: null },
    ],
  });
});

test.each([
  [
    "a seriesBy outside its enum",
    (s: Excel.Worksheet) =>
      s.charts.add("BarClustered", s.getRange("B2:B3"), "Diagonal" as Excel.ChartSeriesBy),
  ],
  [
    "a source outside the grid",
    (s: Excel.Worksheet) => s.charts.add("BarClustered", s.getRange("B2:B1048577")),
  ],
  [
    "a series past the last",
    (s: Excel.Worksheet) =>
      (s.charts.add("BarClustered", s.getRange("B2:B3")).series.getItemAt(3).name = "x"),
  ],
  [
    "a legend position outside its enum",
    (s: Excel.Worksheet) => {
      s.charts.add("BarClustered", s.getRange("B2:B3")).legend.position =
        "Middle" as Excel.ChartLegendPosition;
    },
  ],
  [
    "a position outside the grid",
    (s: Excel.Worksheet) => s.charts.add("BarClustered", s.getRange("B2:B3")).setPosition("A0"),
  ],
])("refuses %s", async (_label, body) => {
  await expect(run(body)).rejects.toMatchObject({ name: "RichApi.Error" });
});
