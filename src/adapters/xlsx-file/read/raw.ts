/** The schema tables of an opened book. No file system: the pane reads returned files too. */
import type { RawWorkbook } from "../../../core/schema/raw";
import { malformed } from "../errors";
import type { XlsxBook } from "./book";
import { extractRawWorkbook } from "./tables";

/**
 * Every schema table of an opened book. A part that is not well-formed XML (the package
 * opened, a sheet is broken) becomes an `XlsxFileError`.
 */
export function readRawWorkbook(book: XlsxBook, path: string): RawWorkbook {
  try {
    return extractRawWorkbook(book);
  } catch (e) {
    throw malformed(path, (e as Error).message.split("\n")[0]);
  }
}
