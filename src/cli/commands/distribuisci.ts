/**
 * `schede-peg distribuisci FILE.xlsx --per responsabile|cdr -o CARTELLA/`: one workbook per
 * person (or centro) with only the objectives they report on, to send by e-mail where there is
 * no shared workbook; each carries the values sent, for `raccogli`.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { writePart } from "../../adapters/xlsx-file/distribuzione";
import { fileNameFor, splitModel, type SplitBy } from "../../core/distribuzione/split";
import { CliError, EXIT, type ExitCode } from "../errors";
import type { Lang } from "../../core/text/lang";
import { plural } from "../format";
import type { CliIo } from "../io";
import { loadPegFile } from "./load";

export interface DistribuisciCommand {
  readonly file: string;
  readonly per: SplitBy;
  readonly dir: string;
  readonly json: boolean;
  readonly lang?: Lang;
}

export async function distribuisci(cmd: DistribuisciCommand, io: CliIo): Promise<ExitCode> {
  const lang = cmd.lang ?? "it";
  const { parsed } = await loadPegFile(cmd.file, lang);
  const { parts, unassigned } = splitModel(parsed.model, cmd.per);
  if (parts.length === 0) {
    throw new CliError(
      cmd.per === "responsabile"
        ? {
            it: "Nessun obiettivo ha un responsabile (né le sue fasi): non c'è nessuno a cui inviare un file.",
            en: "No objective has a responsabile (nor do its phases): there is nobody to send a file to.",
          }
        : {
            it: "Nessun obiettivo ha un centro di responsabilità: non c'è nessuno a cui inviare un file.",
            en: "No objective has a centro di responsabilità: there is nobody to send a file to.",
          },
    );
  }
  await mkdir(cmd.dir, { recursive: true });
  const taken = new Set<string>();
  const files: { destinatario: string; file: string; obiettivi: number }[] = [];
  for (const p of parts) {
    const file = join(cmd.dir, fileNameFor(p.recipient, taken));
    await writePart(p.model, p.recipient, file);
    files.push({ destinatario: p.recipient, file, obiettivi: p.model.obiettivi.length });
  }
  if (cmd.json) {
    io.out(JSON.stringify({ files, unassigned }, null, 2));
  } else {
    const en = lang === "en";
    const lines = [
      en
        ? `Written ${plural(files.length, "file", "files", "en")} in "${cmd.dir}":`
        : `Scritti ${files.length} file in «${cmd.dir}»:`,
    ];
    for (const f of files)
      lines.push(
        `  ${f.file}  ${f.destinatario} (${en ? plural(f.obiettivi, "objective", "objectives", "en") : `${f.obiettivi} ${f.obiettivi === 1 ? "obiettivo" : "obiettivi"}`})`,
      );
    const who = cmd.per === "responsabile" ? "responsabile" : "centro di responsabilità";
    if (unassigned.length > 0)
      lines.push(
        en
          ? `Without a ${who}, not sent: ${unassigned.join(", ")}.`
          : `Senza ${who}, non inviati: ${unassigned.join(", ")}.`,
      );
    lines.push(
      en
        ? "Whoever receives them updates the values and sends them back; then: schede-peg raccogli FILE.xlsx CARTELLA/*.xlsx -o NUOVO.xlsx"
        : "Chi li riceve aggiorna i valori e li rimanda; poi: schede-peg raccogli FILE.xlsx CARTELLA/*.xlsx -o NUOVO.xlsx",
    );
    io.out(lines.join("\n"));
  }
  return unassigned.length > 0 ? EXIT.errors : EXIT.ok;
}
