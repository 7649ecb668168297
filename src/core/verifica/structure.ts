/**
 * The workbook's structure as the verifica sees it: which tables a PEG workbook cannot do
 * without, why a workbook is not usable at all, and the warning for an optional table that is
 * not there (it is read as empty).
 */
import type { ParseResult } from "../parse";
import { MISSING_COLUMN } from "../parse/table";
import { tableById, type TableId } from "../schema/tables";
import type { TableDef } from "../schema/types";
import type { Problem } from "./problem";
import type { Lang } from "../text/lang";

/** Without these tables there is nothing to check: the file is not a PEG workbook. */
export const ESSENTIAL_TABLES: readonly TableId[] = ["obiettivi", "fasi", "indicatori"];

function requiredHeaders(def: TableDef): string {
  return def.columns
    .filter((c) => c.required)
    .map((c) => c.header)
    .join(", ");
}

/**
 * Why the workbook cannot be read as a PEG workbook, in `lang` (parse it in the same one),
 * one line per missing essential table or required column; empty when it can.
 */
export function unusableReasons(
  parsed: {
    readonly missingTables: readonly TableId[];
    readonly positions: ParseResult["positions"];
    readonly problems: readonly Problem[];
  },
  lang: Lang = "it",
): string[] {
  const reasons: string[] = [];
  for (const id of ESSENTIAL_TABLES) {
    const def = tableById(id);
    if (parsed.missingTables.includes(id)) {
      const headers = requiredHeaders(def);
      reasons.push(
        {
          it:
            `Manca il foglio «${def.sheet}» (tabella ${def.table}). Le intestazioni attese nella riga 1 ` +
            `sono: ${headers}.`,
          en: `The sheet "${def.sheet}" (table ${def.table}) is missing. The headers expected in row 1 are: ${headers}.`,
        }[lang],
      );
      continue;
    }
    const sheet = parsed.positions[id]?.sheet;
    const missing = parsed.problems.filter((p) => p.rule === MISSING_COLUMN && p.sheet === sheet);
    reasons.push(...missing.map((p) => p.message));
  }
  return reasons;
}

/** The optional tables the workbook lacks, as warnings: each is read as empty. */
export function missingTableProblems(
  missingTables: readonly TableId[],
  lang: Lang = "it",
): Problem[] {
  return missingTables
    .filter((id) => !ESSENTIAL_TABLES.includes(id))
    .map(tableById)
    .map((t) => ({
      severity: "warning",
      rule: "struttura.tabella.assente",
      message: {
        it: `Manca il foglio «${t.sheet}» (tabella ${t.table}): si considera vuoto.`,
        en: `The sheet "${t.sheet}" (table ${t.table}) is missing: it is read as empty.`,
      }[lang],
      sheet: null,
      row: null,
      column: null,
      cell: null,
      objective: null,
    }));
}
