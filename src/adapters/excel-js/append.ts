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

/**
 * Appends blocks to several tables, one chunk per table per sync; the tables share the
 * payload budget of a sync. Returns the syncs made.
 */
export async function appendAll(
  context: Excel.RequestContext,
  jobs: readonly { target: AppendTarget; block: CellBlock }[],
): Promise<number> {
  const budget = Math.floor(WRITE_BUDGET_BYTES / Math.max(1, jobs.length));
  const queues = jobs.map(({ target, block }) => ({
    target: { ...target },
    chunks: chunkBy(
      block.values.map((_, i) => i),
      rowBytes(block),
      budget,
    ).map((idx) => slice(block, idx[0], idx[idx.length - 1] + 1)),
  }));
  let syncs = 0;
  for (let round = 0; queues.some((q) => q.chunks.length > round); round += 1) {
    for (const q of queues) {
      const chunk = q.chunks[round];
      if (!chunk) continue;
      const reused = queueAppend(context, q.target, chunk);
      q.target = { ...q.target, blankRows: q.target.blankRows - reused };
    }
    // one chunk per sync on purpose: each stays under the 5 MB request limit
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs += 1;
  }
  return syncs;
}
