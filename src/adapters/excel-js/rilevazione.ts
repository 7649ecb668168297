/**
 * saveRilevazione(): at most two syncs whatever the size of the workbook.
 * 1. What the rules and the writes need is read again (a fresh model, see rilevazione-read.ts)
 *    and the core rules run on it; a refusal writes nothing. Each edit's `previous` (what the form showed) is compared with what the
 *    cell holds now, both normalised (ISO dates, numbers, trimmed text): a colleague's change
 *    in between is a conflict, reported with both values, and nothing is written.
 * 2. Only the changed cells are written (each a 1×1 range, text as text) and one log row per
 *    change is appended below Rilevazioni.
 * Between the two syncs there is one round trip in which a colleague's save could still land;
 * Office.js has no compare-and-write, so that window is as short as it can be.
 */
import type { Fase, Indicatore, PegModel } from "../../core/model/types";
import { checkRilevazione } from "../../core/rilevazione/rules";
import type {
  Conflict,
  RilevazioneEdit,
  RilevazioneSave,
  SaveResult,
} from "../../core/rilevazione/types";
import { toCellValue } from "../../core/schema/rows";
import { RILEVAZIONI, tableById } from "../../core/schema/tables";
import { queueAppend } from "./append";
import { positionOf, recordsToBlock } from "./cells";
import { readForSave } from "./rilevazione-read";
import type { TableRead } from "./read-tables";
import { normalized, sameValue } from "./values";

interface Change {
  readonly edit: RilevazioneEdit;
  readonly record: Fase | Indicatore;
  readonly table: TableRead;
}

function recordOf(
  model: PegModel,
  obiettivo: string,
  edit: RilevazioneEdit,
): Fase | Indicatore | undefined {
  const list: (Fase | Indicatore)[] = edit.elemento === "Fase" ? model.fasi : model.indicatori;
  return list.find((r) => r.obiettivo === obiettivo && r.numero === edit.numero);
}

function valueOf(record: Fase | Indicatore, campo: string): string | number | null {
  const v = (record as unknown as Record<string, unknown>)[campo];
  return typeof v === "string" || typeof v === "number" ? v : null;
}

export async function saveRilevazioneInExcel(
  context: Excel.RequestContext,
  save: RilevazioneSave,
  now: Date,
): Promise<SaveResult> {
  const { read, parsed } = await readForSave(context, save);
  const model = parsed.model;
  const check = checkRilevazione(model, save, now);
  if (check.refusals.length > 0) return { kind: "refused", reasons: check.refusals };

  const conflicts: Conflict[] = [];
  const changes: Change[] = [];
  const reasons: string[] = [];
  for (const edit of save.edits) {
    const record = recordOf(model, save.obiettivo, edit);
    const table = read.tables[edit.elemento === "Fase" ? "fasi" : "indicatori"];
    if (!record || !table) continue;
    const current = valueOf(record, edit.campo);
    if (sameValue(current, edit.value)) continue;
    if (!sameValue(current, edit.previous)) {
      conflicts.push({ edit, theirs: normalized(current) ?? "" });
      continue;
    }
    if (positionOf(table.def, table.headers, edit.campo) < 0) {
      const header = table.def.columns.find((c) => c.key === edit.campo)?.header ?? edit.campo;
      reasons.push(
        `Nel foglio ${table.sheet} manca la colonna «${header}»: usare «Prepara la cartella» e riprovare.`,
      );
    }
    changes.push({ edit, record, table });
  }
  if (conflicts.length > 0) return { kind: "conflict", conflicts };
  const log = read.tables.rilevazioni;
  if (!log && check.logRows.length > 0) {
    reasons.push(
      `Manca la tabella ${RILEVAZIONI.table} del registro: usare «Prepara la cartella» e riprovare.`,
    );
  }
  if (reasons.length > 0) return { kind: "refused", reasons };
  if (changes.length === 0) return { kind: "saved", cellsWritten: 0, logRows: 0 };

  for (const c of changes) queueCell(context, c);
  if (log && check.logRows.length > 0) {
    // always below, even under a blank first row: a colleague saving at the same moment
    // could fill that same row, and one of the two log rows would be lost
    queueAppend(
      context,
      { def: log.def, blankRows: 0 },
      recordsToBlock(log.def, log.headers, check.logRows),
    );
  }
  await context.sync();
  return { kind: "saved", cellsWritten: changes.length, logRows: check.logRows.length };
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
