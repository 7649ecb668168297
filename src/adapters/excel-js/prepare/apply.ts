/** Queues a prepare plan as one batch (the caller syncs once). */
import { columnLetters } from "../../../core/schema/address";
import type { CellValue } from "../../../core/schema/raw";
import type { ColumnDef } from "../../../core/schema/types";
import { queueAppend } from "../append";
import { columnOf, formatFor } from "../cells";
import { WARN_FILL, WARN_FONT } from "./conditional";
import type { PreparePlan, TablePlan } from "./plan";
import { validationFor } from "./validation";

/** Excel column width in points from a width in characters of the default font. */
export function widthPoints(chars: number): number {
  return Math.round((7 * chars + 5) * 0.75 * 100) / 100;
}

function createTable(context: Excel.RequestContext, plan: TablePlan): Excel.Table {
  const sheet = context.workbook.worksheets.getItem(plan.def.sheet);
  const last = columnLetters(plan.headers.length - 1);
  const header = sheet.getRange(`A1:${last}1`);
  header.numberFormat = [plan.headers.map(() => "@")];
  header.values = [plan.headers];
  const table = sheet.tables.add(header, true);
  table.name = plan.def.table;
  sheet.freezePanes.freezeRows(1);
  return table;
}

function shapeColumn(table: Excel.Table, plan: TablePlan, i: number, col: ColumnDef): void {
  const rows = Array.from({ length: plan.rowCount }, () => [col.numberFormat]);
  table.getDataBodyRange().getColumn(i).numberFormat = rows;
  table.getHeaderRowRange().getColumn(i).format.columnWidth = widthPoints(col.width);
}

function validate(table: Excel.Table, i: number, col: ColumnDef): void {
  const v = validationFor(col);
  if (!v) return;
  const dv = table.getDataBodyRange().getColumn(i).dataValidation;
  dv.rule = v.rule;
  dv.errorAlert = v.errorAlert;
  if (v.prompt) dv.prompt = v.prompt;
}

function conditionalFormats(table: Excel.Table, plan: TablePlan): void {
  const body = table.getDataBodyRange();
  // ours are the only formats these columns get; clearing first keeps a re-run from stacking
  if (!plan.create) {
    for (const c of new Set(plan.formats.map((r) => r.column))) {
      body.getColumn(c).conditionalFormats.clearAll();
    }
  }
  for (const rule of plan.formats) {
    const cf = body.getColumn(rule.column).conditionalFormats.add("Custom");
    cf.custom.rule.formula = rule.formula;
    cf.custom.format.fill.color = WARN_FILL;
    cf.custom.format.font.color = WARN_FONT;
  }
}

function settingsBlock(plan: TablePlan): { values: CellValue[][]; formats: (string | null)[][] } {
  const cols = plan.headers.map((h) => columnOf(plan.def, h));
  return {
    values: plan.settings,
    formats: plan.settings.map((row) =>
      row.map((v, j) => (v === null ? null : formatFor(cols[j], v))),
    ),
  };
}

export function queuePlan(context: Excel.RequestContext, plan: PreparePlan): void {
  for (const name of plan.sheets) context.workbook.worksheets.add(name);
  for (const t of plan.tables) {
    const table = t.create ? createTable(context, t) : context.workbook.tables.getItem(t.def.table);
    for (const i of t.fresh) {
      const header = t.headers[i];
      if (!t.create) table.columns.add(undefined, undefined, header);
      const col = columnOf(t.def, header);
      if (col) shapeColumn(table, t, i, col);
    }
    for (const i of t.validate) {
      const col = columnOf(t.def, t.headers[i]);
      if (col) validate(table, i, col);
    }
    if (t.formats.length > 0) conditionalFormats(table, t);
    if (t.settings.length > 0) {
      queueAppend(context, { def: t.def, blankRows: t.blankRows }, settingsBlock(t));
    }
  }
}
