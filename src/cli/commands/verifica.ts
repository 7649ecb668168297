/** `schede-peg verifica FILE.xlsx [--json]`: problems and computed percentages of a workbook. */
import { computeAll } from "../../core/compute";
import type { ParseResult } from "../../core/parse";
import { mergeProblems, checkModel, type Problem } from "../../core/verifica";
import { EXIT, type ExitCode } from "../errors";
import { formatHuman } from "../format";
import type { CliIo } from "../io";
import { buildReport, errorCount, type VerificaReport } from "../report";
import { loadPegFile, missingOptionalTables } from "./load";

/** Every problem of a loaded workbook, as `verifica` lists them (and `genera` counts them). */
export function dataProblems(parsed: ParseResult): Problem[] {
  return [
    ...missingOptionalTables(parsed),
    ...mergeProblems(parsed.problems, checkModel(parsed.model, parsed.positions)),
  ];
}

export async function checkWorkbook(file: string): Promise<VerificaReport> {
  const { parsed } = await loadPegFile(file);
  return buildReport(file, parsed.model, dataProblems(parsed), computeAll(parsed.model));
}

export async function verifica(file: string, json: boolean, io: CliIo): Promise<ExitCode> {
  const report = await checkWorkbook(file);
  io.out(json ? `${JSON.stringify(report, null, 2)}\n` : formatHuman(report));
  return errorCount(report) > 0 ? EXIT.errors : EXIT.ok;
}
