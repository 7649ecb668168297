/**
 * Values typed straight into the Fasi and Indicatori tables while the pane is open
 * (`Table.onChanged`, ExcelApi 1.7; `details` with the value before, ExcelApi 1.9, only when
 * one cell changed). Only the user's own edits count (`source` Local): a co-author's pane
 * handles theirs. Each event costs two syncs whatever the number of cells:
 * 1. a fresh read (rilevazione-read.ts) with only the log rows added since the last event
 *    (log-tail.ts): a year of log on thousands of objectives is read once, when listening starts;
 * 2. the log rows of the accepted values (Origine "foglio") and, when the rules refuse a
 *    single cell, its old value put back; the add-in's events are off during that write, and a
 *    value already logged (the pane's own form saves) is never logged again.
 * A refused value in a paste of several cells stays (Excel gives no value before for them, and
 * the values the pane read may be a colleague's older ones): the report lists it, and the
 * list of values nobody logged shows it again until it is corrected or logged.
 */
import { parseWorkbook } from "../../core/parse";
import type { PegModel } from "../../core/model/types";
import { columnIndex0, splitAddress } from "../../core/schema/address";
import type { CellValue } from "../../core/schema/raw";
import type { Lang } from "../../core/text/lang";
import { FASI, INDICATORI } from "../../core/schema/tables";
import {
  checkTyped,
  reportOf,
  stillUnlogged,
  typedChanges,
  type TypedCell,
  type TypedChange,
  type TypedReport,
} from "../../core/rilevazione/typed";
import { queueAppend } from "./append";
import { columnOf, recordsToBlock } from "./cells";
import { readForTypingSince, type LogSeen } from "./log-tail";
import type { TableRead } from "./read-tables";
import { runExcel } from "./run";

const WATCHED = [
  { def: FASI, elemento: "Fase" },
  { def: INDICATORI, elemento: "Indicatore" },
] as const;

type Watched = (typeof WATCHED)[number];

export interface TypingWatch {
  readonly utente: () => string;
  readonly onReport: (report: TypedReport) => void;
  /** the language of the refusals' reasons */
  readonly lang: Lang;
}

interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** "C3:D5" (or "Fasi!C3:D5") as 1-based rows and 0-based columns */
function rectOf(address: string): Rect | null {
  const local = splitAddress(address)?.cell ?? address;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(local);
  if (!m) return null;
  const c0 = columnIndex0(m[1]);
  const c1 = columnIndex0(m[3] ?? m[1]);
  if (c0 === null || c1 === null) return null;
  return { r0: Number(m[2]), c0, r1: Number(m[4] ?? m[2]), c1 };
}

/** the body cells of the table inside the changed area */
function cellsOf(rect: Rect, table: TableRead, elemento: Watched["elemento"]): TypedCell[] {
  const cells: TypedCell[] = [];
  for (let r = Math.max(rect.r0, table.headerRow + 1); r <= rect.r1; r += 1) {
    const row = r - table.headerRow - 1;
    if (row >= table.rows.length) break;
    for (let c = rect.c0; c <= rect.c1; c += 1) {
      const at = c - table.firstColumn;
      const col = columnOf(table.def, table.headers[at] ?? "");
      if (col) cells.push({ elemento, row, campo: col.key, value: table.rows[row][at] ?? "" });
    }
  }
  return cells;
}

/** the model's records of one table with one cell as it was before the edit */
function withCell(model: PegModel, table: TableRead, rect: Rect, before: CellValue): PegModel {
  const row = rect.r0 - table.headerRow - 1;
  const at = rect.c0 - table.firstColumn;
  const rows = table.rows.map((r, i) => (i === row ? r.map((v, j) => (j === at ? before : v)) : r));
  const old = parseWorkbook({ [table.id]: { ...table, rows } }).model;
  return { ...model, fasi: old.fasi, indicatori: old.indicatori };
}

/**
 * Registers the handlers and reads the tables, in one sync; the values read are the "before"
 * of the first paste of several cells.
 */
