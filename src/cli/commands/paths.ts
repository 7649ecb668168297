/** Checks on the files named on the command line, before any work is done. */
import { extname } from "node:path";
import { CliError } from "../errors";

/** The output must be an .xlsx: Excel refuses to open an xlsx saved under another extension. */
export function checkOutputPath(path: string): void {
  if (extname(path).toLowerCase() !== ".xlsx") {
    throw new CliError(
      `Il file da scrivere deve avere estensione .xlsx: «${path}». Per esempio: -o peg-2021.xlsx`,
    );
  }
}
