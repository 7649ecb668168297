/** `schede-peg esempio -o FILE.xlsx`: the bundled sample PEG as a ready-to-use workbook. */
import { samplePeg } from "../../core/sample";
import { writeModelXlsx } from "../../adapters/xlsx-file/workbook";
import { EXIT, type ExitCode } from "../errors";
import type { CliIo } from "../io";
import { checkOutputPath } from "./paths";

export async function esempio(output: string, io: CliIo): Promise<ExitCode> {
  checkOutputPath(output);
  const model = samplePeg();
  await writeModelXlsx(model, output);
  io.out(
    `Scritto «${output}»: ${model.obiettivi.length} obiettivi, ${model.fasi.length} fasi, ` +
      `${model.indicatori.length} indicatori.\n` +
      `Per controllarlo: schede-peg verifica ${JSON.stringify(output)}`,
  );
  return EXIT.ok;
}
