/**
 * ExcelJS cell values -> the values a spreadsheet hands over (`CellValue` of the core), and
 * the few A1-reference helpers the file adapter needs.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/schema/raw";

const MS_PER_DAY = 86_400_000;
/** days between the Excel epoch (serial 0 = 1899-12-30 in the 1900 system) and 1970-01-01 */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A JS Date from ExcelJS (a date-formatted cell, read as UTC) back to its Excel serial in the
 * 1900 date system, which is what the core parses. Rounded to the millisecond to drop float noise.
 */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

/** One cell as `Range.values` would give it: "" when empty, the cached result of a formula. */
export function toRawCell(value: ExcelJS.CellValue | unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return dateToSerial(value);
  if (!isObject(value)) return String(value);
  if ("error" in value) return String(value.error);
  if ("richText" in value && Array.isArray(value.richText)) {
    return value.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  }
  if ("formula" in value || "sharedFormula" in value) return toRawCell(value.result);
  // hyperlink: its text may itself be rich text
  if ("text" in value) return toRawCell(value.text);
  return "";
}

/** "A" -> 1, "AB" -> 28 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 -> "A", 28 -> "AB" */
export function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) {
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  }
  return s;
}

export interface CellBox {
  /** 1-based rows and columns, inclusive */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B2:F30" (or "$B$2:$F$30", or a single cell) -> its box; null when unreadable */
export function parseRange(ref: string): CellBox | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const left = columnNumber(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return { top, left, bottom, right };
}
