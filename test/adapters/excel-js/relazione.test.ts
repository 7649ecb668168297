/**
 * «Genera relazione» on the fake Excel: the sheet holds the core's Relazione layout, its three
 * native charts read the sheet's own cells, two round trips at 31 and 300 objectives, and a
 * second run replaces our sheet while a user's «Relazione» is never touched.
 */
import { generateRelazioneSheet } from "../../../src/adapters/excel-js/generate/relazione";
import { GENERATE_BUDGET_BYTES } from "../../../src/adapters/excel-js/generate/write";
import { computeAll } from "../../../src/core/compute";
import type { ChartSpec } from "../../../src/core/layout/chart";
import type { IsoDate, Month, PegModel, Rilevazione } from "../../../src/core/model/types";
import { modelAtMonth } from "../../../src/core/rilevazione/at-month";
import { relazioneData } from "../../../src/core/relazione/data";
import { buildRelazione, RELAZIONE_SHEET_NAME } from "../../../src/core/relazione/layout";
import { samplePeg } from "../../../src/core/sample";
import { formatAddress, formatLocal } from "../../fakes/excel/address";
import type { SheetState } from "../../fakes/excel/state";
import {
  dataSnapshot,
  repeatedSample,
  setupWorkbook,
  sheetNames,
  teardown,
} from "./generate.helpers";

afterEach(teardown);

const TODAY = "2021-12-31" as IsoDate;

/** the sample with some results, so the charts have bars to show */
function measuredSample(): PegModel {
  const model = samplePeg();
  return {
    ...model,
    fasi: model.fasi.map((f, i) => ({ ...f, avanzamento: (i * 37) % 101 })),
  };
}

function expected(model: PegModel, sheetName = RELAZIONE_SHEET_NAME) {
  const data = relazioneData(model, computeAll(model));
  return buildRelazione(model, data, { dataElaborazione: TODAY, sheetName });
}

function values(sheet: SheetState, at: { row: number; col: number }) {
  return sheet.cells.get(`${at.row - 1},${at.col - 1}`)?.value ?? "";
}

/** a column of the sheet as Excel writes its address */
const address = (sheet: string, r: ChartSpec["categories"]) =>
  formatAddress(sheet, { r0: r.firstRow - 1, c0: r.col - 1, r1: r.lastRow - 1, c1: r.col - 1 });

