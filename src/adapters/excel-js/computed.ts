/**
 * writeComputed(): the computed columns only (the schema's `computed` columns, with their
 * values from core/compute/calcolati.ts), each as one contiguous column array from the first
 * body row. Two syncs: one reads the two tables to match rows to results by key (codice;
 * obiettivo + numero), one writes. A row without a result (a blank or unreadable row) keeps
 * what its cell holds.
 */
import { calcolatiByKey, indicatorKey } from "../../core/compute/calcolati";
import type { ComputeResult } from "../../core/compute/types";
import type { PegModel } from "../../core/model/types";
import type { CellValue } from "../../core/schema/raw";
import type { WriteStep } from "./append";
import { positionOf } from "./cells";
import { COMMAND_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { readFresh } from "./load";
import type { TableRead } from "./read-tables";

/** One computed column's values, from the first body row, as written in one piece. */
interface ColumnWrite {
  readonly at: number;
  readonly values: CellValue[][];
  readonly text: boolean;
}

function cell(v: number | string | null | undefined): CellValue | undefined {
  return v === undefined ? undefined : (v ?? "");
}

/** Every computed column of the table, each from its row's computed record (if any). */
function columnWrites<C extends object>(
  t: TableRead,
  rowsAt: ReadonlyMap<number | undefined, C | undefined>,
): ColumnWrite[] {
  if (t.rows.length === 0) return [];
  return t.def.columns
    .filter((c) => c.computed)
    .map((col) => ({ col, at: positionOf(t.def, t.headers, col.key) }))
    .filter(({ at }) => at >= 0)
    .map(({ col, at }) => ({
      at,
      values: t.rows.map((r, i) => {
        const computed = rowsAt.get(i) as Record<string, number | string | null> | undefined;
        return [cell(computed?.[col.key]) ?? r[at]];
      }),
      text: col.numberFormat === "@",
    }));
}

function queueWrites(context: Excel.RequestContext, t: TableRead, writes: ColumnWrite[]): void {
  for (const { at, values, text } of writes) {
    const range = context.workbook.tables
      .getItem(t.def.table)
      .getDataBodyRange()
      .getColumn(at)
      .getRow(0)
      .getResizedRange(values.length - 1, 0);
    // rows a colleague appends meanwhile are outside this range; text goes in as text
    if (text) range.numberFormat = values.map(() => ["@"]);
    range.values = values;
  }
}

/** Queues the table's computed columns (no sync); false when it has none to write. */
export function queueComputed<C extends object>(
  context: Excel.RequestContext,
  t: TableRead,
  rowsAt: ReadonlyMap<number | undefined, C | undefined>,
): boolean {
  const writes = columnWrites(t, rowsAt);
  queueWrites(context, t, writes);
  return writes.length > 0;
}

/** The same as a step of a longer write, with what it adds to the request. */
export function computedStep<C extends object>(
  t: TableRead,
  rowsAt: ReadonlyMap<number | undefined, C | undefined>,
): WriteStep[] {
  const writes = columnWrites(t, rowsAt);
  if (writes.length === 0) return [];
  const bytes = writes.reduce(
    (sum, w) => sum + 6 * COMMAND_OVERHEAD_BYTES + jsonBytes(w.values) * (w.text ? 2 : 1),
    0,
  );
  return [{ bytes, queue: (context) => queueWrites(context, t, writes) }];
}

/** Each read row's computed record, for the rows `model` was parsed from. */
export function computedAt(model: PegModel, result: ComputeResult) {
  const byKey = calcolatiByKey(result);
  return {
    obiettivi: new Map(model.obiettivi.map((o) => [o.origin?.row, byKey.obiettivi.get(o.codice)])),
    indicatori: new Map(
      model.indicatori.map((i) => [i.origin?.row, byKey.indicatori.get(indicatorKey(i))]),
    ),
  };
}

export async function writeComputedColumns(
  context: Excel.RequestContext,
  result: ComputeResult,
): Promise<void> {
  const { read, parsed } = await readFresh(context, ["obiettivi", "indicatori"]);
  const at = computedAt(parsed.model, result);
  const { obiettivi, indicatori } = read.tables;
  const queued = [
    obiettivi && queueComputed(context, obiettivi, at.obiettivi),
    indicatori && queueComputed(context, indicatori, at.indicatori),
  ].some(Boolean);
  if (queued) await context.sync();
}
