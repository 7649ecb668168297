/** Column names compared the way people write them: case, accents and spacing do not count. */
import type { CellValue } from "../../schema/raw";
import { textOf } from "../../parse/cells";

/** "  Centro di Responsabilità " and "centro di responsabilita" give the same key. */
export function headerKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** The texts of a header row, each trimmed and on one line. */
export function headerTexts(row: readonly CellValue[]): string[] {
  return row.map((c) => textOf(c).replace(/\s+/g, " ").trim());
}

/** Where each named column is in `headers` (exactly, else by `headerKey`); -1 when absent. */
export function columnPositions(
  headers: readonly string[],
  names: readonly string[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of names) {
    let at = headers.indexOf(name.trim());
    if (at < 0) at = headers.findIndex((h) => headerKey(h) === headerKey(name));
    out.set(name, at);
  }
  return out;
}

/**
 * The header row among the first rows of a file: the first one naming every column the
 * mapping uses; without a mapping, the first row with as many filled cells as the fullest
 * of them. Null when no row names the mapping's columns.
 */
export function findHeaderRow(
  rows: readonly (readonly CellValue[])[],
  names: readonly string[] | null,
): number | null {
  const filled = (r: readonly CellValue[]): number => headerTexts(r).filter((t) => t !== "").length;
  if (names === null) {
    const most = Math.max(0, ...rows.map(filled));
    const at = rows.findIndex((r) => filled(r) === most && most > 0);
    return at < 0 ? null : at;
  }
  const at = rows.findIndex((r) => {
    const positions = columnPositions(headerTexts(r), names);
    return [...positions.values()].every((p) => p >= 0);
  });
  return at < 0 ? null : at;
}
