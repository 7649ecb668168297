/** `schede-peg verifica FILE.xlsx [--json]`: problems and computed percentages of a workbook. */
import { readXlsxFile } from "../../adapters/xlsx-file/workbook";
import { computeAll } from "../../core/compute";
import { parseWorkbook, type ParseResult } from "../../core/parse";
import type { RawWorkbook } from "../../core/schema/raw";
import { FASI, INDICATORI, OBIETTIVI, TABLES, type TableId } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import { validateModel } from "../../core/validation";
import type { Problem } from "../../core/validation/problem";
import { CliError, EXIT, type ExitCode } from "../errors";
import { formatHuman } from "../format";
import type { CliIo } from "../io";
import { buildReport, errorCount, type VerificaReport } from "../report";

/** Without these tables there is nothing to check: the file is not a PEG workbook. */
const ESSENTIAL: readonly TableDef<TableId>[] = [OBIETTIVI, FASI, INDICATORI];
const MISSING_COLUMN = "struttura.colonna.mancante";

function requiredHeaders(def: TableDef): string {
  return def.columns
    .filter((c) => c.required)
    .map((c) => c.header)
    .join(", ");
}

/** Missing essential sheets or headers make the file unusable (exit 2), with what to do. */
function assertUsable(raw: RawWorkbook, parsed: ParseResult): void {
  const reasons: string[] = [];
  for (const def of ESSENTIAL) {
    if (parsed.missingTables.includes(def.id)) {
      reasons.push(
        `Manca il foglio «${def.sheet}» (tabella ${def.table}). Le intestazioni attese nella riga 1 ` +
          `sono: ${requiredHeaders(def)}.`,
      );
      continue;
    }
    const sheet = raw[def.id]?.sheet;
    const missing = parsed.problems.filter((p) => p.rule === MISSING_COLUMN && p.sheet === sheet);
    reasons.push(...missing.map((p) => p.message));
  }
  if (reasons.length > 0) {
    throw new CliError(
      [
        "Il file non ha la struttura di una cartella di lavoro PEG:",
        ...reasons.map((r) => `  - ${r}`),
        "Per vedere la struttura attesa: schede-peg esempio -o esempio.xlsx",
      ].join("\n"),
    );
  }
}

/** The optional tables a file lacks are read as empty: say so, as a warning. */
function missingOptional(parsed: ParseResult): Problem[] {
  return TABLES.filter((t) => !ESSENTIAL.includes(t) && parsed.missingTables.includes(t.id)).map(
    (t) => ({
      severity: "warning",
      rule: "struttura.tabella.assente",
      message: `Manca il foglio «${t.sheet}» (tabella ${t.table}): si considera vuoto.`,
      sheet: null,
      row: null,
      column: null,
      cell: null,
      objective: null,
    }),
  );
}

export async function checkWorkbook(file: string): Promise<VerificaReport> {
  const raw = await readXlsxFile(file);
  const parsed = parseWorkbook(raw);
  assertUsable(raw, parsed);
  const problems = [...missingOptional(parsed), ...parsed.problems, ...validateModel(parsed.model)];
  return buildReport(file, parsed.model, problems, computeAll(parsed.model));
}

export async function verifica(file: string, json: boolean, io: CliIo): Promise<ExitCode> {
  const report = await checkWorkbook(file);
  io.out(json ? `${JSON.stringify(report, null, 2)}\n` : formatHuman(report));
  return errorCount(report) > 0 ? EXIT.errors : EXIT.ok;
}
