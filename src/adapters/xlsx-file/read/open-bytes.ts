/**
 * From a file's bytes to an opened package, every way it can fail told in Italian: an old
 * .xls, password-protected, an .ods or a CSV with the wrong name, cut short. No file system:
 * the task pane opens the bytes of a file the user chose.
 */
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
} from "../errors";
import { PackageStructureError, openBook, type XlsxBook } from "./book";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Uint8Array, magic: readonly number[], at = 0): boolean {
  return buf.length >= at + magic.length && magic.every((b, i) => buf[at + i] === b);
}

/** "EncryptedPackage" as UTF-16LE, the name of an encrypted OOXML file's stream */
const ENCRYPTED_PACKAGE = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);

/** An encrypted OOXML file is an OLE container with an "EncryptedPackage" stream. */
function isEncrypted(buf: Uint8Array): boolean {
  for (
    let at = buf.indexOf(ENCRYPTED_PACKAGE[0]);
    at !== -1;
    at = buf.indexOf(ENCRYPTED_PACKAGE[0], at + 1)
  )
    if (startsWith(buf, ENCRYPTED_PACKAGE, at)) return true;
  return false;
}

/** Mostly printable text in its first bytes: a CSV or another text file renamed. */
function looksLikeText(buf: Uint8Array): boolean {
  const head = buf.subarray(0, 4096);
  if (head.length === 0) return false;
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable / head.length > 0.95;
}

/** The package of a file's bytes; `name` names it in the errors. */
function packageOf(buf: Uint8Array, name: string): PackageParts {
  if (startsWith(buf, OLE_MAGIC)) throw isEncrypted(buf) ? encrypted(name) : legacyXls(name);
  if (!startsWith(buf, ZIP_MAGIC)) throw looksLikeText(buf) ? plainText(name) : notXlsx(name);
  try {
    return PackageParts.fromZip(buf);
  } catch {
    throw corrupt(name);
  }
}

/** Opens an .xlsx from its bytes: its package and workbook structure. Throws `XlsxFileError`. */
export function openXlsxBytes(bytes: Uint8Array, name: string): XlsxBook {
  const pkg = packageOf(bytes, name);
  if (pkg.text("mimetype")?.startsWith("application/vnd.oasis.opendocument"))
    throw openDocument(name);
  if (!pkg.has("[Content_Types].xml")) throw notXlsx(name);
  try {
    const book = openBook(pkg);
    if (!book.sheets.some((s) => s.kind === "worksheet")) throw notXlsx(name);
    return book;
  } catch (e) {
    if (e instanceof PackageStructureError) throw notXlsx(name);
    if (e instanceof XmlError) throw malformed(name, e.message.split("\n")[0]);
    throw e;
  }
}
