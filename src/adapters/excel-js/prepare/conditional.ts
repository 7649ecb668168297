/**
 * The core's conditional formats placed on a table as it stands in the sheet: they cover the
 * rows in use only, and are re-applied when the table has grown past them.
 * (learn.microsoft.com, "Apply conditional formatting to Excel ranges").
 */
import { columnLetters } from "../../../core/schema/address";
import { conditionalRulesFor } from "../../../core/schema/conditional-rules";
import type { TableDef } from "../../../core/schema/types";
import { positionOf } from "../cells";

export { WARN_FILL, WARN_FONT } from "../../../core/schema/conditional-rules";

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

export function conditionalRules(def: TableDef, place: TablePlace): ConditionalRule[] {
  const row = place.headerRow + 1;
  const letterOf = (key: string) => {
    const i = positionOf(def, place.headers, key);
    return i < 0 ? null : columnLetters(place.firstColumn + i);
  };
  const rules: ConditionalRule[] = [];
  for (const rule of conditionalRulesFor(def)) {
    const formula = rule.formula(letterOf, row);
    const column = positionOf(def, place.headers, rule.key);
    if (formula !== null && column >= 0) rules.push({ column, formula: `=${formula}` });
  }
  return rules;
}
