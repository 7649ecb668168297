/**
 * `schede-peg valida FILE.xlsx --obiettivo CODICE --valore 85 [--nota …] [--data AAAA-MM-GG]
 * [--motivazione …] [--utente NOME] [-o OUT.xlsx]`: the Nucleo di valutazione's validated
 * achievement of one objective, written into the workbook itself (or OUT.xlsx) with its rows
 * in the Rilevazioni log. Once validated, a change needs --motivazione; a refusal writes nothing.
 */
import { writeValidazione } from "../../adapters/xlsx-file/validazione";
import { WriteRefused } from "../../adapters/xlsx-file/write/cells";
import { planValidazione, validazioneText } from "../../core/rilevazione/validazione";
import type { Parsed } from "../args";
import { CliError, EXIT, nothingWritten, type ExitCode } from "../errors";
import { plural } from "../format";
import { userName, type CliIo } from "../io";
import { quoted } from "../../core/text/lang";
import { loadPegFile } from "./load";
import { checkNewFile } from "./output";

type ValidaCommand = Extract<Parsed, { kind: "valida" }>;

export async function valida(cmd: ValidaCommand, io: CliIo): Promise<ExitCode> {
  if (cmd.output !== null) checkNewFile(cmd.file, cmd.output);
  const target = cmd.output ?? cmd.file;
  const { book, raw, parsed } = await loadPegFile(cmd.file, cmd.lang);
  const plan = planValidazione(
    parsed.model,
    {
      obiettivo: cmd.obiettivo,
      valore: cmd.valore,
      nota: cmd.nota,
      data: cmd.data,
      motivazione: cmd.motivazione,
      utente: userName(cmd.utente, io),
    },
    new Date(),
    cmd.lang,
  );
  if (plan.kind === "refused") {
    // the core gives the reasons in the language asked
    const reasons = plan.reasons.map((r) => `\n  - ${r}`).join("");
    throw new CliError({
      it: `Non è stato scritto nulla:${reasons}\nVedere «schede-peg valida --help».`,
      en: `Nothing was written:${reasons}\nSee "schede-peg valida --help".`,
    });
  }
  if (plan.kind === "unchanged") {
    const { codice } = plan.record;
    const text = validazioneText(plan.record, cmd.lang);
    io.out(
      cmd.lang === "en"
        ? `Objective ${codice} is already validated like this (${text}): nothing to write.`
        : `L'obiettivo ${codice} è già validato così (${text}): nulla da scrivere.`,
    );
    return EXIT.ok;
  }
  let addedColumns: readonly string[];
  try {
    ({ addedColumns } = await writeValidazione(
      book,
      raw,
      plan.record,
      plan.values,
      plan.logRows,
      target,
    ));
  } catch (e) {
    if (e instanceof WriteRefused) throw nothingWritten(e.texts);
    throw e;
  }
  const after = { ...plan.record, ...plan.values };
  const text = validazioneText(after, cmd.lang);
  const rows = plan.logRows.length;
  io.out(
    cmd.lang === "en"
      ? `Written "${target}": objective ${after.codice} validated by the Nucleo (${text}); ` +
          `${plural(rows, "row", "rows", "en")} in the Rilevazioni log.`
      : `Scritto «${target}»: obiettivo ${after.codice} validato dal Nucleo (${text}); ` +
          `${plural(rows, "riga", "righe")} nel registro Rilevazioni.`,
  );
  if (addedColumns.length > 0) {
    const names = addedColumns.map((h) => quoted(h, cmd.lang)).join(", ");
    io.out(
      cmd.lang === "en"
        ? `Added at the end of the tblObiettivi table the columns the validation needs: ${names}.`
        : `Aggiunte in fondo alla tabella tblObiettivi le colonne della validazione: ${names}.`,
    );
  }
  return EXIT.ok;
}
