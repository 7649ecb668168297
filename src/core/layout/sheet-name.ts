/**
 * Worksheet names for the schede. Excel's rules: 1–31 characters, none of [ ] : * ? / \,
 * no apostrophe at either end, unique in the workbook ignoring case, and "History" is
 * reserved. We drop every apostrophe, not only the outer ones: formulas and print-title
 * names quote sheet names with apostrophes, and not every writer doubles inner ones.
 */
export const MAX_SHEET_NAME = 31;
const RESERVED = ["history"];

function clean(codice: string): string {
  const s = codice
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/'/g, "")
    // control characters are not allowed in names either
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return s === "" ? "Scheda" : s;
}

function cut(name: string, max: number): string {
  return Array.from(name).slice(0, max).join("").trim();
}

export function schedaSheetName(codice: string, takenNames: readonly string[]): string {
  const taken = new Set([...takenNames.map((n) => n.toLowerCase()), ...RESERVED]);
  const base = clean(codice);
  const first = cut(base, MAX_SHEET_NAME);
  if (!taken.has(first.toLowerCase())) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A sheet reference for hyperlinks and formulas: `'Name'!A1`, inner apostrophes doubled. */
export function sheetRef(sheetName: string, cellAddress = "A1"): string {
  return `'${sheetName.replace(/'/g, "''")}'!${cellAddress}`;
}
