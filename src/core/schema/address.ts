/**
 * A1 addresses, as problems and the "go to cell" links show them: "Fasi!H12",
 * "'Note 2021'!B3".
 */
import type { Lang } from "../text/lang";

/** Where a row is when no cell can be named: "Fasi, riga 12" ("Fasi, row 12" in English). */
export function rowPlace(sheet: string, row: number, lang: Lang): string {
  return `${sheet}, ${lang === "en" ? "row" : "riga"} ${row}`;
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD". */
export function columnLetters(col0: number): string {
  if (!Number.isInteger(col0) || col0 < 0) throw new RangeError(`Colonna non valida: ${col0}`);
  let n = col0 + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26 (case-insensitive); null when not letters. */
export function columnIndex0(letters: string): number | null {
  if (!/^[A-Za-z]+$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Names Excel could read as a cell (A1, XFD1048576) or an R1C1 reference (R, C, R1C1). */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/**
 * Sheet name as it must appear in a reference. Plain ASCII identifiers stay bare; anything
 * else (spaces, accents, punctuation, a leading digit, a name like a cell) is put in single
 * quotes with inner quotes doubled. Quoting more than strictly needed is always valid.
 */
export function quoteSheetName(sheet: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) && !looksLikeReference(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `cellAddress("Fasi", 12, 7)` -> "Fasi!H12" (row 1-based as Excel shows it, column 0-based). */
export function cellAddress(sheet: string, row1: number, col0: number): string {
  return `${quoteSheetName(sheet)}!${columnLetters(col0)}${row1}`;
}

export interface SplitAddress {
  readonly sheet: string;
  /** the part after "!", e.g. "H12" */
  readonly cell: string;
}

/** The inverse of `cellAddress`: "'Note 2021'!B3" -> { sheet: "Note 2021", cell: "B3" }. */
export function splitAddress(address: string): SplitAddress | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return null;
  const rawSheet = address.slice(0, bang);
  const cell = address.slice(bang + 1);
  const quoted = /^'(.*)'$/s.exec(rawSheet);
  const sheet = quoted ? quoted[1].replace(/''/g, "'") : rawSheet;
  return sheet.length > 0 && cell.length > 0 ? { sheet, cell } : null;
}
