/**
 * Generated sheets in a workbook file: which of its sheets are ours (the same markers the
 * task pane writes: a hidden defined name pointing at the sheet), and writing schede either
 * into the user's workbook or into a new file holding only them.
 */
import { markedSheets, type MarkedSheets } from "../../core/layout/markers";
import type { RawWorkbook } from "../../core/schema/raw";
import type { XlsxBook } from "./read/book";
import { openBook } from "./read/book";
import { writePackageFile } from "./workbook";
import { emptyWorkbookPackage } from "./write/empty";
import { applySheetChanges, type NewSheet, type SheetChanges } from "./write/sheets";

export type { NewSheet, SheetChanges } from "./write/sheets";

/** The book's sheets with our markers; a sheet holding a data table is never ours. */
export function sheetsOf(book: XlsxBook, raw: RawWorkbook): MarkedSheets {
  return markedSheets(
    book.sheets.map((s) => s.name),
    book.names
      .filter((n) => n.localSheetId === null)
      // the JS API gives a name's formula with its "=", the file without
      .map((n) => ({ name: n.name, comment: n.comment, formula: `=${n.formula}` })),
    Object.values(raw).map((t) => t?.sheet ?? ""),
  );
}

/** Writes the book, changed as asked, to `path`; the book's own file is never touched. */
export async function writeSchede(
  book: XlsxBook,
  changes: SheetChanges,
  path: string,
): Promise<void> {
  await writePackageFile(applySheetChanges(book, changes), path);
}

/** A new file holding only these sheets, in order (what the PDF is made from). */
export async function writeSchedeOnly(sheets: readonly NewSheet[], path: string): Promise<void> {
  const book = openBook(emptyWorkbookPackage());
  await writeSchede(book, { remove: [], staleMarkers: [], add: sheets }, path);
}
