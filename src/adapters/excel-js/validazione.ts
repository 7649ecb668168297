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
import type { Lang } from "../../core/text/lang";
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
  lang: Lang = "it",
): Promise<ValidazioneResult> {
  const { read, parsed } = await readWithLogHeader(context, ["obiettivi", "impostazioni"]);
  const table = read.tables.obiettivi;
  const log = read.tables.rilevazioni;
  if (!table || !log)
    return {
      kind: "refused",
      reasons: [
        {
          it: `Mancano le tabelle ${OBIETTIVI.table} o ${RILEVAZIONI.table}: usare «Prepara la cartella» e riprovare.`,
          en: `The tables ${OBIETTIVI.table} or ${RILEVAZIONI.table} are missing: use "Prepara la cartella" and try again.`,
        }[lang],
      ],
    };
  const missing = missingValidazioneColumns(table.headers);
  if (missing.length > 0)
    return {
      kind: "refused",
      reasons: [
        {
          it: `Nel foglio ${table.sheet} mancano le colonne della validazione (${missing.join(", ")}): aggiungerle e riprovare.`,
          en: `The sheet ${table.sheet} lacks the validation columns (${missing.join(", ")}): add them and try again.`,
        }[lang],
      ],
    };
  const plan = planValidazioneSave(parsed.model, save, now, lang);
  if (plan.kind !== "write") return plan;
  const row = plan.record.origin?.row;
  if (row === undefined)
    return {
      kind: "refused",
      reasons: [
        {
          it: `Non si trova la riga dell'obiettivo ${save.obiettivo}.`,
          en: `The row of objective ${save.obiettivo} is not found.`,
        }[lang],
      ],
    };

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
