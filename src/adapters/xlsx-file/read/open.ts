/**
 * From a file on disk to an opened package: a missing file or a folder told in Italian, the
 * rest by `openXlsxBytes`.
 */
import { readFile } from "node:fs/promises";
import { readFailure } from "../errors";
import type { XlsxBook } from "./book";
import { openXlsxBytes } from "./open-bytes";

/** Opens an .xlsx: its package and workbook structure. Throws `XlsxFileError`. */
export async function openXlsx(path: string): Promise<XlsxBook> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw readFailure(path, e);
  }
  return openXlsxBytes(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), path);
}
