/**
 * Appending rows to a table without `TableRowCollection.add`, which makes co-authors' edits
 * conflict ("Coauthoring in Excel add-ins"): the rows are written right below the data body
 * (`getRowsBelow`) and Excel's table auto-expansion takes them in. The range is resolved when
 * the batch runs, so rows a colleague appended meanwhile are never overwritten. A table whose
 * body is blank (a new table has one empty row) is filled from its first row.
 */
import type { TableDef } from "../../core/schema/types";
import { WRITE_BUDGET_BYTES, chunkBy, jsonBytes } from "./payload";
import type { CellBlock } from "./cells";

export interface AppendTarget {
  readonly def: TableDef;
  /** blank body rows to fill before writing below (the whole body when it is blank, else 0) */
  readonly blankRows: number;
}

function slice(block: CellBlock, from: number, to: number): CellBlock {
  return { values: block.values.slice(from, to), formats: block.formats.slice(from, to) };
}

function write(range: Excel.Range, block: CellBlock): void {
  // the format first, in the same batch: text cells must already be Text when the value lands
  range.numberFormat = block.formats;
  range.values = block.values;
}

/** Queues one block (no sync). Returns how many blank rows it used. */
export function queueAppend(
  context: Excel.RequestContext,
  target: AppendTarget,
  block: CellBlock,
): number {
  const n = block.values.length;
  if (n === 0) return 0;
  const body = context.workbook.tables.getItem(target.def.table).getDataBodyRange();
  const reuse = Math.min(target.blankRows, n);
  if (reuse > 0) write(body.getRow(0).getResizedRange(reuse - 1, 0), slice(block, 0, reuse));
  if (n > reuse) write(body.getRowsBelow(n - reuse), slice(block, reuse, n));
  return reuse;
}

function rowBytes(block: CellBlock): (i: number) => number {
  return (i) => jsonBytes(block.values[i]) + jsonBytes(block.formats[i]);
}

/** Something to queue in a write sync, with what it adds to the request. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: (context: Excel.RequestContext) => void;
}

/**
 * The steps of appending blocks: each table's rows in pieces of at most `piece` bytes, in
 * order, so that `sendSteps` can fill every sync with rows of several tables.
 */
export function appendSteps(
  jobs: readonly { target: AppendTarget; block: CellBlock }[],
  piece = WRITE_BUDGET_BYTES / 8,
): WriteStep[] {
  return jobs.flatMap(({ target, block }) => {
    let current = { ...target };
    const bytes = rowBytes(block);
    return chunkBy(
      block.values.map((_, i) => i),
      bytes,
      piece,
    ).map((idx) => ({
      bytes: idx.reduce((sum, i) => sum + bytes(i), 0),
      queue: (context: Excel.RequestContext) => {
        const reused = queueAppend(context, current, slice(block, idx[0], idx[idx.length - 1] + 1));
        current = { ...current, blankRows: current.blankRows - reused };
      },
    }));
  });
}

export interface SendReport {
  readonly syncs: number;
  /** set when `signal` stopped the sending between two syncs */
  readonly stopped: boolean;
}

/**
 * Sends steps in order, as many per sync as the write budget allows (each sync under the 5 MB
 * request limit). Stops between syncs when `signal` is aborted; `onSync(done, total)` after
 * each one.
 */
export async function sendSteps(
  context: Excel.RequestContext,
  steps: readonly WriteStep[],
  onSync?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<SendReport> {
  const batches = chunkBy(steps, (s) => s.bytes);
  for (const [i, batch] of batches.entries()) {
    if (signal?.aborted) return { syncs: i, stopped: true };
    for (const step of batch) step.queue(context);
    // one batch per sync on purpose: each stays under the 5 MB request limit
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    onSync?.(i + 1, batches.length);
  }
  return { syncs: batches.length, stopped: false };
}

/** Appends blocks to several tables in as few syncs as their bytes allow. Returns the syncs. */
export async function appendAll(
  context: Excel.RequestContext,
  jobs: readonly { target: AppendTarget; block: CellBlock }[],
): Promise<number> {
  return (await sendSteps(context, appendSteps(jobs))).syncs;
}