export async function watchTyping(
  context: Excel.RequestContext,
  watch: TypingWatch,
): Promise<void> {
  let snapshot: PegModel | null = null;
  let seen: LogSeen | null = null;
  // one event at a time: each one's "before" is what the previous one left
  let queue: Promise<void> = Promise.resolve();
  for (const w of WATCHED) {
    context.workbook.tables.getItem(w.def.table).onChanged.add((args) => {
      if (args.source !== Excel.EventSource.local) return Promise.resolve();
      queue = queue.then(async () => {
        const done = await runExcel((ctx) => onTyped(ctx, w, args, snapshot, seen, watch));
        snapshot = done.snapshot;
        seen = done.seen;
        if (done.report) watch.onReport(done.report);
      });
      return queue;
    });
  }
  const first = await readForTypingSince(context, null);
  snapshot = first.fresh.parsed.model;
  seen = first.seen;
}

interface Handled {
  readonly snapshot: PegModel | null;
  readonly seen: LogSeen;
  readonly report: TypedReport | null;
}

async function onTyped(
  context: Excel.RequestContext,
  w: Watched,
  args: Excel.TableChangedEventArgs,
  snapshot: PegModel | null,
  seenBefore: LogSeen | null,
  watch: TypingWatch,
): Promise<Handled> {
  const { fresh, seen } = await readForTypingSince(context, seenBefore);
  const { read, parsed } = fresh;
  const table = read.tables[w.def.id];
  const rect = rectOf(args.address);
  if (!table || !rect) return { snapshot: parsed.model, seen, report: null };
  const single = args.details !== undefined && rect.r0 === rect.r1 && rect.c0 === rect.c1;
  const before = single
    ? withCell(parsed.model, table, rect, args.details.valueBefore as CellValue)
    : (snapshot ?? parsed.model);
  const changes = typedChanges(before, parsed.model, cellsOf(rect, table, w.elemento));
  const outcomes = checkTyped(parsed.model, changes, watch.utente(), new Date(), watch.lang);
  const report = reportOf(outcomes, single);
  if (outcomes.length === 0) return { snapshot: parsed.model, seen, report: null };

  context.runtime.enableEvents = false;
  if (single && report.undone.length > 0) {
    const cell = context.workbook.worksheets.getItem(table.sheet).getRange(args.address);
    const old = args.details.valueBefore as CellValue;
    // text stays text when it goes back
    if (typeof old === "string" && old !== "") cell.numberFormat = [["@"]];
    cell.values = [[old]];
  }
  queueLog(context, read.tables.rilevazioni, report.logged);
  context.runtime.enableEvents = true;
  await context.sync();
  return { snapshot: report.undone.length > 0 ? before : parsed.model, seen, report };
}

function queueLog(
  context: Excel.RequestContext,
  log: TableRead | undefined,
  logged: TypedReport["logged"],
): void {
  if (!log || logged.length === 0) return;
  const rows = logged.map((l) => l.logRow);
  queueAppend(context, { def: log.def, blankRows: 0 }, recordsToBlock(log.def, log.headers, rows));
}

/**
 * «Registra queste modifiche»: the values nobody logged, checked again on a fresh read and
 * logged (Origine "foglio"); a refused one is reported and stays as it is. Two syncs, or as
 * many as a log larger than one answer needs to be read.
 */
export async function logUnlogged(
  context: Excel.RequestContext,
  changes: readonly TypedChange[],
  utente: string,
  lang: Lang,
): Promise<TypedReport> {
  // the whole log, in sized reads: this runs once, on the user's request
  const { read, parsed } = (await readForTypingSince(context, null)).fresh;
  // a value changed again since the pane listed it is left for the next list
  const fresh = stillUnlogged(parsed.model, changes);
  const report = reportOf(checkTyped(parsed.model, fresh, utente, new Date(), lang), false);
  if (report.logged.length === 0) return report;
  queueLog(context, read.tables.rilevazioni, report.logged);
  await context.sync();
  return report;
}
