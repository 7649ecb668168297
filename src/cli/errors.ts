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

/** An expected failure: its Italian message is printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.unusable,
  ) {
    super(message);
    this.name = "CliError";
  }
}
