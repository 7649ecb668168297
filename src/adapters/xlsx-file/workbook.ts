/**
 * The data tables of a PEG workbook as an .xlsx file: read them as a spreadsheet would hand
 * them over, or write a model as a workbook of real Excel tables with formats, validation
 * and conditional formats.
 */
import { rename, rm, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { PegModel } from "../../core/model/types";
import { parseWorkbook, type ParseResult } from "../../core/parse";
import type { CellValue, RawWorkbook } from "../../core/schema/raw";
import { modelToRows, mustWriteAsText, settingsToRows } from "../../core/schema/rows";
import { TABLES } from "../../core/schema/tables";
import type { TableId } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import { writeFailure } from "./errors";
import { repairLoadedTables } from "./loaded-tables";
import { extractRawWorkbook, openXlsx } from "./reader";
import { addSchemaTable } from "./tables";
import { addConditionalFormats, addValidations } from "./validation-rules";

export { XlsxFileError, isXlsxFileError } from "./errors";
export { extractRawWorkbook, openXlsx } from "./reader";

/** Reads every schema table of the file; throws `XlsxFileError` when the file is unusable. */
export async function readXlsxFile(path: string): Promise<RawWorkbook> {
  return extractRawWorkbook(await openXlsx(path));
}

type Rows = readonly (readonly CellValue[])[];

function rowsOf(model: PegModel, def: TableDef<TableId>): Rows {
  switch (def.id) {
    case "obiettivi":
      return modelToRows(def, model.obiettivi);
    case "fasi":
      return modelToRows(def, model.fasi);
    case "indicatori":
      return modelToRows(def, model.indicatori);
    case "soggetti":
      return modelToRows(def, model.soggetti);
    case "rilevazioni":
      return modelToRows(def, model.rilevazioni);
    case "impostazioni":
      return settingsToRows(model.impostazioni);
  }
}

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
    const rows = rowsOf(model, def);
    const ws = addSchemaTable(wb, def, rows);
    protectText(ws, def, rows);
    const lastRow = 1 + Math.max(rows.length, 1);
    addValidations(ws, def, lastRow);
    addConditionalFormats(ws, def, lastRow);
  }
  return wb;
}

/** Saves any workbook, built here or opened from a file (see loaded-tables.ts). */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  repairLoadedTables(wb);
  // a temporary file renamed into place: a failure never leaves a half-written workbook
  const data = await wb.xlsx.writeBuffer();
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, new Uint8Array(data));
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw writeFailure(path, e);
  }
}

/** Reads and parses: the model, the problems met while reading it, the tables not found. */
export async function readModelFromXlsx(path: string): Promise<ParseResult> {
  return parseWorkbook(await readXlsxFile(path));
}

export async function writeModelXlsx(model: PegModel, path: string): Promise<ExcelJS.Workbook> {
  const wb = buildWorkbook(model);
  await saveWorkbook(wb, path);
  return wb;
}
