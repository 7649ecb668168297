/** The file a command of the year's cycle writes: an .xlsx, never the very file it reads. */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { CliError } from "../errors";
import { checkOutputPath } from "./paths";

/** True when both names lead to one file (the same path, or a link to it). */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    // one of them does not exist yet: two different files
    return false;
  }
}

export function checkNewFile(input: string, output: string): void {
  checkOutputPath(output);
  if (sameFile(input, output)) {
    throw new CliError({
      it:
        `Il file da scrivere (-o) è lo stesso file di partenza, «${input}»: scegliere un altro ` +
        "nome. Il file di partenza non viene mai sovrascritto.",
      en:
        `The file to write (-o) is the file to start from, "${input}": choose another name. ` +
        "The file to start from is never overwritten.",
    });
  }
}
