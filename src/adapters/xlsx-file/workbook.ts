/**
 * The PEG workbook as an .xlsx file. Reading and `genera` work on the package itself (any
 * producer; the parts a command does not change are kept byte for byte); a brand-new
 * workbook (`esempio`) is built with ExcelJS, which writes real Excel tables with formats,
 * validation and conditional formats.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { PegModel } from "../../core/model/types";
import { parseWorkbook, type ParseResult } from "../../core/parse";
import type { CellValue, RawWorkbook } from "../../core/schema/raw";
import { mustWriteAsText, tableRows } from "../../core/schema/rows";
import { TABLES } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import { malformed, writeFailure } from "./errors";
import type { PackageParts } from "./package/zip";
import type { XlsxBook } from "./read/book";
import { openXlsx } from "./read/open";
import { extractRawWorkbook } from "./read/tables";
import { addSchemaTable } from "./tables";
import { addConditionalFormats, addValidations } from "./validation-rules";

export { XlsxFileError, isXlsxFileError } from "./errors";
export { openXlsx } from "./read/open";
export type { XlsxBook } from "./read/book";

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

type Rows = readonly (readonly CellValue[])[];

/**
 * ExcelJS always writes strings as strings, but a text in a cell not formatted "@" would turn
 * into a formula, date or number as soon as someone edits it in Excel: format it as text.
 */
function protectText(ws: ExcelJS.Worksheet, def: TableDef, rows: Rows): void {
  rows.forEach((row, r) => {
    def.columns.forEach((col, c) => {
      if (mustWriteAsText(col, row[c] ?? null)) ws.getCell(r + 2, c + 1).numFmt = "@";
    });
  });
}

/** The whole model as a new workbook: one sheet and one Excel table per schema table. */
export function buildWorkbook(model: PegModel): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Schede PEG";
  for (const def of TABLES) {
    const rows = tableRows(model, def.id);
    const ws = addSchemaTable(wb, def, rows);
    protectText(ws, def, rows);
    const lastRow = 1 + Math.max(rows.length, 1);
    addValidations(ws, def, lastRow);
    addConditionalFormats(ws, def, lastRow);
  }
  return wb;
}

export async function writeModelXlsx(model: PegModel, path: string): Promise<ExcelJS.Workbook> {
  const wb = buildWorkbook(model);
  await writeAtomically(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return wb;
}
