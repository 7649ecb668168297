/**
 * writeComputed(): the computed columns only (the schema's `computed` columns, with their
 * values from core/compute/calcolati.ts), each as one contiguous column array from the first
 * body row. Two syncs: one reads the two tables to match rows to results by key (codice;
 * obiettivo + numero), one writes. A row without a result (a blank or unreadable row) keeps
 * what its cell holds.
 */
import { indicatoreCalcolato, obiettivoCalcolato } from "../../core/compute/calcolati";
import type { ComputeResult } from "../../core/compute/types";
import type { CellValue } from "../../core/schema/raw";
import type { ColumnDef } from "../../core/schema/types";
import { positionOf } from "./cells";
import { readFresh } from "./load";
import type { TableRead } from "./read-tables";

type Lookup = (row: number) => CellValue | undefined;

function queueColumn(
  context: Excel.RequestContext,
  t: TableRead,
  col: ColumnDef,
  lookup: Lookup,
): boolean {
  const at = positionOf(t.def, t.headers, col.key);
  if (at < 0 || t.rows.length === 0) return false;
  const values = t.rows.map((r, i) => [lookup(i) ?? r[at]]);
  const range = context.workbook.tables
    .getItem(t.def.table)
    .getDataBodyRange()
    .getColumn(at)
    .getRow(0)
    .getResizedRange(values.length - 1, 0);
  // rows a colleague appends meanwhile are outside this range; text goes in as text
  if (col.numberFormat === "@") range.numberFormat = values.map(() => ["@"]);
  range.values = values;
  return true;
}

function cell(v: number | string | null | undefined): CellValue | undefined {
  return v === undefined ? undefined : (v ?? "");
}

/** Every computed column of the table, each from its row's computed record (if any). */
function queueComputed<C extends object>(
  context: Excel.RequestContext,
  t: TableRead,
  at: ReadonlyMap<number | undefined, C | undefined>,
): boolean {
  let queued = false;
  for (const col of t.def.columns.filter((c) => c.computed)) {
    const lookup = (r: number) =>
      cell((at.get(r) as Record<string, number | string | null> | undefined)?.[col.key]);
    queued = queueColumn(context, t, col, lookup) || queued;
  }
  return queued;
}

export async function writeComputedColumns(
  context: Excel.RequestContext,
  result: ComputeResult,
): Promise<void> {
  const { read, parsed } = await readFresh(context, ["obiettivi", "indicatori"]);
  const byCode = new Map(result.objectives.map((o) => [o.codice, obiettivoCalcolato(o)]));
  const byIndicator = new Map(
    result.objectives
      .flatMap((o) => o.indicators)
      .map((i) => [`${i.obiettivo}|${i.numero}`, indicatoreCalcolato(i)]),
  );
  const objectiveAt = new Map(
    parsed.model.obiettivi.map((o) => [o.origin?.row, byCode.get(o.codice)]),
  );
  const indicatorAt = new Map(
    parsed.model.indicatori.map((i) => [
      i.origin?.row,
      byIndicator.get(`${i.obiettivo}|${i.numero}`),
    ]),
  );
  const { obiettivi, indicatori } = read.tables;
  const queued = [
    obiettivi && queueComputed(context, obiettivi, objectiveAt),
    indicatori && queueComputed(context, indicatori, indicatorAt),
  ].some(Boolean);
  if (queued) await context.sync();
}
