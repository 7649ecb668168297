/** `schede-peg verifica FILE.xlsx [--json]`: problems and computed percentages of a workbook. */
import { computeAll } from "../../core/compute";
import { checkParsed } from "../../core/verifica";
import type { Lang } from "../../core/text/lang";
import { EXIT, type ExitCode } from "../errors";
import { formatHuman } from "../format";
import type { CliIo } from "../io";
import { buildReport, errorCount, type VerificaReport } from "../report";
import { loadPegFile } from "./load";

/**
 * The report of a file: its problems (as the pane and the ribbon find them), their messages
 * in `lang`, and results.
 */
export async function verificaReport(file: string, lang: Lang = "it"): Promise<VerificaReport> {
  const { parsed } = await loadPegFile(file, lang);
  return buildReport(file, parsed.model, checkParsed(parsed, lang), computeAll(parsed.model));
}

export async function verifica(
  file: string,
  json: boolean,
  io: CliIo,
  lang: Lang = "it",
): Promise<ExitCode> {
  const report = await verificaReport(file, lang);
  io.out(json ? `${JSON.stringify(report, null, 2)}\n` : formatHuman(report, lang));
  return errorCount(report) > 0 ? EXIT.errors : EXIT.ok;
}
