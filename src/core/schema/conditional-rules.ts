/**
 * Conditional formats that paint a wrong value red for colleagues who work without the
 * add-in: a number outside its column's bounds (or text where a number belongs), and on Fasi
 * a weight whose objective's phase weights do not add up to 100. Defined once here; the Excel
 * add-in and the .xlsx writer only place them. Conditional-format formulas cannot use
 * structured references, hence A1 references relative to the first body row.
 */
import type { TableDef } from "./types";

/** light red fill, dark red text (Excel's own "light red fill with dark red text") */
export const WARN_FILL = "#FFC7CE";
export const WARN_FONT = "#9C0006";

/** Tables users type into; the log and the settings are written by the add-in. */
const EDITED = ["obiettivi", "fasi", "indicatori", "soggetti"];

export interface ConditionalRule {
  /** key of the column the format is applied to */
  readonly key: string;
  /**
   * The formula (without "=") for the first body row `row`, given the column letters of the
   * table's columns by key; null when a column it needs is missing.
   */
  formula(letterOf: (key: string) => string | null, row: number): string | null;
}

function bounds(key: string, min: number | undefined, max: number | undefined): ConditionalRule {
  return {
    key,
    formula(letterOf, row) {
      const c = letterOf(key);
      if (c === null) return null;
      const cell = `${c}${row}`;
      const tests = [`NOT(ISNUMBER(${cell}))`];
      if (min !== undefined) tests.push(`${cell}<${min}`);
      if (max !== undefined) tests.push(`${cell}>${max}`);
      return `AND(${cell}<>"",OR(${tests.join(",")}))`;
    },
  };
}

const PHASE_WEIGHTS: ConditionalRule = {
  key: "peso",
  formula(letterOf, row) {
    const o = letterOf("obiettivo");
    const p = letterOf("peso");
    if (o === null || p === null) return null;
    const sum = `SUMIFS($${p}:$${p},$${o}:$${o},$${o}${row})`;
    return `AND($${o}${row}<>"",ROUND(${sum},6)<>100)`;
  },
};

export function conditionalRulesFor(def: TableDef): ConditionalRule[] {
  if (!EDITED.includes(def.id)) return [];
  const rules = def.columns
    .filter((c) => c.type === "percent" || c.type === "integer" || c.type === "number")
    .filter((c) => (c.min !== undefined || c.max !== undefined) && !c.computed)
    .map((c) => bounds(c.key, c.min, c.max));
  return def.id === "fasi" ? [...rules, PHASE_WEIGHTS] : rules;
}
