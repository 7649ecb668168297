/**
 * saveValidazione(): the Nucleo's validation of one objective, two syncs whatever the size of
 * the workbook.
 * 1. Obiettivi and Impostazioni whole and the log's header (load.ts, readWithLogHeader); the
 *    core's plan runs on them (core/rilevazione/validazione.ts, the same as `schede-peg
 *    valida`): a refusal, the lock without a motivazione, or a colleague's validation since
 *    the pane showed the objective writes nothing.
 * 2. The fields that change, each a 1×1 range of the objective's row (text as text), and their
 *    log rows appended below Rilevazioni.
 */
import { planValidazioneSave, missingValidazioneColumns } from "../../core/rilevazione/validazione";
import type { ValidazioneResult, ValidazioneSave } from "../../core/rilevazione/validazione";
import { toCellValue } from "../../core/schema/rows";
import { OBIETTIVI, RILEVAZIONI } from "../../core/schema/tables";
import { queueAppend } from "./append";
import { columnOf, formatFor, positionOf, recordsToBlock } from "./cells";
import { readWithLogHeader } from "./load";

export async function saveValidazioneInExcel(
  context: Excel.RequestContext,
  save: ValidazioneSave,
  now: Date,
): Promise<ValidazioneResult> {
  const { read, parsed } = await readWithLogHeader(context, ["obiettivi", "impostazioni"]);
  const table = read.tables.obiettivi;
  const log = read.tables.rilevazioni;
  if (!table || !log)
    return {
      kind: "refused",
      reasons: [
        `Mancano le tabelle ${OBIETTIVI.table} o ${RILEVAZIONI.table}: usare «Prepara la cartella» e riprovare.`,
      ],
    };
  const missing = missingValidazioneColumns(table.headers);
  if (missing.length > 0)
    return {
      kind: "refused",
      reasons: [
        `Nel foglio ${table.sheet} mancano le colonne della validazione (${missing.join(", ")}): aggiungerle e riprovare.`,
      ],
    };
  const plan = planValidazioneSave(parsed.model, save, now);
  if (plan.kind !== "write") return plan;
  const row = plan.record.origin?.row;
  if (row === undefined)
    return { kind: "refused", reasons: [`Non si trova la riga dell'obiettivo ${save.obiettivo}.`] };

  const body = context.workbook.tables.getItem(OBIETTIVI.table).getDataBodyRange();
  for (const [key, modelValue] of Object.entries(plan.values)) {
    const at = positionOf(OBIETTIVI, table.headers, key);
    const col = columnOf(OBIETTIVI, table.headers[at]);
    if (!col) continue;
    const value = toCellValue(col, modelValue);
    const cell = body.getCell(row, at);
    // the format first: a note like "=ok" or "2022-03" must stay text
    cell.numberFormat = [[formatFor(col, value)]];
    cell.values = [[value]];
  }
  // always below, even under a blank first row (see rilevazione.ts)
  queueAppend(
    context,
    { def: log.def, blankRows: 0 },
    recordsToBlock(log.def, log.headers, plan.logRows),
  );
  await context.sync();
  return {
    kind: "saved",
    record: { ...plan.record, ...plan.values },
    logRows: plan.logRows.length,
  };
}
