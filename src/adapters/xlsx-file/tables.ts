/**
 * One schema table on its own sheet as a real Excel table: Italian headers, column formats
 * and widths from the schema, frozen header row.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/schema/raw";
import type { TableDef } from "../../core/schema/types";
import { columnLetters } from "../../core/schema/address";

export const TABLE_STYLE = "TableStyleMedium2";

/** "" is an empty cell, not an empty string: Excel would count it as text. */
function cellOut(v: CellValue): ExcelJS.CellValue {
  return v === "" ? null : v;
}

/** Table body rows; Excel wants at least one body row, so an empty table gets a blank one. */
function bodyRows(def: TableDef, rows: readonly (readonly CellValue[])[]): ExcelJS.CellValue[][] {
  if (rows.length === 0) return [def.columns.map(() => null)];
  return rows.map((row) => def.columns.map((_, i) => cellOut(row[i] ?? null)));
}

/** The A1 range of a table placed at A1 with `bodyCount` body rows, header included. */
export function tableRange(def: TableDef, bodyCount: number): string {
  return `A1:${columnLetters(def.columns.length - 1)}${1 + Math.max(bodyCount, 1)}`;
}

export function addSchemaTable(
  wb: ExcelJS.Workbook,
  def: TableDef,
  rows: readonly (readonly CellValue[])[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(def.sheet, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
  });
  // column styles first: the cells the table creates inherit them, and so do rows typed later
  def.columns.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    column.width = col.width;
    if (col.numberFormat !== "General") column.numFmt = col.numberFormat;
  });
  ws.addTable({
    name: def.table,
    displayName: def.table,
    ref: "A1",
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: def.columns.map((col) => ({ name: col.header, filterButton: true })),
    rows: bodyRows(def, rows),
  });
  const header = ws.getRow(1);
  header.height = 30;
  def.columns.forEach((_, i) => {
    header.getCell(i + 1).alignment = { wrapText: true, vertical: "middle" };
  });
  return ws;
}
