/** `schede-peg esempio -o FILE.xlsx`: the bundled sample PEG as a ready-to-use workbook. */
import { samplePeg } from "../../core/sample";
import type { Lang } from "../../core/text/lang";
import { writeModelXlsx } from "../../adapters/xlsx-file/workbook";
import { EXIT, type ExitCode } from "../errors";
import type { CliIo } from "../io";
import { checkOutputPath } from "./paths";

export async function esempio(output: string, io: CliIo, lang: Lang = "it"): Promise<ExitCode> {
  checkOutputPath(output);
  const model = samplePeg();
  await writeModelXlsx(model, output);
  const [o, f, i] = [model.obiettivi.length, model.fasi.length, model.indicatori.length];
  const check = `schede-peg verifica ${JSON.stringify(output)}`;
  io.out(
    lang === "en"
      ? `Written "${output}": ${o} objectives, ${f} phases, ${i} indicators.\nTo check it: ${check}`
      : `Scritto «${output}»: ${o} obiettivi, ${f} fasi, ${i} indicatori.\nPer controllarlo: ${check}`,
  );
  return EXIT.ok;
}
