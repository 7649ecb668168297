/**
 * The fresh read of a typed value (typing.ts) on a workbook whose log may be larger than one
 * answer: the watcher keeps what it has read of the log (`LogSeen`) and each event asks, in the
 * one sync of the other tables, only the log rows added since, from the last row it knows
 * (which must still be there, unchanged: otherwise the log was edited, sorted or cut, and it is
 * read again whole, as it is when more than TAIL_ROWS rows were added at once).
 */
import { parseWorkbook } from "../../core/parse";
import type { Rilevazione } from "../../core/model/types";
import type { CellValue } from "../../core/schema/raw";
import { tableById } from "../../core/schema/tables";
import type { FreshRead } from "./load";
import { queue, rawOf, readTables, toRead } from "./read-tables";
import {
  SAVE_TABLES,
  queueSaveTables,
  saveTablesRead,
  type SaveTablesPending,
} from "./rilevazione-read";
import { isMissingObjectError } from "./run";

/** log rows added between two events that the event's single sync takes in */
const TAIL_ROWS = 1_000;

export interface LogSeen {
  /** body rows of the log when read */
  readonly count: number;
  /** its last body row as read: still there and the same means rows were only added */
  readonly last: readonly CellValue[];
  readonly rilevazioni: readonly Rilevazione[];
}

export interface TypingRead {
  readonly fresh: FreshRead;
  readonly seen: LogSeen;
}

const sameRow = (a: readonly CellValue[], b: readonly CellValue[] | undefined): boolean =>
  b !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

/** Everything, the log whole (sized reads, as many syncs as its bytes need). */
async function readWhole(context: Excel.RequestContext): Promise<TypingRead> {
  const read = await readTables(context, SAVE_TABLES);
  const parsed = parseWorkbook(rawOf(read));
  const rows = read.tables.rilevazioni?.rows ?? [];
  const seen = {
    count: rows.length,
    last: rows.at(-1) ?? [],
    rilevazioni: parsed.model.rilevazioni,
  };
  return { fresh: { read, parsed }, seen };
}

export async function readForTypingSince(
  context: Excel.RequestContext,
  seen: LogSeen | null,
): Promise<TypingRead> {
  if (seen === null || seen.count === 0) return readWhole(context);
  let tail: Excel.Range;
  let log: ReturnType<typeof queue>;
  let tables: SaveTablesPending;
  try {
    tables = queueSaveTables(context);
    log = queue(context, tableById("rilevazioni"), false, false);
    // from the last row known: it is in the body, so the intersection is never empty
    const from = log.body.getRow(seen.count - 1).getResizedRange(TAIL_ROWS, 0);
    tail = log.body.getIntersection(from).load("values");
    await context.sync();
  } catch (error) {
    if (!isMissingObjectError(error)) throw error;
    return readWhole(context);
  }
  const total = log.body.rowCount;
  const values = tail.values as CellValue[][];
  if (total < seen.count || !sameRow(values[0] ?? [], seen.last)) return readWhole(context);
  const added = values.slice(1);
  if (seen.count + added.length < total) return readWhole(context);
  const fresh = saveTablesRead(tables, toRead(log, []), toRead(log, added));
  const rilevazioni = [...seen.rilevazioni, ...fresh.parsed.model.rilevazioni];
  return {
    fresh: { ...fresh, parsed: { ...fresh.parsed, model: { ...fresh.parsed.model, rilevazioni } } },
    seen: { count: total, last: values.at(-1) ?? seen.last, rilevazioni },
  };
}
