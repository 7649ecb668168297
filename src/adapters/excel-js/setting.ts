/**
 * saveSetting(): updates the Impostazioni row of a key (or appends it). Closing or reopening
 * months (key periodiChiusi) goes through the core period rules: each month closed or
 * reopened gets its log row in Rilevazioni, and reopening needs the reason (`nota`).
 * Two syncs: one reads, one writes. The read takes Impostazioni and only the log's header (the
 * new rows go below it), never the log's rows: a year of log can be larger than one answer.
 */
import type { Month, PegModel, Rilevazione } from "../../core/model/types";
import { closeMonth, reopenMonth } from "../../core/rilevazione/periods";
import { SETTINGS } from "../../core/schema/settings";
import type { CellValue } from "../../core/schema/raw";
import { queueAppend } from "./append";
import { columnOf, formatFor, positionOf, recordsToBlock } from "./cells";
import { readWithLogHeader } from "./load";

export interface SettingChange {
  readonly key: string;
  readonly value: string | number;
  readonly utente: string;
  readonly nota?: string;
}

function months(text: string): Month[] {
  return text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "") as Month[];
}

/** Log rows for the months closed and reopened; the sorted list to store. */
function periodChanges(
  model: PegModel,
  change: SettingChange,
  now: Date,
): { value: string; log: Rilevazione[] } {
  const wanted = new Set(months(String(change.value)));
  const log: Rilevazione[] = [];
  let current: PegModel = model;
  const apply = (result: ReturnType<typeof closeMonth>) => {
    if (result.kind === "refused") throw new Error(result.reason);
    log.push(result.logRow);
    current = {
      ...current,
      impostazioni: { ...current.impostazioni, periodiChiusi: result.periodiChiusi },
    };
  };
  for (const m of [...wanted].sort()) {
    if (!current.impostazioni.periodiChiusi.includes(m))
      apply(closeMonth(current, m, change.utente, now));
  }
  for (const m of [...model.impostazioni.periodiChiusi]) {
    if (!wanted.has(m)) apply(reopenMonth(current, m, change.nota ?? "", change.utente, now));
  }
  return { value: current.impostazioni.periodiChiusi.join(";"), log };
}

export async function saveOneSetting(
  context: Excel.RequestContext,
  change: SettingChange,
  now: Date,
): Promise<void> {
  const def = SETTINGS.find((s) => s.key === change.key);
  if (!def) throw new Error(`L'impostazione «${change.key}» non esiste.`);
  const { read, parsed } = await readWithLogHeader(context, ["impostazioni"]);
  const t = read.tables.impostazioni;
  if (!t)
    throw new Error(
      "Manca la tabella delle impostazioni: usare «Prepara la cartella» e riprovare.",
    );
  let value: CellValue = change.value;
  let log: Rilevazione[] = [];
  if (change.key === "periodiChiusi") ({ value, log } = periodChanges(parsed.model, change, now));
  const logTable = read.tables.rilevazioni;
  if (log.length > 0 && !logTable) {
    throw new Error(
      "Manca la tabella Rilevazioni del registro: usare «Prepara la cartella» e riprovare.",
    );
  }
  const keyAt = positionOf(t.def, t.headers, "chiave");
  const valueAt = positionOf(t.def, t.headers, "valore");
  if (keyAt < 0 || valueAt < 0) {
    throw new Error(
      "La tabella delle impostazioni non ha le colonne Chiave e Valore: usare «Prepara la cartella».",
    );
  }
  const row = t.rows.findIndex((r) => String(r[keyAt] ?? "").trim() === change.key);
  const format = formatFor(columnOf(t.def, t.headers[valueAt]), value);
  if (row >= 0) {
    const cell = context.workbook.tables
      .getItem(t.def.table)
      .getDataBodyRange()
      .getCell(row, valueAt);
    cell.numberFormat = [[format]];
    cell.values = [[value]];
  } else {
    const record = { chiave: change.key, valore: value, descrizione: def.description };
    queueAppend(context, { def: t.def, blankRows: 0 }, recordsToBlock(t.def, t.headers, [record]));
  }
  if (logTable && log.length > 0) {
    queueAppend(
      context,
      { def: logTable.def, blankRows: 0 },
      recordsToBlock(logTable.def, logTable.headers, log),
    );
  }
  await context.sync();
}
