/** Checks on the files named on the command line, before any work is done. */
import { extname } from "node:path";
import { CliError } from "../errors";

/**
 * The output must be an .xlsx (an .xlsm when the workbook holds macros): Excel refuses to open
 * a workbook saved under an extension that does not match its content.
 */
export function checkOutputPath(path: string, macros = false): void {
  const wanted = macros ? ".xlsm" : ".xlsx";
  if (extname(path).toLowerCase() === wanted) return;
  throw new CliError(
    macros
      ? {
          it: `Il file contiene macro (VBA): il file da scrivere deve avere estensione .xlsm, altrimenti Excel non lo apre: «${path}». Per esempio: -o schede-2021.xlsm`,
          en: `The file holds macros (VBA): the file to write must end in .xlsm, or Excel will not open it: "${path}". For example: -o schede-2021.xlsm`,
        }
      : {
          it: `Il file da scrivere deve avere estensione .xlsx: «${path}». Per esempio: -o peg-2021.xlsx`,
          en: `The file to write must end in .xlsx: "${path}". For example: -o peg-2021.xlsx`,
        },
  );
}
