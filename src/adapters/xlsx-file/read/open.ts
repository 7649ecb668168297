/**
 * From a file on disk to an opened package, every way it can fail told in Italian: missing,
 * a folder, an old .xls, password-protected, an .ods or a CSV with the wrong name, cut short.
 */
import { readFile } from "node:fs/promises";
import { PackageParts } from "../package/zip";
import { XmlError } from "../package/xml";
import {
  corrupt,
  encrypted,
  legacyXls,
  malformed,
  notXlsx,
  openDocument,
  plainText,
  readFailure,
} from "../errors";
import { PackageStructureError, openBook, type XlsxBook } from "./book";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** An encrypted OOXML file is an OLE container with an "EncryptedPackage" stream. */
function isEncrypted(buf: Buffer): boolean {
  return buf.includes(Buffer.from("EncryptedPackage", "utf16le"));
}

/** Mostly printable text in its first bytes: a CSV or another text file renamed. */
function looksLikeText(buf: Buffer): boolean {
  const head = buf.subarray(0, 4096);
  if (head.length === 0) return false;
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable / head.length > 0.95;
}

export async function readPackageFile(path: string): Promise<PackageParts> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw readFailure(path, e);
  }
  if (startsWith(buf, OLE_MAGIC)) throw isEncrypted(buf) ? encrypted(path) : legacyXls(path);
  if (!startsWith(buf, ZIP_MAGIC)) throw looksLikeText(buf) ? plainText(path) : notXlsx(path);
  try {
    return PackageParts.fromZip(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  } catch {
    throw corrupt(path);
  }
}

/** Opens an .xlsx: its package and workbook structure. Throws `XlsxFileError`. */
export async function openXlsx(path: string): Promise<XlsxBook> {
  const pkg = await readPackageFile(path);
  if (pkg.text("mimetype")?.startsWith("application/vnd.oasis.opendocument"))
    throw openDocument(path);
  if (!pkg.has("[Content_Types].xml")) throw notXlsx(path);
  try {
    const book = openBook(pkg);
    if (!book.sheets.some((s) => s.kind === "worksheet")) throw notXlsx(path);
    return book;
  } catch (e) {
    if (e instanceof PackageStructureError) throw notXlsx(path);
    if (e instanceof XmlError) throw malformed(path, e.message.split("\n")[0]);
    throw e;
  }
}
