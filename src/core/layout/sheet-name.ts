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

/**
 * A free sheet name for an objective's scheda. `taken`: the names in use, or (for many names
 * at once) a test on a lower-case name, so a plan of thousands of schede stays linear.
 */
export function schedaSheetName(
  codice: string,
  taken: readonly string[] | ((lowerName: string) => boolean),
): string {
  const used =
    typeof taken === "function"
      ? taken
      : (
          (set) => (n: string) =>
            set.has(n)
        )(lowerSet(taken));
  const free = (name: string): boolean => {
    const lower = name.toLowerCase();
    return !RESERVED.includes(lower) && !used(lower);
  };
  const base = clean(codice);
  const first = cut(base, MAX_SHEET_NAME);
  if (free(first)) return first;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = cut(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (free(candidate)) return candidate;
  }
}

function lowerSet(names: readonly string[]): Set<string> {
  return new Set(names.map((n) => n.toLowerCase()));
}

/** A sheet reference for hyperlinks and formulas: `'Name'!A1`, inner apostrophes doubled. */
export function sheetRef(sheetName: string, cellAddress = "A1"): string {
  return `'${sheetName.replace(/'/g, "''")}'!${cellAddress}`;
}
