/**
 * A file `distribuisci` sent, as it comes back: its tables as the person left them and the
 * baseline it was sent with. The same for `schede-peg raccogli` and the pane; no file system:
 * the pane loads this module on its own, with the bytes of the files the user chose.
 */
import { INVIO, parseBaseline } from "../../core/distribuzione/baseline";
import type { ReturnedFile } from "../../core/distribuzione/collect";
import { parseWorkbook } from "../../core/parse";
import type { XlsxBook } from "./read/book";
import { openXlsxBytes } from "./read/open-bytes";
import { readRawWorkbook } from "./read/raw";
import { findExcelTable } from "./read/tables";

export { isXlsxFileError } from "./errors";

/** A returned file's opened book; `path` names it in the errors, `file` in the report. */
export function returnedOf(book: XlsxBook, path: string, file: string): ReturnedFile {
  const { model } = parseWorkbook(readRawWorkbook(book, path));
  const table = findExcelTable(book, INVIO.table);
  const baseline = table ? parseBaseline(table) : { destinatario: "", sent: [] };
  return { file, destinatario: baseline.destinatario, model, sent: baseline.sent };
}

/** A returned file from its bytes. Throws `XlsxFileError` (`name` in its message). */
export function readReturnedBytes(name: string, bytes: Uint8Array): ReturnedFile {
  return returnedOf(openXlsxBytes(bytes, name), name, name);
}
