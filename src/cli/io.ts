/** Where the commands write: the real process, or a recorder in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  env: process.env,
};

/** Who runs a command: the name given, else the computer's user ("" when none is known). */
export function userName(given: string | null, io: CliIo): string {
  return given ?? io.env.USER ?? io.env.USERNAME ?? "";
}
