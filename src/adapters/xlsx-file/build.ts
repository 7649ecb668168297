/**
 * A brand-new PEG workbook built with ExcelJS: one sheet and one real Excel table per schema
 * table, with formats, validation and conditional formats. Used only for new files, which
 * hold no user data that ExcelJS could lose.
 */
import ExcelJS from "exceljs";
import type { PegModel } from "../../core/model/types";
import type { CellValue } from "../../core/schema/raw";
import { mustWriteAsText, tableRows } from "../../core/schema/rows";
import { TABLES } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import { addSchemaTable } from "./tables";
import { addConditionalFormats, addValidations } from "./validation-rules";

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
