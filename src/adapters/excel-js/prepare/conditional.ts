/**
 * Conditional formats that paint a wrong value red for colleagues who work without the
 * add-in: a number outside its column's bounds (or text where a number belongs), and on Fasi
 * a weight whose objective's phase weights do not add up to 100. They cover the rows in use
 * only, and are re-applied when the table has grown past them. Conditional-format formulas
 * cannot use structured references, hence plain A1 references relative to the first body
 * cell (learn.microsoft.com, "Apply conditional formatting to Excel ranges").
 */
import { columnLetters } from "../../../core/schema/address";
import type { TableDef } from "../../../core/schema/types";
import { positionOf } from "../cells";

export const WARN_FILL = "#FFC7CE";
export const WARN_FONT = "#9C0006";

/** Tables users type into; the log and the settings are written by the add-in. */
const EDITED = ["obiettivi", "fasi", "indicatori", "soggetti"];

export interface ConditionalRule {
  /** 0-based position of the column among the table's headers */
  readonly column: number;
  /** formula relative to the first body cell of that column */
  readonly formula: string;
}

export interface TablePlace {
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: readonly string[];
}

function bound(cell: string, min: number | undefined, max: number | undefined): string {
  const tests = [`NOT(ISNUMBER(${cell}))`];
  if (min !== undefined) tests.push(`${cell}<${min}`);
  if (max !== undefined) tests.push(`${cell}>${max}`);
  return `=AND(${cell}<>"",OR(${tests.join(",")}))`;
}

export function conditionalRules(def: TableDef, place: TablePlace): ConditionalRule[] {
  if (!EDITED.includes(def.id)) return [];
  const row = place.headerRow + 1;
  const letter = (i: number) => columnLetters(place.firstColumn + i);
  const rules: ConditionalRule[] = [];
  for (const col of def.columns) {
    const numeric = col.type === "percent" || col.type === "integer" || col.type === "number";
    if (!numeric || (col.min === undefined && col.max === undefined) || col.computed) continue;
    const i = positionOf(def, place.headers, col.key);
    if (i >= 0) rules.push({ column: i, formula: bound(`${letter(i)}${row}`, col.min, col.max) });
  }
  if (def.id === "fasi") {
    const obj = positionOf(def, place.headers, "obiettivo");
    const peso = positionOf(def, place.headers, "peso");
    if (obj >= 0 && peso >= 0) {
      const o = letter(obj);
      const p = letter(peso);
      const sum = `SUMIFS($${p}:$${p},$${o}:$${o},$${o}${row})`;
      rules.push({ column: peso, formula: `=AND($${o}${row}<>"",ROUND(${sum},6)<>100)` });
    }
  }
  return rules;
}
