/**
 * Cell contents: what happens when a value is written through `Range.values`/`formulas`, and
 * what `values`, `formulas`, `text`, `valueTypes` read back.
 *
 * Written strings are taken as if typed (learn.microsoft.com, Excel.Range.values: a value that
 * starts with "=", "+" or "-" is interpreted as a formula), unless the cell's number format is
 * "@" (Text), where Excel keeps any input as a literal string. Numeric text and ISO dates are
 * converted like typed input. The fake evaluates only formulas made of numeric literals and
 * + - * / ( ); any other formula reads back as the marker value "#FORMULA".
 */
import { type Rect, rectCols, rectRows } from "./address";
import { invalidArgument } from "./errors";
import { type CellState, type Scalar, type SheetState, getCell, styleOf, touchCell } from "./state";

export const FORMULA_MARKER = "#FORMULA";
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

/** Excel's serial for a calendar date (1900 system; 1900-03-01 is 61). */
export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Expands a scalar to the range's shape, or checks that a 2-D array has exactly that shape. */
export function toGrid(input: unknown, rect: Rect, where: string): unknown[][] {
  const rows = rectRows(rect);
  const cols = rectCols(rect);
  if (!Array.isArray(input)) {
    if (rows * cols > 1_000_000)
      throw invalidArgument(where, "The fake refuses scalar writes to over a million cells.");
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => input));
  }
  const ok =
    input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) {
    throw invalidArgument(
      where,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
    );
  }
  return input as unknown[][];
}

function checkScalar(value: unknown, where: string): Scalar | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidArgument(where, "Numbers must be finite.");
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  throw invalidArgument(where, `A cell value can't be ${typeof value}.`);
}

/** Writes one cell as if the user typed `input` into it. `null` leaves the cell unchanged. */
export function typeIntoCell(
  sheet: SheetState,
  r: number,
  c: number,
  input: unknown,
  where: string,
): void {
  const value = checkScalar(input, where);
  if (value === null) return;
  const cell = touchCell(sheet, r, c);
  cell.formula = null;
  if (typeof value !== "string" || value === "") {
    cell.value = value;
    return;
  }
  if (styleOf(sheet, r, c, "numberFormat") === "@") {
    cell.value = value;
    return;
  }
  const trimmed = value.trim();
  if (NUMBER.test(trimmed)) {
    cell.value = Number(trimmed);
  } else if (PERCENT.test(trimmed)) {
    cell.value = Number(trimmed.slice(0, -1)) / 100;
    setAutoFormat(sheet, r, c, "0%");
  } else if (ISO_DATE.test(trimmed)) {
    const [, y, m, d] = ISO_DATE.exec(trimmed) ?? [];
    cell.value = dateSerial(Number(y), Number(m), Number(d));
    setAutoFormat(sheet, r, c, "yyyy-mm-dd");
  } else if (ISO_MONTH.test(trimmed)) {
    const [, y, m] = ISO_MONTH.exec(trimmed) ?? [];
    cell.value = dateSerial(Number(y), Number(m), 1);
    setAutoFormat(sheet, r, c, "mmm-yy");
  } else if (value.startsWith("=") || value.startsWith("+") || value.startsWith("-")) {
    cell.formula = value.startsWith("=") ? value : `=${value}`;
    cell.value = evaluate(cell.formula);
  } else {
    cell.value = value;
  }
}

/** Excel gives a recognised date or percentage a matching format when the cell is "General". */
function setAutoFormat(sheet: SheetState, r: number, c: number, format: string): void {
  if (styleOf(sheet, r, c, "numberFormat") === "General")
    touchCell(sheet, r, c).style.numberFormat = format;
}

