/** load(): every schema table in one round trip (see read-tables.ts), parsed by the core. */
import { parseWorkbook, type ParseResult } from "../../core/parse";
import type { Lang } from "../../core/text/lang";
import type { LoadedWorkbook } from "../../core/ports";
import { TABLES, tableById, type TableId } from "../../core/schema/tables";
import type { CellValue, RawWorkbook } from "../../core/schema/raw";
import { queue, rawOf, readTables, toRead, type TableRead, type TablesRead } from "./read-tables";
import { isMissingObjectError, isPayloadError } from "./run";

export const ALL_TABLES: readonly TableId[] = TABLES.map((t) => t.id);

export interface FreshRead {
  readonly read: TablesRead;
  readonly parsed: ParseResult;
}

/** Reads and parses the tables now: the model is never kept between operations. */
export async function readFresh(
  context: Excel.RequestContext,
  ids: readonly TableId[] = ALL_TABLES,
): Promise<FreshRead> {
  const read = await readTables(context, ids);
  return { read, parsed: parseWorkbook(rawOf(read)) };
}

/**
 * The tables `whole` whole and only the log's header, in one sync: what a change logged in
 * Rilevazioni needs (the new log rows go below the header), never the log's rows, since a
 * year of log can be larger than one answer. A missing table or an answer too large falls
 * back to the full read, which handles both.
 */
export async function readWithLogHeader(
  context: Excel.RequestContext,
  whole: readonly TableId[],
): Promise<FreshRead> {
  try {
    const pending = whole.map((id) => queue(context, tableById(id), false, true));
    const log = queue(context, tableById("rilevazioni"), false, false);
    await context.sync();
    const tables: TablesRead["tables"] = { rilevazioni: toRead(log, []) };
    const raw: RawWorkbook = {};
    for (const p of pending) {
      const t = toRead(p, p.body.values as CellValue[][]);
      tables[t.id] = t;
      raw[t.id] = t;
    }
    return { read: { tables, missing: [] }, parsed: parseWorkbook(raw) };
  } catch (error) {
    if (!isMissingObjectError(error) && !isPayloadError(error)) throw error;
  }
  return readFresh(context, [...whole, "rilevazioni"]);
}

/** The tables `ids` as read; refuses in Italian, naming them, when some are missing. */
export function requireTables<Id extends TableId>(
  read: TablesRead,
  ids: readonly Id[],
): Record<Id, TableRead> {
  const missing = ids.filter((id) => !read.tables[id]);
  if (missing.length > 0) {
    throw new Error(
      `Mancano le tabelle ${missing.map((id) => tableById(id).table).join(", ")}: ` +
        "usare «Prepara la cartella» e poi riprovare.",
    );
  }
  return read.tables as Record<Id, TableRead>;
}

/** `lang`: the language of the problems' messages (the pane's). */
export async function loadModel(
  context: Excel.RequestContext,
  lang: Lang = "it",
): Promise<LoadedWorkbook> {
  const read = await readTables(context, ALL_TABLES);
  const parsed = parseWorkbook(rawOf(read), lang);
  return {
    model: parsed.model,
    problems: parsed.problems,
    missingTables: parsed.missingTables,
    positions: parsed.positions,
  };
}
