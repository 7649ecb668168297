/**
 * Re-applies the conditional formats of tables whose body just grew, so they cover the rows
 * in use (a format reaching far below the data would weigh on every co-author's workbook).
 */
import type { TableDef } from "../../core/schema/types";
import { conditionalRules, WARN_FILL, WARN_FONT, type TablePlace } from "./prepare/conditional";

export function queueConditionalRefresh(
  context: Excel.RequestContext,
  tables: readonly (TablePlace & { readonly def: TableDef })[],
): void {
  for (const t of tables) {
    const rules = conditionalRules(t.def, t);
    if (rules.length === 0) continue;
    const body = context.workbook.tables.getItem(t.def.table).getDataBodyRange();
    for (const c of new Set(rules.map((r) => r.column)))
      body.getColumn(c).conditionalFormats.clearAll();
    for (const rule of rules) {
      const cf = body.getColumn(rule.column).conditionalFormats.add("Custom");
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = WARN_FILL;
      cf.custom.format.font.color = WARN_FONT;
    }
  }
}
