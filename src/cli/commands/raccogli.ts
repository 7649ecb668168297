/**
 * `schede-peg raccogli FILE.xlsx RESTITUITI… -o OUT.xlsx [--json]`: merges back the values each
 * person changed in the file `distribuisci` sent them, each logged in Rilevazioni with that
 * person as author. A value changed both in the plan (since it was sent) and in a returned
 * file is a conflict: not overwritten, listed with both values, exit 1.
 */
import { basename } from "node:path";
import { WriteRefused, readReturned, writeCollected } from "../../adapters/xlsx-file/distribuzione";
import { isXlsxFileError } from "../../adapters/xlsx-file/errors";
import { collect, type ReturnedFile } from "../../core/distribuzione/collect";
import { CliError, EXIT, nothingWritten, seeHelp, type ExitCode } from "../errors";
import { quoted, type Lang } from "../../core/text/lang";
import { plural } from "../format";
import type { CliIo } from "../io";
import { loadPegFile } from "./load";
import { checkNewFile } from "./output";

export interface RaccogliCommand {
  readonly file: string;
  readonly returned: readonly string[];
  readonly output: string;
  readonly json: boolean;
  readonly lang?: Lang;
}

const shown = (v: string | number | null, lang: Lang): string =>
  v === null || v === "" ? (lang === "en" ? "empty" : "vuoto") : quoted(String(v), lang);

export async function raccogli(cmd: RaccogliCommand, io: CliIo): Promise<ExitCode> {
  checkNewFile(cmd.file, cmd.output);
  if (cmd.returned.length === 0)
    throw new CliError({
      it: `Mancano i file restituiti.${seeHelp("raccogli").it}`,
      en: `Missing the returned files.${seeHelp("raccogli").en}`,
    });
  const lang = cmd.lang ?? "it";
  const { book, raw, parsed } = await loadPegFile(cmd.file, lang);
  const files: ReturnedFile[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const path of cmd.returned) {
    try {
      files.push(await readReturned(path, basename(path)));
    } catch (e) {
      const reason = isXlsxFileError(e)
        ? e.texts[lang]
        : e instanceof Error
          ? e.message
          : String(e);
      unreadable.push({ file: basename(path), reason });
    }
  }
  const result = collect(parsed.model, files, new Date(), lang);
  const unusable = [...unreadable, ...result.unusable];
  try {
    await writeCollected(book, raw, result, cmd.output);
  } catch (e) {
    if (e instanceof WriteRefused) throw nothingWritten(e.texts);
    throw e;
  }
  if (cmd.json) {
    io.out(
      JSON.stringify(
        {
          merged: result.writes.length,
          logged: result.logRows.length,
          conflicts: result.conflicts,
          refused: result.refused,
          unusable,
        },
        null,
        2,
      ),
    );
  } else {
    const en = lang === "en";
    const [writes, rows] = [result.writes.length, result.logRows.length];
    const lines = [
      en
        ? `Written "${cmd.output}": ${plural(writes, "value updated", "values updated", "en")}, ${plural(rows, "row", "rows", "en")} in the Rilevazioni log.`
        : `Scritto «${cmd.output}»: ${writes} ${writes === 1 ? "valore aggiornato" : "valori aggiornati"}, ${rows} ${rows === 1 ? "riga" : "righe"} nel registro Rilevazioni.`,
    ];
    if (result.conflicts.length > 0) {
      lines.push(
        `${en ? "Conflicts (not overwritten)" : "Conflitti (non sovrascritti)"}: ${result.conflicts.length}`,
      );
      for (const c of result.conflicts) {
        const element = en
          ? c.elemento === "Fase"
            ? "phase"
            : "indicator"
          : c.elemento.toLowerCase();
        const where = `${c.file}: ${en ? "objective" : "obiettivo"} ${c.obiettivo}, ${element} ${c.numero}, ${c.campo}`;
        const [sent, plan, back] = [c.sent, c.plan, c.returned].map((v) => shown(v, lang));
        lines.push(
          en
            ? `  ${where}: sent ${sent}, now in the plan ${plan}, in the file ${back}.`
            : `  ${where}: inviato ${sent}, ora nel piano ${plan}, nel file ${back}.`,
        );
      }
    }
    // the core and the reader give the reasons in the language asked
    for (const r of result.refused)
      lines.push(
        en
          ? `  ${r.file}: objective ${r.obiettivo} not recorded: ${r.reasons.join(" ")}`
          : `  ${r.file}: obiettivo ${r.obiettivo} non registrato: ${r.reasons.join(" ")}`,
      );
    for (const u of unusable)
      lines.push(
        en
          ? `  File not used, ${u.file}: ${u.reason}`
          : `  File non utilizzato, ${u.file}: ${u.reason}`,
      );
    io.out(lines.join("\n"));
  }
  const problems = result.conflicts.length + result.refused.length + unusable.length;
  return problems > 0 ? EXIT.errors : EXIT.ok;
}
