/**
 * The fresh read of a rilevazione save (sync 1 of 2): only what the core rules and the writes
 * need, so that a large workbook and a long log still fit one response.
 * - Fasi, Indicatori and Impostazioni whole: the records the save may write (their current
 *   values for the conflict check, their rows and headers for the cells) and the closed months;
 * - Obiettivi: the Codice column only (the rules ask whether the objective exists);
 * - Rilevazioni: the header row (to append below with the real column order) and, only when
 *   the save changes an indicator's valore raggiunto (the cumulative rule looks at earlier
 *   months), the columns that rule reads; never nota, utente or valore precedente.
 * A column asked for by its schema header that is not there or a missing table falls back to
 * the whole read of load.ts, which handles both. An answer over 5 MB (the cumulative rule on a
 * log of many tens of thousands of rows: Excel cannot filter the rows of one objective in the
 * same round trip) goes straight to the chunked read of read-tables.ts: more syncs, same checks.
 */
import { parseWorkbook } from "../../core/parse";
import type { RilevazioneSave } from "../../core/rilevazione/types";
import type { CellValue, RawTable, RawWorkbook } from "../../core/schema/raw";
import { columnIndex, tableById, type TableId } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import { readFresh, type FreshRead } from "./load";
import {
  queue,
  rawOf,
  readTablesChunked,
  toRead,
  type Pending,
  type TableRead,
  type TablesRead,
} from "./read-tables";
import { isMissingObjectError, isPayloadError } from "./run";

/** tables read whole */
const WHOLE = ["impostazioni", "fasi", "indicatori"] as const;
/** what the rules read of Obiettivi */
const OBIETTIVI_KEYS = ["codice"];
/** what `lastLoggedBefore` reads of the log; a row without timestamp is left out of the model */
const LOG_KEYS = [
  "periodo",
  "obiettivo",
  "elemento",
  "numero",
  "campo",
  "valoreNuovo",
  "timestamp",
];

export const SAVE_TABLES: readonly TableId[] = [...WHOLE, "obiettivi", "rilevazioni"];

interface ColumnsPending {
  readonly pending: Pending;
  readonly columns: { readonly header: string; readonly range: Excel.Range }[];
}

function queueColumns(
  context: Excel.RequestContext,
  def: TableDef,
  keys: readonly string[],
): ColumnsPending {
  const table = context.workbook.tables.getItem(def.table);
  const columns = keys.map((key) => {
    const header = def.columns[columnIndex(def, key)].header;
    return { header, range: table.columns.getItem(header).getDataBodyRange().load("values") };
  });
  return { pending: queue(context, def, false, false), columns };
}

/** the read columns side by side, as a raw table of those columns only (for the parser) */
function columnsTable(c: ColumnsPending): TableRead {
  const values = c.columns.map((x) => x.range.values as CellValue[][]);
  const rows = (values[0] ?? []).map((_, r) => values.map((col) => col[r]?.[0] ?? ""));
  return { ...toRead(c.pending, rows), headers: c.columns.map((x) => x.header) };
}

/**
 * true when the save may meet the cumulative rule and the form did not send the value logged
 * before the month (`loggedBefore`): then the earlier log entries must be read
 */
export function needsLog(save: RilevazioneSave): boolean {
  return save.edits.some(
    (e) =>
      e.elemento === "Indicatore" && e.campo === "valoreRaggiunto" && e.loggedBefore === undefined,
  );
}

/**
 * `read.tables` holds Fasi, Indicatori and Impostazioni whole and the log's header row (its
 * rows are not kept there: they are only in the model); Obiettivi is only in the model.
 */
export function readForSave(
  context: Excel.RequestContext,
  save: RilevazioneSave,
): Promise<FreshRead> {
  return readRilevazioneTables(context, needsLog(save));
}

export interface SaveTablesPending {
  readonly whole: readonly Pending[];
  readonly obiettivi: ColumnsPending;
}

/** Fasi, Indicatori and Impostazioni whole and the objectives' codes, queued for one sync. */
export function queueSaveTables(context: Excel.RequestContext): SaveTablesPending {
  return {
    whole: WHOLE.map((id) => queue(context, tableById(id), false, true)),
    obiettivi: queueColumns(context, tableById("obiettivi"), OBIETTIVI_KEYS),
  };
}

/**
 * The read of the save tables after their sync: `log` (the log's real headers, for appending)
 * in `read.tables`, `logRaw` (the log rows read, if any) parsed into the model.
 */
export function saveTablesRead(p: SaveTablesPending, log: TableRead, logRaw: RawTable): FreshRead {
  const tables: TablesRead["tables"] = { rilevazioni: log };
  const raw: RawWorkbook = { obiettivi: columnsTable(p.obiettivi), rilevazioni: logRaw };
  for (const w of p.whole) {
    const t = toRead(w, w.body.values as CellValue[][]);
    tables[t.id] = t;
    raw[t.id] = t;
  }
  return { read: { tables, missing: [] }, parsed: parseWorkbook(raw) };
}

async function readRilevazioneTables(
  context: Excel.RequestContext,
  withLog: boolean,
): Promise<FreshRead> {
  try {
    const tables = queueSaveTables(context);
    const log = queueColumns(context, tableById("rilevazioni"), withLog ? LOG_KEYS : []);
    await context.sync();
    return saveTablesRead(tables, toRead(log.pending, []), columnsTable(log));
  } catch (error) {
    if (isPayloadError(error)) {
      const read = await readTablesChunked(context, SAVE_TABLES);
      return { read, parsed: parseWorkbook(rawOf(read)) };
    }
    if (!isMissingObjectError(error)) throw error;
  }
  return readFresh(context, SAVE_TABLES);
}
