/** `schede-peg genera`: placeholder until the scheda renderer lands. */
import type { Parsed } from "../args";
import { CliError, type ExitCode } from "../errors";
import type { CliIo } from "../io";

export async function genera(
  _cmd: Extract<Parsed, { kind: "genera" }>,
  _io: CliIo,
): Promise<ExitCode> {
  throw new CliError("Il comando «genera» non è ancora disponibile in questa versione.");
}
