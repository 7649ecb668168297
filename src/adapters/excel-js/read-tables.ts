/**
 * Reads schema tables exactly as Excel holds them (`RawTable`), never asking for more than one
 * response can carry:
 * - every table is asked for through `getItemOrNullObject`, with its sheet, header row, row
 *   count and its first rows (FIRST_READ_ROWS; LOG_FIRST_READ_ROWS for the log), and a single
 *   `context.sync()` brings them all: a small or mid-sized workbook is read whole in one sync;
 * - after the pane's first read, the first rows asked for are each table's rows at the last read
 *   (plus a margin), when they fit one answer: a workbook of thousands of objectives is then
 *   read in one sync too (see `firstCaps`);
 * - a table with more rows than that is completed in chunks sized from its row count and the
 *   weight of the rows already read, several tables per sync under READ_BUDGET_BYTES: as many
 *   syncs as those bytes need, none refused;
 * - when a table is missing, Excel answers with null objects; a stricter host refuses objects
 *   derived from a null one (InvalidObjectPath). Then one more sync lists the tables there
 *   are and the read is redone on those only;
 * - should an answer still exceed the 5 MB limit (rows far heavier than the first ones), the
 *   read falls back to one sync for the sizes and then row chunks, halved while Excel refuses.
 */
import type { CellValue, RawTable, RawWorkbook } from "../../core/schema/raw";
import { tableById, type TableId } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import { topLeftOf } from "./geometry";
import {
  FIRST_READ_ROWS,
  LOG_FIRST_READ_ROWS,
  READ_BUDGET_BYTES,
  READ_CHUNK_CELLS,
  WRITE_BUDGET_BYTES,
  jsonBytes,
} from "./payload";
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

