/**
 * `schede-peg raccogli FILE.xlsx RESTITUITI… -o OUT.xlsx [--json]`: merges back the values each
 * person changed in the file `distribuisci` sent them, each logged in Rilevazioni with that
 * person as author. A value changed both in the plan (since it was sent) and in a returned
 * file is a conflict: not overwritten, listed with both values, exit 1.
 */
import { basename } from "node:path";
import { WriteRefused, readReturned, writeCollected } from "../../adapters/xlsx-file/distribuzione";
import { collect, type ReturnedFile } from "../../core/distribuzione/collect";
import { CliError, EXIT, nothingWritten, seeHelp, type ExitCode } from "../errors";
import type { CliIo } from "../io";
import { loadPegFile } from "./load";
import { checkNewFile } from "./output";

export interface RaccogliCommand {
  readonly file: string;
  readonly returned: readonly string[];
  readonly output: string;
  readonly json: boolean;
}

const shown = (v: string | number | null): string => (v === null || v === "" ? "vuoto" : `«${v}»`);

export async function raccogli(cmd: RaccogliCommand, io: CliIo): Promise<ExitCode> {
  checkNewFile(cmd.file, cmd.output);
  if (cmd.returned.length === 0)
    throw new CliError({
      it: `Mancano i file restituiti.${seeHelp("raccogli").it}`,
      en: `Missing the returned files.${seeHelp("raccogli").en}`,
    });
  const { book, raw, parsed } = await loadPegFile(cmd.file);
  const files: ReturnedFile[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const path of cmd.returned) {
    try {
      files.push(await readReturned(path, basename(path)));
    } catch (e) {
      unreadable.push({ file: basename(path), reason: e instanceof Error ? e.message : String(e) });
    }
  }
  const result = collect(parsed.model, files, new Date());
  const unusable = [...unreadable, ...result.unusable];
  try {
    await writeCollected(book, raw, result, cmd.output);
  } catch (e) {
    if (e instanceof WriteRefused) throw nothingWritten(e.message);
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
    const lines = [
      `Scritto «${cmd.output}»: ${result.writes.length} ${result.writes.length === 1 ? "valore aggiornato" : "valori aggiornati"}, ${result.logRows.length} ${result.logRows.length === 1 ? "riga" : "righe"} nel registro Rilevazioni.`,
    ];
    if (result.conflicts.length > 0) {
      lines.push(`Conflitti (non sovrascritti): ${result.conflicts.length}`);
      for (const c of result.conflicts)
        lines.push(
          `  ${c.file}: obiettivo ${c.obiettivo}, ${c.elemento.toLowerCase()} ${c.numero}, ${c.campo}: ` +
            `inviato ${shown(c.sent)}, ora nel piano ${shown(c.plan)}, nel file ${shown(c.returned)}.`,
        );
    }
    for (const r of result.refused)
      lines.push(`  ${r.file}: obiettivo ${r.obiettivo} non registrato: ${r.reasons.join(" ")}`);
    for (const u of unusable) lines.push(`  File non utilizzato, ${u.file}: ${u.reason}`);
    io.out(lines.join("\n"));
  }
  const problems = result.conflicts.length + result.refused.length + unusable.length;
  return problems > 0 ? EXIT.errors : EXIT.ok;
}
