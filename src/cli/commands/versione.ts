/**
 * `schede-peg versione FILE.xlsx -o OUT.xlsx --nome NOME [--atto …] [--data …] [--utente …]`:
 * a frozen copy of the plan, saved with the versions FILE already holds into a new workbook.
 */
import { readVersions, writeModelWithVersions } from "../../adapters/xlsx-file/versions";
import {
  VERSIONI,
  newVersion,
  snapshotTableOf,
  takeSnapshot,
  type SavedVersion,
} from "../../core/cycle/versions";
import { TABLES } from "../../core/schema/tables";
import { formatDateIt } from "../../core/text/dates";
import type { Parsed } from "../args";
import { CliError, italianOnly, EXIT, type ExitCode } from "../errors";
import { userName, type CliIo } from "../io";
import { firstItems } from "../listing";
import { loadPegFile, type LoadedFile } from "./load";
import { today } from "./genera";
import { checkNewFile } from "./output";

type VersioneCommand = Extract<Parsed, { kind: "versione" }>;

/** The sheets of FILE that OUT does not hold: everything but data tables and versions. */
function sheetsLeftBehind(loaded: LoadedFile): string[] {
  const ours = new Set<string>(
    [
      ...Object.values(loaded.raw).map((t) => t?.sheet ?? ""),
      ...TABLES.map((t) => t.sheet),
      VERSIONI.sheet,
    ].map((s) => s.toLowerCase()),
  );
  return loaded.book.sheets
    .filter((s) => !ours.has(s.name.toLowerCase()))
    .filter((s) => !loaded.book.tables(s).some((t) => snapshotTableOf(t.displayName || t.name)))
    .map((s) => s.name);
}

export async function versione(cmd: VersioneCommand, io: CliIo): Promise<ExitCode> {
  checkNewFile(cmd.file, cmd.output);
  const loaded = await loadPegFile(cmd.file);
  const { versions, broken } = readVersions(loaded.book);
  if (broken.length > 0) {
    const numbers = broken.map((v) => v.numero).join(", ");
    throw new CliError(
      italianOnly(
        `Nel foglio Versioni di «${cmd.file}» ci sono versioni senza la loro copia (${numbers}): ` +
          "non si può salvarne un'altra senza perderle. Controllare i fogli nascosti «Versione N».",
      ),
    );
  }
  const info = newVersion(
    versions.map((v) => v.info),
    {
      nome: cmd.nome.trim(),
      atto: cmd.atto,
      data: cmd.data ?? today(),
      utente: userName(cmd.utente, io),
    },
  );
  const model = loaded.parsed.model;
  const saved: SavedVersion = { info, snapshot: takeSnapshot(model) };
  await writeModelWithVersions(model, [...versions, saved], cmd.output);

  const { obiettivi, fasi, indicatori } = saved.snapshot;
  const lines = [
    `Scritto «${cmd.output}»: versione ${info.numero} «${info.nome}» del ${formatDateIt(info.data ?? "")}` +
      `${info.atto ? ` (${info.atto})` : ""}, ${obiettivi.length} obiettivi, ${fasi.length} fasi, ` +
      `${indicatori.length} indicatori, nel foglio nascosto «${info.foglio}».`,
    `Versioni nel file: ${[...versions, saved].map((v) => `${v.info.numero} «${v.info.nome}»`).join(", ")}.`,
    `Per confrontarla con le tabelle attuali: schede-peg confronta ${JSON.stringify(cmd.output)} --versione ${info.numero}`,
  ];
  const left = sheetsLeftBehind(loaded);
  if (left.length > 0) {
    const shown = firstItems(
      left.map((s) => `«${s}»`),
      (n) => `altri ${n}`,
    );
    lines.push(
      `Attenzione: «${cmd.output}» è una cartella nuova con i soli fogli dei dati e delle versioni; ` +
        `${left.length === 1 ? "questo foglio" : `questi ${left.length} fogli`} di «${cmd.file}» ` +
        `non ${left.length === 1 ? "è stato copiato" : "sono stati copiati"}: ${shown.join(", ")}.`,
    );
  }
  io.out(lines.join("\n"));
  return EXIT.ok;
}