/** `n` body rows of a table from row `from` (0-based), their values loaded. */
function nextRows(
  context: Excel.RequestContext,
  table: string,
  from: number,
  n: number,
): Excel.Range {
  return context.workbook.tables
    .getItem(table)
    .getDataBodyRange()
    .getRow(from)
    .getResizedRange(n - 1, 0)
    .load("values");
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

interface HeadPending extends Pending {
  /** the body's first rows (all of them when the table is not bigger than the cap) */
  readonly head: Excel.Range;
}

/** rows of a table and the bytes of one row, as last read */
interface Shape {
  readonly rows: number;
  readonly rowBytes: number;
}

/**
 * What the last reads found of each table, for sizing the next first sync. Kept for the life of
 * the pane (one workbook): a read that finds other counts only costs the chunks `complete` asks.
 */
const shapes = new Map<string, Shape>();

/**
 * Where the shapes outlive the pane: the pane keeps them in the browser's storage for this
 * document, so that reopening it reads even a big workbook in one sync.
 */
export interface ShapeStore {
  read(): string | null;
  write(text: string): void;
}

let store: ShapeStore | undefined;

/** Forgets the tables' shapes (a different workbook; tests start from a freshly opened pane). */
export function forgetTableShapes(): void {
  shapes.clear();
  store = undefined;
}

/** Takes the shapes kept in `next` by an earlier pane on this document, and keeps them there. */
export function keepTableShapesIn(next: ShapeStore): void {
  store = next;
  let saved: unknown;
  try {
    saved = JSON.parse(next.read() ?? "null");
  } catch {
    return; // unreadable: the fixed caps, as on a first opening
  }
  if (typeof saved !== "object" || saved === null) return;
  for (const [table, shape] of Object.entries(saved as Record<string, unknown>)) {
    if (isShape(shape) && !shapes.has(table)) shapes.set(table, shape);
  }
}

function isShape(value: unknown): value is Shape {
  const { rows, rowBytes } = (value ?? {}) as Partial<Shape>;
  return (
    Number.isSafeInteger(rows) &&
    (rows ?? -1) >= 0 &&
    Number.isFinite(rowBytes) &&
    (rowBytes ?? -1) >= 0
  );
}

function remember(def: TableDef, rows: number, bytes: number): void {
  shapes.set(def.table, { rows, rowBytes: rows > 0 ? bytes / rows : 0 });
}

function keep(): void {
  store?.write(JSON.stringify(Object.fromEntries(shapes)));
}

/** rows added since the last read that the first sync still takes in */
function margin(rows: number): number {
  return Math.max(64, Math.ceil(rows * 0.02));
}

/**
 * The first rows to ask of each table: at least the fixed cap, and every row seen at the last
 * read plus a margin, when all the tables were read before and the rows seen, weighed as then,
 * fit READ_BUDGET_BYTES (the margin's rows come back only when a table grew, and 2 % more fits
 * the 5 MB; a table grown beyond its fixed cap answers with more, the risk the fixed caps always
 * took); the fixed caps otherwise.
 */
function firstCaps(defs: readonly TableDef[]): number[] {
  const fixed = defs.map((d) => (d.id === "rilevazioni" ? LOG_FIRST_READ_ROWS : FIRST_READ_ROWS));
  let bytes = 0;
  const caps: number[] = [];
  for (const [i, def] of defs.entries()) {
    const shape = shapes.get(def.table);
    if (!shape) return fixed;
    bytes += shape.rows * shape.rowBytes;
    caps.push(Math.max(fixed[i], shape.rows + margin(shape.rows)));
  }
  return bytes > READ_BUDGET_BYTES ? fixed : caps;
}

function queueHead(
  context: Excel.RequestContext,
  def: TableDef,
  maybe: boolean,
  cap: number,
): HeadPending {
  const p = queue(context, def, maybe, false);
  // the body has at least one row; the intersection stops at its last row
  const head = p.body.getIntersection(p.body.getRow(0).getResizedRange(cap - 1, 0)).load("values");
  return { ...p, head };
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

export function collect(list: readonly TableRead[], all: readonly TableId[]): TablesRead {
  const tables: Partial<Record<TableId, TableRead>> = {};
  for (const t of list) tables[t.id] = t;
  return { tables, missing: all.filter((id) => !tables[id]) };
}

export async function readTables(
  context: Excel.RequestContext,
  ids: readonly TableId[],
): Promise<TablesRead> {
  return collect(await readTableDefs(context, ids.map(tableById)), ids);
}

/**
 * The tables of `defs` that are there (schema tables, or others such as the versions' list),
 * as `readTables` reads them: one sync when all are there.
 */
export async function readTableDefs(
  context: Excel.RequestContext,
  defs: readonly TableDef[],
): Promise<TableRead[]> {
  const caps = firstCaps(defs);
  const pending = defs.map((def, i) => queueHead(context, def, true, caps[i]));
  try {
    await context.sync();
    return await complete(
      context,
      pending.filter((p) => !p.table.isNullObject),
    );
  } catch (error) {
    if (isPayloadError(error)) return readChunked(context, defs);
    if (!isMissingObjectError(error)) throw error;
  }
  const present = await existingTables(context);
  const there = defs.filter((d) => present.has(d.table.toLowerCase()));
  try {
    const exactCaps = firstCaps(there);
    const exact = there.map((def, i) => queueHead(context, def, false, exactCaps[i]));
    await context.sync();
    return await complete(context, exact);
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    return readChunked(context, there);
  }
}

interface Sized {
  readonly pending: Pending;
  readonly total: number;
  readonly rows: CellValue[][];
  /** bytes of the rows read so far, for the weight of the next ones */
  bytes: number;
}

/**
 * The rows each table still lacks after the first sync, in syncs of at most READ_BUDGET_BYTES
 * estimated from the heaviest average row read so far of that table.
 */
async function complete(
  context: Excel.RequestContext,
  found: readonly HeadPending[],
): Promise<TableRead[]> {
  const work: Sized[] = found.map((p) => {
    const total = p.body.rowCount;
    const rows = (p.head.values as CellValue[][]).slice(0, total);
    return { pending: p, total, rows, bytes: jsonBytes(rows) };
  });
  while (work.some((w) => w.rows.length < w.total)) {
    const asked = askSized(context, work);
    // one chunk per sync on purpose: each answer stays under the 5 MB response limit
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { w, range } of asked) {
      const values = range.values as CellValue[][];
      w.rows.push(...values);
      w.bytes += jsonBytes(values);
    }
  }
  for (const w of work) remember(w.pending.def, w.total, w.bytes);
  keep();
  return work.map((w) => toRead(w.pending, w.rows));
}

function askSized(
  context: Excel.RequestContext,
  work: readonly Sized[],
): { w: Sized; range: Excel.Range }[] {
  const asked: { w: Sized; range: Excel.Range }[] = [];
  let left = READ_BUDGET_BYTES;
  for (const w of work) {
    const remaining = w.total - w.rows.length;
    if (remaining <= 0) continue;
    // "[…]," per row at least; a table read with no rows yet counts a generous 1 KB a row
    const perRow = w.rows.length > 0 ? Math.ceil(w.bytes / w.rows.length) + 1 : 1_000;
    const fit = Math.floor(left / perRow);
    // at least one row per sync, even when a single row is over the budget
    const n = Math.min(remaining, asked.length === 0 ? Math.max(1, fit) : fit);
    if (n <= 0) break;
    const range = nextRows(context, w.pending.def.table, w.rows.length, n);
    asked.push({ w, range });
    left -= n * perRow;
  }
  return asked;
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
  for (const w of work) remember(w.pending.def, w.total, jsonBytes(w.rows));
  keep();
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
    const range = nextRows(context, w.pending.def.table, w.rows.length, n);
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
