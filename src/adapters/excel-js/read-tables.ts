/**
 * Reads schema tables exactly as Excel holds them (`RawTable`), in one round trip in the
 * common case, whatever the size:
 * - every table is asked for through `getItemOrNullObject`, with its sheet, header row and
 *   body values, and a single `context.sync()` brings them all;
 * - when a table is missing, Excel answers with null objects; a stricter host refuses objects
 *   derived from a null one (InvalidObjectPath). Then one more sync lists the tables there
 *   are and the read is redone on those only;
 * - when the answer would exceed the 5 MB response limit, the read falls back to one sync for
 *   the sizes and then row chunks, several tables per sync: the first of READ_CHUNK_CELLS
 *   cells, the next sized on what the previous one weighed (halved while Excel still refuses).
 */
import type { CellValue, RawTable, RawWorkbook } from "../../core/schema/raw";
import { tableById, type TableId } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import { topLeftOf } from "./geometry";
import { READ_CHUNK_CELLS, WRITE_BUDGET_BYTES, jsonBytes } from "./payload";
import { isMissingObjectError, isPayloadError } from "./run";

export interface TableRead extends RawTable {
  readonly def: TableDef;
}

export interface TablesRead {
  readonly tables: Partial<Record<TableId, TableRead>>;
  readonly missing: TableId[];
}

export interface Pending {
  readonly def: TableDef;
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

export function queue(
  context: Excel.RequestContext,
  def: TableDef,
  maybe: boolean,
  values: boolean,
): Pending {
  const tables = context.workbook.tables;
  const table = maybe ? tables.getItemOrNullObject(def.table) : tables.getItem(def.table);
  return {
    def,
    table,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("address,values"),
    body: table.getDataBodyRange().load(values ? "values,rowCount" : "rowCount"),
  };
}

export function toRead(p: Pending, rows: CellValue[][]): TableRead {
  const corner = topLeftOf(p.header.address) ?? { row: 1, column: 0 };
  return {
    def: p.def,
    id: p.def.id as TableId,
    sheet: p.sheet.name,
    headerRow: corner.row,
    firstColumn: corner.column,
    headers: (p.header.values[0] ?? []).map((h: unknown) => String(h ?? "")),
    rows,
  };
}

function collect(list: readonly TableRead[], all: readonly TableId[]): TablesRead {
  const tables: Partial<Record<TableId, TableRead>> = {};
  for (const t of list) tables[t.id] = t;
  return { tables, missing: all.filter((id) => !tables[id]) };
}

export async function readTables(
  context: Excel.RequestContext,
  ids: readonly TableId[],
): Promise<TablesRead> {
  const defs = ids.map(tableById);
  const pending = defs.map((def) => queue(context, def, true, true));
  try {
    await context.sync();
    const found = pending.filter((p) => !p.table.isNullObject);
    return collect(
      found.map((p) => toRead(p, p.body.values as CellValue[][])),
      ids,
    );
  } catch (error) {
    if (isPayloadError(error)) return collect(await readChunked(context, defs), ids);
    if (!isMissingObjectError(error)) throw error;
  }
  const present = await existingTables(context);
  const there = defs.filter((d) => present.has(d.table.toLowerCase()));
  try {
    const exact = there.map((def) => queue(context, def, false, true));
    await context.sync();
    return collect(
      exact.map((p) => toRead(p, p.body.values as CellValue[][])),
      ids,
    );
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    return collect(await readChunked(context, there), ids);
  }
}

/** The chunked read straight away, for tables known to be there and too big for one answer. */
export async function readTablesChunked(
  context: Excel.RequestContext,
  ids: readonly TableId[],
): Promise<TablesRead> {
  return collect(await readChunked(context, ids.map(tableById)), ids);
}

/** Lower-case names of the workbook's tables (one sync). */
export async function existingTables(context: Excel.RequestContext): Promise<Set<string>> {
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  return new Set(tables.items.map((t) => t.name.toLowerCase()));
}

interface Progress {
  readonly pending: Pending;
  readonly total: number;
  readonly columns: number;
  readonly rows: CellValue[][];
}

/** The fallback for workbooks whose tables together exceed one response. */
async function readChunked(
  context: Excel.RequestContext,
  defs: readonly TableDef[],
): Promise<TableRead[]> {
  const pending = defs.map((def) => queue(context, def, false, false));
  await context.sync();
  const work: Progress[] = pending.map((p) => ({
    pending: p,
    total: p.body.rowCount,
    columns: Math.max(1, p.header.values[0]?.length ?? 1),
    rows: [],
  }));
  let budget = READ_CHUNK_CELLS;
  while (work.some((w) => w.rows.length < w.total)) {
    const asked = askChunks(context, work, budget);
    try {
      // one chunk per sync on purpose: each answer stays under the 5 MB response limit
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || budget <= 1) throw error;
      budget = Math.floor(budget / 2);
      continue;
    }
    let cells = 0;
    let bytes = 0;
    for (const { w, range } of asked) {
      const values = range.values as CellValue[][];
      w.rows.push(...values);
      cells += values.length * w.columns;
      bytes += jsonBytes(values);
    }
    // size the next chunks on what this one weighed, aiming under the write budget
    if (cells > 0 && bytes > 0)
      budget = Math.max(1, Math.floor((WRITE_BUDGET_BYTES * cells) / bytes));
  }
  return work.map((w) => toRead(w.pending, w.rows));
}

function askChunks(
  context: Excel.RequestContext,
  work: readonly Progress[],
  budget: number,
): { w: Progress; range: Excel.Range }[] {
  const asked: { w: Progress; range: Excel.Range }[] = [];
  let left = budget;
  for (const w of work) {
    const remaining = w.total - w.rows.length;
    if (remaining <= 0) continue;
    const fit = Math.floor(left / w.columns);
    // at least one row per sync, even when a single row is over the budget
    const n = Math.min(remaining, asked.length === 0 ? Math.max(1, fit) : fit);
    if (n <= 0) break;
    const range = context.workbook.tables
      .getItem(w.pending.def.table)
      .getDataBodyRange()
      .getRow(w.rows.length)
      .getResizedRange(n - 1, 0)
      .load("values");
    asked.push({ w, range });
    left -= n * w.columns;
  }
  return asked;
}

export function rawOf(read: TablesRead): RawWorkbook {
  const raw: RawWorkbook = {};
  for (const [id, t] of Object.entries(read.tables)) {
    if (t) raw[id as TableId] = t;
  }
  return raw;
}