describe("the Relazione sheet", () => {
  test("holds the core's layout, marked as ours, and is shown to the user", async () => {
    const model = measuredSample();
    const { book, fake } = setupWorkbook(model);
    const report = await generateRelazioneSheet({ today: TODAY });
    const { layout } = expected(model);
    const sheet = book.sheet(RELAZIONE_SHEET_NAME);
    expect(fake.host.activeSheet().name).toBe(RELAZIONE_SHEET_NAME);
    for (const c of layout.cells)
      expect({ at: [c.row, c.col], value: values(sheet, c) }).toEqual({
        at: [c.row, c.col],
        value: c.value ?? "",
      });
    expect(sheet.merges.map(formatLocal).sort()).toEqual(
      layout.merges
        .map((m) =>
          formatLocal({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 }),
        )
        .sort(),
    );
    expect(layout.rows.map((_, i) => sheet.rowHeights.get(i))).toEqual(
      layout.rows.map((r) => r.height),
    );
    const marker = book.state.names.find((n) => n.ref?.sheetId === sheet.id);
    expect(marker?.comment).toBe("Schede PEG: relazione");
    expect(marker?.visible).toBe(false);
    const data = relazioneData(model, computeAll(model));
    expect(report).toEqual({
      sheet: RELAZIONE_SHEET_NAME,
      periodo: model.impostazioni.periodoRiferimento,
      objectives: 31,
      charts: 3,
      overall: data.total.overall,
      deviations: data.deviations.length,
    });
  });

  test("three native charts of the right types, reading the sheet's cells", async () => {
    const model = measuredSample();
    const { book } = setupWorkbook(model);
    await generateRelazioneSheet({ today: TODAY });
    const { layout, charts: specs } = expected(model);
    const sheet = book.sheet(RELAZIONE_SHEET_NAME);
    const text = (at: { row: number; col: number }) =>
      layout.cells.find((c) => c.row === at.row && c.col === at.col)?.value;
    expect(sheet.charts.map((c) => c.type)).toEqual([
      "ColumnClustered",
      "BarClustered",
      "BarStacked",
    ]);
    sheet.charts.forEach((chart, i) => {
      const spec = specs[i];
      expect(chart.title.text).toBe(spec.title);
      expect(chart.source).toBe(address("Relazione", spec.series[0].values));
      expect(chart.seriesBy).toBe("Columns");
      expect(chart.series).toEqual(
        spec.series.map((s) => ({
          name: text(s.nameCell),
          values: address("Relazione", s.values),
          xValues: address("Relazione", spec.categories),
          color: `#${s.color.toUpperCase()}`,
        })),
      );
      const a = spec.anchor;
      expect(chart.position).toEqual({
        start: formatLocal({ r0: a.top - 1, c0: a.left - 1, r1: a.top - 1, c1: a.left - 1 }),
        end: formatLocal({ r0: a.bottom - 1, c0: a.right - 1, r1: a.bottom - 1, c1: a.right - 1 }),
      });
      expect(chart.valueAxis).toEqual({
        minimum: 0,
        maximum: spec.valueMax ?? null,
        numberFormat: spec.axisFormat ?? spec.valueFormat,
      });
      expect(chart.dataLabels.showValue).toBe(true);
      expect(chart.legend.visible).toBe(spec.series.length > 1);
    });
    // the stacked chart: one series per status, zeros left blank in its labels
    expect(sheet.charts[2].series.map((s) => s.name)).toEqual([
      "In linea",
      "In ritardo",
      "Critici",
      "Conclusi",
      "Non misurati",
    ]);
    expect(sheet.charts[2].dataLabels.numberFormat).toBe("0;-0;;");
    expect(sheet.charts[2].legend.position).toBe("Bottom");
  });

  test.each([31, 300])("%i objectives: one read and one write", async (n) => {
    const { fake, book } = setupWorkbook(repeatedSample(n));
    const report = await generateRelazioneSheet({ today: TODAY });
    const stats = fake.stats();
    expect(report.objectives).toBe(n);
    expect(stats.syncs).toBe(2);
    for (const bytes of stats.payloadBytes) expect(bytes).toBeLessThan(GENERATE_BUDGET_BYTES);
    expect(book.sheet(RELAZIONE_SHEET_NAME).charts).toHaveLength(3);
  });

  test("a second run replaces our sheet, charts included; the data tables are only read", async () => {
    const { book } = setupWorkbook(measuredSample());
    const before = dataSnapshot(book);
    await generateRelazioneSheet({ today: TODAY });
    const firstId = book.sheet(RELAZIONE_SHEET_NAME).id;
    await generateRelazioneSheet({ today: TODAY });
    const names = sheetNames(book);
    expect(names.filter((n) => n.startsWith("Relazione"))).toEqual([RELAZIONE_SHEET_NAME]);
    const sheet = book.sheet(RELAZIONE_SHEET_NAME);
    expect(sheet.id).not.toBe(firstId);
    expect(sheet.charts).toHaveLength(3);
    expect(book.state.names.filter((n) => n.comment === "Schede PEG: relazione")).toHaveLength(1);
    expect(dataSnapshot(book)).toEqual(before);
  });

  test("a user's sheet named «Relazione» is never overwritten: the report takes another name", async () => {
    const { book } = setupWorkbook(measuredSample());
    book.addSheet("Relazione").setValues("Relazione!A1:B1", [["mia", 42]]);
    const report = await generateRelazioneSheet({ today: TODAY });
    expect(report.sheet).toBe("Relazione (2)");
    expect(report.nameTaken).toBe("Relazione");
    expect(book.values("Relazione!A1:B1")).toEqual([["mia", 42]]);
    expect(book.sheet("Relazione").charts).toEqual([]);
    const ours = book.sheet("Relazione (2)");
    expect(ours.charts[0].source).toBe(
      address(
        "Relazione (2)",
        expected(measuredSample(), "Relazione (2)").charts[0].series[0].values,
      ),
    );
    // the next run replaces its own sheet, still leaving the user's alone
    await generateRelazioneSheet({ today: TODAY });
    expect(sheetNames(book).filter((n) => n.startsWith("Relazione"))).toEqual([
      "Relazione",
      "Relazione (2)",
    ]);
    expect(book.values("Relazione!A1:B1")).toEqual([["mia", 42]]);
  });

  test("at a past month: the plan rewound by the log, still one read and one write", async () => {
    const model = measuredSample();
    const fase = model.fasi[0];
    const logged = (periodo: Month, from: number | null, to: number): Rilevazione => ({
      periodo,
      obiettivo: fase.obiettivo,
      elemento: "Fase",
      numero: fase.numero,
      campo: "avanzamento",
      valorePrecedente: from,
      valoreNuovo: to,
      nota: "",
      utente: "Rossi",
      timestamp: `${periodo}-28T10:00:00`,
    });
    const now: PegModel = {
      ...model,
      impostazioni: { ...model.impostazioni, periodoRiferimento: "2021-09" as Month },
      fasi: model.fasi.map((f, i) => (i === 0 ? { ...f, avanzamento: 90 } : f)),
      rilevazioni: [logged("2021-06" as Month, null, 40), logged("2021-09" as Month, 40, 90)],
    };
    const { fake, book } = setupWorkbook(now);
    const report = await generateRelazioneSheet({ today: TODAY, periodo: "2021-06" as Month });
    expect(report.periodo).toBe("2021-06");
    expect(fake.stats().syncs).toBe(2);
    const june = expected(modelAtMonth(now, "2021-06" as Month)).layout;
    const sheet = book.sheet(RELAZIONE_SHEET_NAME);
    for (const c of june.cells)
      expect({ at: [c.row, c.col], value: values(sheet, c) }).toEqual({
        at: [c.row, c.col],
        value: c.value ?? "",
      });
    // the rewind shows: June's figures are not September's
    const september = expected(now).layout.cells.map((c) => c.value);
    expect(june.cells.map((c) => c.value)).not.toEqual(september);
  });
});
