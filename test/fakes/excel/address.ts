/** A1-style addresses: parsing and formatting of rectangles on a worksheet grid. */
import { invalidArgument } from "./errors";

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** A rectangle of cells, 0-based and inclusive on both ends. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export function columnLetters(c0: number): string {
  let n = c0 + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

interface Part {
  r: number | null;
  c: number | null;
}

function parsePart(text: string): Part | null {
  const cell = CELL.exec(text);
  if (cell) return { c: lettersToColumn(cell[1]), r: Number(cell[2]) - 1 };
  const col = COLS.exec(text);
  if (col) return { c: lettersToColumn(col[1]), r: null };
  const row = ROWS.exec(text);
  if (row) return { c: null, r: Number(row[1]) - 1 };
  return null;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses "A1", "A1:C3", "A:C", "2:5" (with optional $). Throws InvalidArgument otherwise. */
export function parseLocal(local: string): Rect {
  const [a, b = a, extra] = local.trim().split(":");
  const p = parsePart(a);
  const q = parsePart(b);
  const bothCells = p && q && p.r !== null && p.c !== null && q.r !== null && q.c !== null;
  const bothCols = p && q && p.r === null && q.r === null;
  const bothRows = p && q && p.c === null && q.c === null;
  if (extra !== undefined || !p || !q || !(bothCells || bothCols || bothRows)) {
    throw invalidArgument("address", `"${local}" is not a valid address.`);
  }
  const r0 = p.r ?? 0;
  const r1 = q.r ?? MAX_ROWS - 1;
  const c0 = p.c ?? 0;
  const c1 = q.c ?? MAX_COLS - 1;
  const rect = {
    r0: Math.min(r0, r1),
    r1: Math.max(r0, r1),
    c0: Math.min(c0, c1),
    c1: Math.max(c0, c1),
  };
  checkInGrid(rect, "address");
  return rect;
}

export function checkInGrid(rect: Rect, location: string): void {
  const inside =
    rect.r0 >= 0 &&
    rect.c0 >= 0 &&
    rect.r1 < MAX_ROWS &&
    rect.c1 < MAX_COLS &&
    rect.r0 <= rect.r1 &&
    rect.c0 <= rect.c1;
  if (!inside) throw invalidArgument(location, "The range falls outside the worksheet grid.");
}

/** "A1:C3", "A1" for one cell, "A:C" for whole columns, "2:5" for whole rows. */
export function formatLocal(rect: Rect): string {
  if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) {
    return `${columnLetters(rect.c0)}:${columnLetters(rect.c1)}`;
  }
  if (rect.c0 === 0 && rect.c1 === MAX_COLS - 1) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${columnLetters(rect.c1)}${rect.r1 + 1}`;
}

/** Excel quotes sheet names that are not plain identifiers: 'Dati 2021'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect)}`;
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectCols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}
