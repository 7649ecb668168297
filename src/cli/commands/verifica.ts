/** `schede-peg verifica FILE.xlsx [--json]`: problems and computed percentages of a workbook. */
import { computeAll } from "../../core/compute";
import { mergeProblems, validateModel } from "../../core/validation";
import { EXIT, type ExitCode } from "../errors";
import { formatHuman } from "../format";
import type { CliIo } from "../io";
import { buildReport, errorCount, type VerificaReport } from "../report";
import { loadPegFile, missingOptionalTables } from "./load";

export async function checkWorkbook(file: string): Promise<VerificaReport> {
  const { parsed } = await loadPegFile(file);
  const problems = [
    ...missingOptionalTables(parsed),
    ...mergeProblems(parsed.problems, validateModel(parsed.model, parsed.positions)),
  ];
  return buildReport(file, parsed.model, problems, computeAll(parsed.model));
}

export async function verifica(file: string, json: boolean, io: CliIo): Promise<ExitCode> {
  const report = await checkWorkbook(file);
  io.out(json ? `${JSON.stringify(report, null, 2)}\n` : formatHuman(report));
  return errorCount(report) > 0 ? EXIT.errors : EXIT.ok;
}
