/**
 * Model values -> cells in the table's real column order, with the number format each cell
 * needs so that text stays text: Excel turns a string that starts with = + - @ into a formula
 * and "2021-04" into a date unless the cell is formatted as Text ("@") before the value is
 * written (learn.microsoft.com, Excel.Range.values). See also core `mustWriteAsText`.
 */
import { normalizeHeader } from "../../core/parse/positions";
import type { CellValue } from "../../core/schema/raw";
import { modelToRows, mustWriteAsText } from "../../core/schema/rows";
import type { ColumnDef, TableDef } from "../../core/schema/types";

/** The schema column a header stands for, if any. */
export function columnOf(def: TableDef, header: string): ColumnDef | undefined {
  const wanted = normalizeHeader(header);
  return def.columns.find((c) => normalizeHeader(c.header) === wanted);
}

/** 0-based position of column `key` among the headers, or -1. */
export function positionOf(def: TableDef, headers: readonly string[], key: string): number {
  const col = def.columns.find((c) => c.key === key);
  if (!col) return -1;
  const wanted = normalizeHeader(col.header);
  return headers.findIndex((h) => normalizeHeader(h) === wanted);
}

/** The format a cell of `col` must have before `value` is written into it. */
export function formatFor(col: ColumnDef | undefined, value: CellValue): string {
  if (typeof value === "string" && value !== "") {
    if (!col || mustWriteAsText(col, value)) return "@";
  }
  if (!col) return "General";
  return col.numberFormat === "@" && typeof value !== "string" ? "General" : col.numberFormat;
}

/** A block of rows ready for `range.numberFormat` then `range.values`. */
export interface CellBlock {
  readonly values: CellValue[][];
  /** null leaves a cell's format as it is (a column the schema does not know) */
  readonly formats: (string | null)[][];
}

/**
 * Records -> rows ordered like `headers`. Columns the schema does not know get null, which
 * Office.js leaves unchanged.
 */
export function recordsToBlock<T extends object>(
  def: TableDef,
  headers: readonly string[],
  records: readonly T[],
): CellBlock {
  const schemaRows = modelToRows(def, records);
  const cols = headers.map((h) => columnOf(def, h));
  const index = cols.map((c) => (c ? def.columns.indexOf(c) : -1));
  const values = schemaRows.map((row) => index.map((i) => (i < 0 ? null : row[i])));
  const formats = values.map((row) =>
    row.map((v, j) => (index[j] < 0 ? null : formatFor(cols[j], v))),
  );
  return { values, formats };
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((v) => v === "" || v === null || v === undefined);
}
