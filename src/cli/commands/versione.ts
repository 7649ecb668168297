/**
 * `schede-peg versione FILE.xlsx --nome NOME [--atto …] [--data …] [--utente …] [-o OUT.xlsx]`:
 * a frozen copy of the plan saved inside the workbook itself (a row of the sheet Versioni and
 * a hidden sheet), written in place atomically or into OUT; nothing else of FILE changes.
 */
import { addVersion, readVersions } from "../../adapters/xlsx-file/versions";
import { writePackageFile } from "../../adapters/xlsx-file/workbook";
import { WriteRefused } from "../../adapters/xlsx-file/write/cells";
import { newVersion, takeSnapshot, type SavedVersion } from "../../core/cycle/versions";
import { formatDate } from "../../core/text/dates";
import { quoted } from "../../core/text/lang";
import { plural } from "../format";
import type { Parsed } from "../args";
import { CliError, EXIT, nothingWritten, type ExitCode } from "../errors";
import { userName, type CliIo } from "../io";
import { today } from "./genera";
import { loadPegFile } from "./load";
import { checkOutputPath } from "./paths";

type VersioneCommand = Extract<Parsed, { kind: "versione" }>;

export async function versione(cmd: VersioneCommand, io: CliIo): Promise<ExitCode> {
  const loaded = await loadPegFile(cmd.file, cmd.lang);
  const output = cmd.output ?? cmd.file;
  if (cmd.output !== null) checkOutputPath(cmd.output, loaded.book.macroEnabled);
  const { versions, broken, unlisted } = readVersions(loaded.book);
  if (broken.length > 0) {
    const numbers = broken.map((v) => v.numero).join(", ");
    throw new CliError({
      it:
        `Nel foglio Versioni di «${cmd.file}» ci sono versioni senza la loro copia (${numbers}): ` +
        "non si può salvarne un'altra senza perderle. Controllare i fogli nascosti «Versione N».",
      en:
        `The Versioni sheet of "${cmd.file}" lists versions without their copy (${numbers}): ` +
        'another one cannot be saved without losing them. Check the hidden sheets "Versione N".',
    });
  }
  const info = newVersion(
    versions.map((v) => v.info),
    {
      nome: cmd.nome.trim(),
      atto: cmd.atto,
      data: cmd.data ?? today(),
      utente: userName(cmd.utente, io),
    },
    { numbers: unlisted, sheets: loaded.book.sheets.map((s) => s.name) },
  );
  const saved: SavedVersion = { info, snapshot: takeSnapshot(loaded.parsed.model) };
  try {
    await writePackageFile(addVersion(loaded.book, saved), output);
  } catch (e) {
    if (e instanceof WriteRefused) throw nothingWritten(e.texts);
    throw e;
  }

  const { obiettivi, fasi, indicatori } = saved.snapshot;
  const q = (text: string) => quoted(text, cmd.lang);
  const n = (count: number, one: string, many: string) => plural(count, one, many, cmd.lang);
  const date = formatDate(info.data ?? "", cmd.lang);
  const act = info.atto ? ` (${info.atto})` : "";
  const listed = [...versions, saved].map((v) => `${v.info.numero} ${q(v.info.nome)}`).join(", ");
  const compare = `schede-peg confronta ${JSON.stringify(output)} --versione ${info.numero}`;
  io.out(
    (cmd.lang === "en"
      ? [
          `Written ${q(output)}: version ${info.numero} ${q(info.nome)} of ${date}${act}, ` +
            `${n(obiettivi.length, "objective", "objectives")}, ${n(fasi.length, "phase", "phases")}, ` +
            `${n(indicatori.length, "indicator", "indicators")}, in the hidden sheet ${q(info.foglio)}.`,
          `Versions in the file: ${listed}.`,
          `To compare it with the current tables: ${compare}`,
        ]
      : [
          `Scritto «${output}»: versione ${info.numero} «${info.nome}» del ${date}${act}, ` +
            `${obiettivi.length} obiettivi, ${fasi.length} fasi, ` +
            `${indicatori.length} indicatori, nel foglio nascosto «${info.foglio}».`,
          `Versioni nel file: ${listed}.`,
          `Per confrontarla con le tabelle attuali: ${compare}`,
        ]
    ).join("\n"),
  );
  return EXIT.ok;
}
