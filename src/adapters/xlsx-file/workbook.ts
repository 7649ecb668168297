/**
 * The PEG workbook as an .xlsx file. Reading and `genera` work on the package itself (any
 * producer; the parts a command does not change are kept byte for byte); a brand-new
 * workbook (`esempio`) is built with ExcelJS (build.ts).
 */
import { rename, rm, writeFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { PegModel } from "../../core/model/types";
import { parseWorkbook, type ParseResult } from "../../core/parse";
import type { RawWorkbook } from "../../core/schema/raw";
import { writeFailure } from "./errors";
import { modelXlsxBytes } from "./new-workbook";
import type { PackageParts } from "./package/zip";
import { openXlsx } from "./read/open";
import { readRawWorkbook } from "./read/raw";

export { XlsxFileError, isXlsxFileError } from "./errors";
export { openXlsx } from "./read/open";
export type { XlsxBook } from "./read/book";
export { readRawWorkbook } from "./read/raw";

/** Reads every schema table of the file; throws `XlsxFileError` when the file is unusable. */
export async function readXlsxFile(path: string): Promise<RawWorkbook> {
  return readRawWorkbook(await openXlsx(path), path);
}

/** Reads and parses: the model, the problems met while reading it, the tables not found. */
export async function readModelFromXlsx(path: string): Promise<ParseResult> {
  return parseWorkbook(await readXlsxFile(path));
}

/** Writes bytes through a temporary file renamed into place: never a half-written workbook. */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw writeFailure(path, e);
  }
}

export async function writePackageFile(pkg: PackageParts, path: string): Promise<void> {
  await writeAtomically(path, pkg.toZip());
}

/** Saves a workbook built with ExcelJS (build.ts, possibly given more sheets), atomically. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await writeAtomically(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/**
 * The whole model as a new workbook file. ExcelJS is loaded only here, on first use: the
 * commands that read or generate never pay for it.
 */
export async function writeModelXlsx(model: PegModel, path: string): Promise<void> {
  await writeAtomically(path, await modelXlsxBytes(model));
}

/**
 * The same for a model of any size (an import): only the empty plan workbook is built with
 * ExcelJS, the rows are written as sheet XML (write/new-book.ts), in bounded memory.
 */
export async function writeNewModelXlsx(model: PegModel, path: string): Promise<void> {
  const { newBookOf } = await import("./write/new-book");
  await writePackageFile((await newBookOf(model)).pkg, path);
}
