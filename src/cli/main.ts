/**
 * `schede-peg`: command line -> command, and every failure -> an exit code and a message in
 * the language asked (no stack trace for anything the user can fix).
 */
import { isXlsxFileError } from "../adapters/xlsx-file/errors";
import { langOf, parseCommandLine, type Lang } from "./args";
import { confronta } from "./commands/confronta";
import { esempio } from "./commands/esempio";
import { genera } from "./commands/genera";
import { nuovoAnno } from "./commands/nuovo-anno";
import { importa } from "./commands/importa";
import { distribuisci } from "./commands/distribuisci";
import { raccogli } from "./commands/raccogli";
import { relazione } from "./commands/relazione";
import { valida } from "./commands/valida";
import { verifica } from "./commands/verifica";
import { versione } from "./commands/versione";
import { CliError, EXIT, type ExitCode } from "./errors";
import { helpText } from "./help";
import { processIo, type CliIo } from "./io";
import { version } from "../../package.json";

async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const cmd = parseCommandLine(argv, io.env.LANG);
  switch (cmd.kind) {
    case "help":
      io.out(helpText(cmd.lang, cmd.command));
      return EXIT.ok;
    case "version":
      io.out(`schede-peg ${version}`);
      return EXIT.ok;
    case "esempio":
      return esempio(cmd.output, io, cmd.lang);
    case "verifica":
      return verifica(cmd.file, cmd.json, io, cmd.lang);
    case "genera":
      return genera(cmd, io);
    case "nuovo-anno":
      return nuovoAnno(cmd, io);
    case "confronta":
      return confronta(cmd, io);
    case "versione":
      return versione(cmd, io);
    case "importa":
      return importa(cmd, io);
    case "distribuisci":
      return distribuisci(cmd, io);
    case "raccogli":
      return raccogli(cmd, io);
    case "relazione":
      return relazione(cmd, io);
    case "valida":
      return valida(cmd, io);
  }
}

const FAILURE: Record<Lang, { readonly error: string; readonly unexpected: string }> = {
  it: {
    error: "Errore",
    unexpected: "Errore imprevisto: %s\nSegnalarlo indicando il comando eseguito.",
  },
  en: {
    error: "Error",
    unexpected: "Unexpected error: %s\nPlease report it with the command run.",
  },
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  const lang = langOf(argv, io.env.LANG);
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof CliError || isXlsxFileError(e)) {
      io.err(`${FAILURE[lang].error}: ${e.texts[lang]}`);
      return e instanceof CliError ? e.exitCode : EXIT.unusable;
    }
    const detail = e instanceof Error ? e.message : String(e);
    io.err(FAILURE[lang].unexpected.replace("%s", detail));
    if (io.env.SCHEDE_PEG_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return EXIT.internal;
  }
}
