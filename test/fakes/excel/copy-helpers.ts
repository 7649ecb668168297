/** Shared setup of the `Range.copyFrom` tests. */
import { FakeWorkbook } from "./fake-workbook";
import type { SheetSnapshot } from "./snapshot";
import { type CellState, touchCell } from "./state";

/** Modello!A1:C2: a merged bold title over three cells, a formula, a link, a fill, a format. */
export function modelBook(): FakeWorkbook {
  const book = new FakeWorkbook(["Modello", "Scheda"]).setValues("Modello!A1", [
    ["Titolo", "", ""],
    ["=1+2", "testo", 0.5],
  ]);
  const model = book.sheet("Modello");
  const cell = (r: number, c: number): CellState => touchCell(model, r, c);
  model.merges.push({ r0: 0, c0: 0, r1: 0, c1: 2 });
  cell(0, 0).style.bold = true;
  cell(1, 1).style.fill = "#DDEBF7";
  cell(1, 1).hyperlink = { address: "https://example.org" };
  cell(1, 2).style.numberFormat = "0%";
  model.rowHeights.set(0, 30);
  model.columnWidths.set(0, 120);
  return book.setNumberFormat("Modello!A2", "0.00");
}

export async function copyInto(
  dest: string,
  source: string,
  copyType?: string,
  sheet = "Scheda",
): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(dest);
    range.copyFrom(source, copyType as Excel.RangeCopyType | undefined);
    await context.sync();
  });
}

/** Scheda!`dest` takes a copy of a range (or areas) of Modello, passed as a proxy. */
export async function copyFromModel(
  dest: string,
  source: (model: Excel.Worksheet) => Excel.Range | Excel.RangeAreas,
  copyType?: "All" | "Formulas" | "Values" | "Formats",
): Promise<void> {
  await Excel.run(async (context) => {
    const model = context.workbook.worksheets.getItem("Modello");
    context.workbook.worksheets.getItem("Scheda").getRange(dest).copyFrom(source(model), copyType);
    await context.sync();
  });
}

export function sheetOf(book: FakeWorkbook, name: string): SheetSnapshot {
  const sheet = book.snapshot().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(name);
  return sheet;
}
