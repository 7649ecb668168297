/**
 * saveRilevazione(): at most two syncs whatever the size of the workbook.
 * 1. What the rules and the writes need is read again (a fresh model, see rilevazione-read.ts)
 *    and the core's save plan runs on it (core/rilevazione/save-plan.ts): a refusal, or a
 *    conflict with a colleague's change made since the form was loaded, writes nothing.
 * 2. Only the changed cells are written (each a 1×1 range, text as text) and one log row per
 *    change is appended below Rilevazioni, with the add-in's events off so the typing watcher
 *    does not answer its own write.
 * Between the two syncs there is one round trip in which a colleague's save could still land;
 * Office.js has no compare-and-write, so that window is as short as it can be.
 */
import { planSave, type CellWrite } from "../../core/rilevazione/save-plan";
import type { RilevazioneSave, SaveResult } from "../../core/rilevazione/types";
import { toCellValue } from "../../core/schema/rows";
import { RILEVAZIONI, tableById } from "../../core/schema/tables";
import { quoted, type Lang } from "../../core/text/lang";
import { queueAppend } from "./append";
import { positionOf, recordsToBlock } from "./cells";
import { readForSave } from "./rilevazione-read";
import type { TableRead } from "./read-tables";

interface Change extends CellWrite {
  readonly table: TableRead;
}

export async function saveRilevazioneInExcel(
  context: Excel.RequestContext,
  save: RilevazioneSave,
  now: Date,
  lang: Lang,
): Promise<SaveResult> {
  const { read, parsed } = await readForSave(context, save);
  const plan = planSave(parsed.model, save, now, lang);
  if (plan.kind !== "write") return plan;

  // what only the workbook can refuse: a column or the log table not there
  const changes: Change[] = [];
  const reasons: string[] = [];
  for (const write of plan.writes) {
    const table = read.tables[write.edit.elemento === "Fase" ? "fasi" : "indicatori"];
    if (!table) continue;
    if (positionOf(table.def, table.headers, write.edit.campo) < 0) {
      const header =
        table.def.columns.find((c) => c.key === write.edit.campo)?.header ?? write.edit.campo;
      const column = quoted(header, lang);
      reasons.push(
        {
          it: `Nel foglio ${table.sheet} manca la colonna ${column}: usare «Prepara la cartella» e riprovare.`,
          en: `The sheet ${table.sheet} lacks the column ${column}: use "Prepare workbook" and try again.`,
        }[lang],
      );
    }
    changes.push({ ...write, table });
  }
  const log = read.tables.rilevazioni;
  if (!log && plan.logRows.length > 0) {
    reasons.push(
      {
        it: `Manca la tabella ${RILEVAZIONI.table} del registro: usare «Prepara la cartella» e riprovare.`,
        en: `The log table ${RILEVAZIONI.table} is missing: use "Prepare workbook" and try again.`,
      }[lang],
    );
  }
  if (reasons.length > 0) return { kind: "refused", reasons };
  if (changes.length === 0) return { kind: "saved", cellsWritten: 0, logRows: 0 };

  // the add-in's own write: the typing watcher (typing.ts) would only spend a read to find
  // these values already logged; events off costs no round trip, it rides this batch
  context.runtime.enableEvents = false;
  for (const c of changes) queueCell(context, c);
  if (log && plan.logRows.length > 0) {
    // always below, even under a blank first row: a colleague saving at the same moment
    // could fill that same row, and one of the two log rows would be lost
    queueAppend(
      context,
      { def: log.def, blankRows: 0 },
      recordsToBlock(log.def, log.headers, plan.logRows),
    );
  }
  context.runtime.enableEvents = true;
  await context.sync();
  return { kind: "saved", cellsWritten: changes.length, logRows: plan.logRows.length };
}

function queueCell(context: Excel.RequestContext, c: Change): void {
  const def = tableById(c.table.id);
  const col = def.columns.find((x) => x.key === c.edit.campo);
  if (!col || c.record.origin === undefined) return;
  const at = positionOf(def, c.table.headers, c.edit.campo);
  const value = toCellValue(col, c.edit.value);
  const range = context.workbook.tables
    .getItem(def.table)
    .getDataBodyRange()
    .getCell(c.record.origin.row, at);
  if (typeof value === "string" && value !== "") range.numberFormat = [["@"]];
  range.values = [[value]];
}
