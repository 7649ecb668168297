import type { Texts } from "../core/text/lang";

/** Exit codes of `schede-peg`, documented in docs/cli.md. */
export const EXIT = {
  /** no error found (warnings allowed) */
  ok: 0,
  /** the workbook was read and holds errors */
  errors: 1,
  /** unusable input: missing file, not an .xlsx, missing sheet or header, bad command line */
  unusable: 2,
  /** a fault of the program itself */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An expected failure: its message, in the language of the command line, is printed as is,
 * without a stack trace. `message` is the Italian one.
 */
export class CliError extends Error {
  constructor(
    readonly texts: Texts,
    readonly exitCode: ExitCode = EXIT.unusable,
  ) {
    super(texts.it);
    this.name = "CliError";
  }
}

/** " Vedere «schede-peg --help»." and its English, for one command or the whole program */
export function seeHelp(command?: string): Texts {
  const help = command ? `schede-peg ${command} --help` : "schede-peg --help";
  return { it: ` Vedere «${help}».`, en: ` See "${help}".` };
}

/** A file or option the command needs and the command line lacks: `what` names it. */
export function missingArgument(what: Texts, command: string): CliError {
  const help = seeHelp(command);
  return new CliError({ it: `Manca ${what.it}.${help.it}`, en: `Missing ${what.en}.${help.en}` });
}

/** the file most commands start from, as `missingArgument` names it */
export const START_FILE: Texts = {
  it: "il file di partenza (FILE.xlsx)",
  en: "the file to start from (FILE.xlsx)",
};

/**
 * A write refused before touching the file: `detail` is the adapter's reason, which is
 * written in Italian only and shows as is in both languages; `then` may add what to do.
 */
export function nothingWritten(detail: Texts, then: Texts = { it: "", en: "" }): CliError {
  return new CliError({
    it: `Non è stato scritto nulla: ${detail.it}${then.it}`,
    en: `Nothing was written: ${detail.en}${then.en}`,
  });
}
