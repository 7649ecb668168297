/**
 * A worksheet as the rows an import reads, the same for `schede-peg importa` and the pane:
 * each cell as the sheet shows it. No file system: the pane loads this module on its own.
 */
import type { SheetRows, SourceRow } from "../../core/import/table";
import type { CellValue } from "../../core/schema/raw";
import { serialToIso } from "../../core/text/dates";
import type { SheetEntry, XlsxBook } from "./read/book";
import { openXlsxBytes } from "./read/open-bytes";
import type { SheetCell } from "./read/sheet";

export { isXlsxFileError } from "./errors";

/**
 * A cell as the sheet shows it: a number formatted as a percentage is the percentage (0.85
 * shown as 85 % is 85), a date is its ISO date.
 */
export function shownValue(cell: SheetCell | undefined): CellValue {
  if (!cell) return null;
  const { value, look } = cell;
  if (typeof value !== "number") return value;
  if (look === "percent") return Number((value * 100).toPrecision(12));
  if (look === "date") return serialToIso(value) ?? value;
  return value;
}

/** The worksheets of a book, in the workbook's order (charts and others left out). */
export function worksheetsOf(book: XlsxBook): SheetEntry[] {
  return book.sheets.filter((s) => s.kind === "worksheet");
}

/** A worksheet row by row, numbered as the sheet numbers them; each row let go once given. */
export function* sheetRows(book: XlsxBook, sheet: SheetEntry): Generator<SourceRow> {
  const cells = book.cells(sheet);
  for (const r of [...cells.keys()].sort((a, b) => a - b)) {
    const line = cells.get(r);
    cells.delete(r);
    if (!line) continue;
    const width = Math.max(0, ...line.keys());
    const values: CellValue[] = Array.from({ length: width }, (_, c) =>
      shownValue(line.get(c + 1)),
    );
    yield { cells: values, row: r };
  }
}

/** The first worksheet of an .xlsx's bytes. Throws `XlsxFileError` (`name` in its message). */
export function readSheetRows(name: string, bytes: Uint8Array): SheetRows {
  const book = openXlsxBytes(bytes, name);
  // openXlsxBytes refuses a book without worksheets
  const sheet = worksheetsOf(book)[0];
  return { sheet: sheet.name, rows: [...sheetRows(book, sheet)] };
}
