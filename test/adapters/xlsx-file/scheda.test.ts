import ExcelJS from "exceljs";
import { renderScheda } from "../../../src/adapters/xlsx-file/scheda";
import { buildIndexSheet, buildScheda } from "../../../src/core/layout";
import type { SchedaLayout } from "../../../src/core/layout/types";
import { DATA_ELABORAZIONE, FULL, testModel, testResult } from "../../core/layout/fixture";

const model = testModel(40, 30);

function scheda(sheetName = FULL): SchedaLayout {
  return buildScheda(model, testResult(FULL), FULL, {
    dataElaborazione: DATA_ELABORAZIONE,
    sheetName,
  });
}

/** render, save to a buffer and read back, as another program would */
async function roundTrip(layouts: SchedaLayout[], start?: ExcelJS.Workbook) {
  const wb = start ?? new ExcelJS.Workbook();
  for (const l of layouts) renderScheda(wb, l);
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

/** a plain copy of what a cell holds (ExcelJS objects, not Office.js proxies) */
function read(ws: ExcelJS.Worksheet, row: number, col: number) {
  const { value, type, numFmt, font } = ws.findCell(row, col) ?? {};
  return { value, type, numFmt, fontName: font?.name };
}

describe("renderScheda (ExcelJS)", () => {
  it("writes page setup, print titles, header/footer and no gridlines", async () => {
    const l = scheda();
    const ws = (await roundTrip([l])).getWorksheet(FULL);
    expect(ws).toBeDefined();
    const p = ws!.pageSetup;
    expect(p).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: l.page.printArea,
    });
    expect(p.printTitlesRow).toBe(l.page.printTitleRows);
    expect(p.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 });
    expect(ws!.headerFooter.oddHeader).toBe(l.page.header);
    expect(ws!.headerFooter.oddFooter).toBe(l.page.footer);
    expect(ws!.views[0].showGridLines).toBe(false);
  });

  it("keeps sizes, merges and manual breaks (stored on the row above)", async () => {
    const l = scheda();
    const ws = (await roundTrip([l])).getWorksheet(FULL)!;
    l.columns.forEach((c, i) => expect(ws.getColumn(i + 1).width).toBeCloseTo(c.width, 5));
    l.rows.forEach((r, i) => expect(ws.getRow(i + 1).height).toBeCloseTo(r.height, 5));
    for (const m of l.merges) expect(ws.getCell(m.top, m.right).isMerged).toBe(true);
    // ExcelJS does not read breaks back: check what it writes (the print test sees them work)
    const fresh = renderScheda(new ExcelJS.Workbook(), l) as unknown as {
      rowBreaks: { id: number }[];
    };
    expect(l.breaks.length).toBeGreaterThan(0);
    expect(fresh.rowBreaks.map((b) => b.id)).toEqual(l.breaks.map((b) => b - 1));
  });

  it("writes formula-like text as text, numbers with their format, styles explicit", async () => {
    const l = scheda();
    const ws = (await roundTrip([l])).getWorksheet(FULL)!;
    const marked = l.cells.find((c) => c.forceText);
    expect(marked).toBeDefined();
    const text = read(ws, marked!.row, marked!.col);
    expect(text.value).toBe(marked!.value);
    expect(text.type).toBe(ExcelJS.ValueType.String);
    expect(text.numFmt).toBe("@");
    const numeric = l.cells.find((c) => typeof c.value === "number" && c.numberFormat);
    const n = read(ws, numeric!.row, numeric!.col);
    expect(n.value).toBe(numeric!.value);
    expect(n.numFmt).toBe(numeric!.numberFormat);
    expect(n.fontName).toBe("Arial");
  });

  it("links the index rows to their scheda sheets", async () => {
    const index = buildIndexSheet(model, [], [{ codice: FULL, sheetName: FULL }], {
      dataElaborazione: DATA_ELABORAZIONE,
    });
    const wb = await roundTrip([index, scheda()]);
    const c = index.cells.find((x) => x.link)!;
    const value = wb.getWorksheet(index.sheetName)!.getCell(c.row, c.col).value as {
      text: string;
      hyperlink: string;
    };
    expect(value.text).toBe(FULL);
    expect(value.hyperlink).toBe(`#'${FULL}'!A1`);
  });

  it("replaces a sheet of the same name (any case) and leaves the others alone", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Obiettivi").getCell("A1").value = "dati";
    renderScheda(wb, scheda("scheda x"));
    const back = await roundTrip([scheda("Scheda X")], wb);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Obiettivi", "Scheda X"]);
    expect(back.getWorksheet("Obiettivi")!.getCell("A1").value).toBe("dati");
  });
});

describe("renderScheda and the user's data", () => {
  it("never replaces a sheet that holds a table, whatever the case of its name", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Fasi");
    ws.addTable({
      name: "tblFasi",
      ref: "A1",
      columns: [{ name: "Obiettivo" }],
      rows: [["OB1"]],
    });
    expect(() => renderScheda(wb, scheda("fasi"))).toThrow(/contiene dati/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Fasi"]);
    expect(wb.getWorksheet("Fasi")?.getCell("A2").value).toBe("OB1");
  });
});
