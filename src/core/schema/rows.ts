/**
 * Model -> cells: the mirror of `parse/`. Every writer (Excel JS, .xlsx files, the sample
 * loader) turns records into rows here, so a value is written the same way everywhere and
 * reads back unchanged (`parse(modelToRows(x))` gives `x` again for valid records).
 *
 * Contract for writers about text (see `mustWriteAsText`): this module returns text as plain
 * strings and never escapes them. A string that starts with = + - @ would become a formula,
 * and in a column whose format is not "@" Excel may turn "2021-04" or "00123" into a date or a
 * number. Before writing such a value the adapter must make the cell text: set its number
 * format to "@" first (the schema already does so for text columns), or use the quote prefix
 * where the API offers it. How is the adapter's choice; the value itself is never altered.
 */
import type { Impostazioni, PegModel } from "../model/types";
import type { CellValue } from "./raw";
import { SETTINGS, settingCell } from "./settings";
import { tableById, type TableId } from "./tables";
import type { ColumnDef, TableDef } from "./types";
import { dateTimeToSerial, isoToSerial } from "../text/dates";

/** True when Excel would read the text as the start of a formula. */
export function isFormulaLike(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

/**
 * True when `value`, written into a cell of `col`, must be protected as text (see the module
 * comment): formula-like text anywhere, and any non-empty text in a column not formatted "@".
 */
export function mustWriteAsText(col: ColumnDef, value: CellValue): boolean {
  if (typeof value !== "string" || value === "") return false;
  return isFormulaLike(value) || col.numberFormat !== "@";
}

/**
 * One model value -> the cell value to write. Null/undefined -> "" (empty cell). Dates become
 * serials so Excel sorts and formats them; flags "si"/"no"; text, enums and months stay text.
 * A value that does not fit its column (e.g. an invalid date string) is written as it is:
 * never lose what the user has.
 */
export function toCellValue(col: ColumnDef, v: unknown): CellValue {
  if (v === null || v === undefined) return "";
  switch (col.type) {
    case "date":
      return typeof v === "string" ? (isoToSerial(v) ?? v) : scalar(v);
    case "datetime":
      return typeof v === "string" ? (dateTimeToSerial(v) ?? v) : scalar(v);
    case "flag":
      return typeof v === "boolean" ? (v ? "si" : "no") : scalar(v);
    case "number":
    case "integer":
    case "percent":
      return typeof v === "number" && !Number.isFinite(v) ? "" : scalar(v);
    default:
      return scalar(v);
  }
}

function scalar(v: unknown): CellValue {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : "";
  return String(v);
}

/**
 * A record -> its row, in the order of `def.columns`. Keys the record lacks (the computed
 * columns, which the model does not hold) give "": writers that must keep those cells
 * should write only the columns they own.
 */
export function recordToRow<T extends object>(def: TableDef, record: T): CellValue[] {
  const values = record as Readonly<Record<string, unknown>>;
  return def.columns.map((col) => toCellValue(col, values[col.key]));
}

export function modelToRows<T extends object>(def: TableDef, records: readonly T[]): CellValue[][] {
  return records.map((r) => recordToRow(def, r));
}

/**
 * Impostazioni -> rows [chiave, valore, descrizione] in the order of SETTINGS. The valore
 * column is "General": months and text must be written as text (`mustWriteAsText`).
 */
export function settingsToRows(impostazioni: Impostazioni): CellValue[][] {
  return SETTINGS.map((s) => [s.key, settingCell(impostazioni[s.key]), s.description]);
}

/** The rows of one table of the model, in schema order (the settings as key/value rows). */
export function tableRows(model: PegModel, id: TableId): CellValue[][] {
  return id === "impostazioni"
    ? settingsToRows(model.impostazioni)
    : modelToRows<object>(tableById(id), model[id]);
}