/** Numeric-literal arithmetic only; everything else is the marker (or #NAME? for bare words). */
export function evaluate(formula: string): Scalar {
  const src = formula.slice(1).replace(/\s+/g, "");
  let pos = 0;
  const peek = (): string => src[pos] ?? "";
  const expr = (): number => {
    let v = term();
    while (peek() === "+" || peek() === "-") v = src[pos++] === "+" ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek() === "*" || peek() === "/") v = src[pos++] === "*" ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    if (peek() === "-") return (pos++, -factor());
    if (peek() === "+") return (pos++, factor());
    if (peek() === "(") {
      pos++;
      const v = expr();
      if (src[pos++] !== ")") throw new Error("paren");
      return v;
    }
    const m = /^(\d+\.?\d*|\.\d+)/.exec(src.slice(pos));
    if (!m) throw new Error("literal");
    pos += m[0].length;
    return Number(m[0]);
  };
  try {
    const v = expr();
    if (pos !== src.length) throw new Error("trailing");
    return Number.isFinite(v) ? v : "#DIV/0!";
  } catch {
    return /^[-+]?[\p{L}_][\p{L}\p{N}_ ]*$/u.test(src) ? "#NAME?" : FORMULA_MARKER;
  }
}

export function valueAt(sheet: SheetState, r: number, c: number): Scalar {
  return getCell(sheet, r, c)?.value ?? "";
}

export function formulaAt(sheet: SheetState, r: number, c: number): Scalar {
  const cell = getCell(sheet, r, c);
  return cell?.formula ?? cell?.value ?? "";
}

export function valueTypeAt(sheet: SheetState, r: number, c: number): string {
  const v = valueAt(sheet, r, c);
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return /^#(NAME\?|DIV\/0!|N\/A|VALUE!|REF!|NUM!|NULL!|FORMULA)$/.test(v) ? "Error" : "String";
}

/** A simplified `Range.text`: decimals and percentages honoured, dates as yyyy-mm-dd or dd/mm/yyyy. */
export function textAt(sheet: SheetState, r: number, c: number): string {
  const v = valueAt(sheet, r, c);
  const fmt = styleOf(sheet, r, c, "numberFormat") ?? "General";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v !== "number" || fmt === "General" || fmt === "@") return String(v);
  const decimals = (/0\.(0+)/.exec(fmt)?.[1] ?? "").length;
  if (fmt.endsWith("%")) return `${(v * 100).toFixed(decimals)}%`;
  if (/[dy]/i.test(fmt)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    const [yy, mm, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()].map((n) =>
      String(n).padStart(2, "0"),
    );
    return fmt.startsWith("y") ? `${yy}-${mm}-${dd}` : `${dd}/${mm}/${yy}`;
  }
  return /^[#0,.]+$/.test(fmt) ? v.toFixed(decimals) : String(v);
}

/** Reads a rectangle through one of the per-cell readers above. */
export function gridOf<V>(
  sheet: SheetState,
  rect: Rect,
  read: (s: SheetState, r: number, c: number) => V,
): V[][] {
  const out: V[][] = [];
  for (let r = rect.r0; r <= rect.r1; r += 1) {
    const row: V[] = [];
    for (let c = rect.c0; c <= rect.c1; c += 1) row.push(read(sheet, r, c));
    out.push(row);
  }
  return out;
}

/** Clears contents (values and formulas), keeping formats. */
export function clearContents(sheet: SheetState, rect: Rect): void {
  for (const cell of cellsIn(sheet, rect)) {
    cell.value = "";
    cell.formula = null;
  }
}

/** Existing cells inside a rectangle, without creating any. */
export function cellsIn(sheet: SheetState, rect: Rect): CellState[] {
  const out: CellState[] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) out.push(cell);
  }
  return out;
}

/** One value when every cell agrees, else null (Excel's answer for mixed formatting). */
export function uniform<V>(rect: Rect, read: (r: number, c: number) => V): V | null {
  if (rectRows(rect) * rectCols(rect) > 1_000_000) return read(rect.r0, rect.c0);
  let first: V | undefined;
  for (let r = rect.r0; r <= rect.r1; r += 1) {
    for (let c = rect.c0; c <= rect.c1; c += 1) {
      const v = read(r, c);
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}
