/**
 * prepare(): creates or repairs the structure — sheets, tables, column formats and widths,
 * frozen header, data validation, conditional formats, default settings — never touching a
 * data row. Reads the state first (one or two syncs), then writes everything in one sync,
 * and writes nothing when the structure is already complete.
 */
import type { PrepareReport } from "../../../core/ports";
import { queuePlan } from "./apply";
import { isEmptyPlan, planPrepare } from "./plan";
import { readPrepareState } from "./state";

export async function prepareStructure(context: Excel.RequestContext): Promise<PrepareReport> {
  const plan = planPrepare(await readPrepareState(context));
  if (!isEmptyPlan(plan)) {
    queuePlan(context, plan);
    await context.sync();
  }
  return {
    sheetsCreated: plan.sheets,
    tablesCreated: plan.tables.filter((t) => t.create).map((t) => t.def.table),
    columnsAdded: plan.tables
      .filter((t) => !t.create)
      .flatMap((t) => t.fresh.map((i) => `${t.def.sheet}: ${t.headers[i]}`)),
    notes: plan.notes,
  };
}
