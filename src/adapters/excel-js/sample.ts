/**
 * loadSample(): fills the empty tables with the bundled 2021 plan. Refuses when any data
 * table already holds a row, so nobody's data can be mixed with the example. Rows are
 * appended below each table (see append.ts), text cells formatted as Text first; settings
 * rows get the sample's values. The structure is prepared first.
 */
import { samplePeg } from "../../core/sample";
import type { PegModel } from "../../core/model/types";
import type { CellValue } from "../../core/schema/raw";
import { settingsToRows } from "../../core/schema/rows";
import type { TableId } from "../../core/schema/tables";
import { appendAll, type AppendTarget } from "./append";
import {
  columnOf,
  formatFor,
  isBlankRow,
  positionOf,
  recordsToBlock,
  type CellBlock,
} from "./cells";
import { readFresh, requireTables } from "./load";
import { prepareStructure } from "./prepare";
import type { TableRead } from "./read-tables";
import { queueConditionalRefresh } from "./refresh";

const DATA: readonly (TableId & keyof PegModel)[] = [
  "obiettivi",
  "fasi",
  "indicatori",
  "soggetti",
  "rilevazioni",
];

function usedRows(t: TableRead): number {
  return t.rows.filter((r) => !isBlankRow(r)).length;
}

export async function fillWithSample(context: Excel.RequestContext): Promise<void> {
  await prepareStructure(context);
  const { read } = await readFresh(context, [...DATA, "impostazioni"]);
  const full = DATA.map((id) => read.tables[id]).filter(
    (t): t is TableRead => !!t && usedRows(t) > 0,
  );
  if (full.length > 0) {
    const list = full.map((t) => `${t.sheet} (${usedRows(t)} righe)`).join(", ");
    throw new Error(
      `L'esempio si carica solo in tabelle vuote, ma ci sono già dati in: ${list}. ` +
        "Aprire una cartella nuova (o svuotare quelle tabelle) e riprovare.",
    );
  }
  const tables = requireTables(read, [...DATA, "impostazioni"]);
  const sample = samplePeg();
  const jobs: { target: AppendTarget; block: CellBlock }[] = [];
  const grown: TableRead[] = [];
  for (const id of DATA) {
    const t = tables[id];
    const records = sample[id] as object[];
    if (records.length === 0) continue;
    grown.push(t);
    jobs.push({
      target: { def: t.def, blankRows: t.rows.length },
      block: recordsToBlock(t.def, t.headers, records),
    });
  }
  queueSettings(context, tables.impostazioni, settingsToRows(sample.impostazioni));
  await appendAll(context, jobs);
  queueConditionalRefresh(context, grown);
  await context.sync();
}

/** Settings rows (key, value…) over the table's rows of their keys (1×1 writes); keys not there are left out. */
export function queueSettings(
  context: Excel.RequestContext,
  t: TableRead,
  rows: readonly (readonly CellValue[])[],
): void {
  const keyAt = positionOf(t.def, t.headers, "chiave");
  const valueAt = positionOf(t.def, t.headers, "valore");
  if (keyAt < 0 || valueAt < 0) return;
  const col = columnOf(t.def, t.headers[valueAt]);
  const body = context.workbook.tables.getItem(t.def.table).getDataBodyRange();
  for (const [key, value] of rows) {
    const row = t.rows.findIndex((r) => String(r[keyAt] ?? "").trim() === key);
    if (row < 0) continue;
    const cell = body.getCell(row, valueAt);
    cell.numberFormat = [[formatFor(col, value)]];
    cell.values = [[value]];
  }
}
