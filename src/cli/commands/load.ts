/**
 * Opening a PEG workbook for a command: read, parse, and refuse (exit 2) a file that lacks
 * the essential sheets or their required headers, saying what is expected.
 */
import { openXlsx, readRawWorkbook, type XlsxBook } from "../../adapters/xlsx-file/workbook";
import { parseWorkbook, type ParseResult } from "../../core/parse";
import type { RawWorkbook } from "../../core/schema/raw";
import { FASI, INDICATORI, OBIETTIVI, TABLES, type TableId } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import type { Problem } from "../../core/verifica/problem";
import { CliError } from "../errors";

/** Without these tables there is nothing to check: the file is not a PEG workbook. */
const ESSENTIAL: readonly TableDef<TableId>[] = [OBIETTIVI, FASI, INDICATORI];
const MISSING_COLUMN = "struttura.colonna.mancante";

export interface LoadedFile {
  readonly book: XlsxBook;
  readonly raw: RawWorkbook;
  readonly parsed: ParseResult;
}

function requiredHeaders(def: TableDef): string {
  return def.columns
    .filter((c) => c.required)
    .map((c) => c.header)
    .join(", ");
}

function unusableReasons(raw: RawWorkbook, parsed: ParseResult): string[] {
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
  return reasons;
}

/** The optional tables a file lacks are read as empty: say so, as a warning. */
export function missingOptionalTables(parsed: ParseResult): Problem[] {
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

export async function loadPegFile(file: string): Promise<LoadedFile> {
  const book = await openXlsx(file);
  const raw = readRawWorkbook(book, file);
  const parsed = parseWorkbook(raw);
  const reasons = unusableReasons(raw, parsed);
  if (reasons.length > 0) {
    throw new CliError(
      [
        `Il file «${file}» non ha la struttura di una cartella di lavoro PEG:`,
        ...reasons.map((r) => `  - ${r}`),
        "Per vedere la struttura attesa: schede-peg esempio -o esempio.xlsx",
      ].join("\n"),
    );
  }
  return { book, raw, parsed };
}
