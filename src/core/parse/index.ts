/**
 * RawWorkbook -> PegModel. Every cell is read by its column type from exactly what Excel
 * returns; anything that does not fit becomes a Problem at its cell, never an exception.
 * Model-level rules (weights summing to 100, dates in order…) are in `verifica/`.
 */
import type { PegModel } from "../model/types";
import type { RawTable, RawWorkbook } from "../schema/raw";
import {
  FASI,
  INDICATORI,
  OBIETTIVI,
  RILEVAZIONI,
  SOGGETTI,
  TABLES,
  type TableId,
} from "../schema/tables";
import type { TableDef } from "../schema/types";
import type { Problem } from "../verifica/problem";
import type { Lang } from "../text/lang";
import { defaultImpostazioni, emptyModel } from "../model/defaults";
import { fase, indicatore, obiettivo, rilevazione, soggetto, type Builder } from "./records";
import { rowsToSettings } from "./settings";
import { parseTable, TableSpot } from "./table";
import { positionsOf, type TablePositions } from "./positions";

export interface ParseResult {
  model: PegModel;
  problems: Problem[];
  /** schema tables absent from the workbook (their part of the model is empty) */
  missingTables: TableId[];
  /** where each table found stands, for locating later problems (see checkModel) */
  positions: TablePositions;
}

function records<T>(
  def: TableDef,
  raw: RawTable | undefined,
  build: Builder<T>,
  problems: Problem[],
  lang: Lang,
): T[] {
  if (!raw) return [];
  const parsed = parseTable(def, raw, lang);
  problems.push(...parsed.problems);
  const spot = new TableSpot(def, raw, parsed.columns, lang);
  const out: T[] = [];
  for (const row of parsed.rows) {
    const record = build(row, spot, problems);
    if (record !== null) out.push(record);
  }
  return out;
}

/**
 * Never throws: whatever the input, a model (possibly empty) and the problems found, their
 * messages in `lang`.
 */
export function parseWorkbook(raw: RawWorkbook, lang: Lang = "it"): ParseResult {
  try {
    return parseUnchecked(raw, lang);
  } catch (e) {
    // last resort for inputs outside the RawWorkbook contract: report, do not crash the pane
    const detail = e instanceof Error ? e.message : String(e);
    return {
      model: emptyModel(),
      problems: [
        {
          severity: "error",
          rule: "struttura.lettura",
          message: {
            it: `Impossibile leggere le tabelle (${detail}). Controllare la struttura della cartella.`,
            en: `Cannot read the tables (${detail}). Check the structure of the workbook.`,
          }[lang],
          sheet: null,
          row: null,
          column: null,
          cell: null,
          objective: null,
        },
      ],
      missingTables: [],
      positions: {},
    };
  }
}

function parseUnchecked(raw: RawWorkbook, lang: Lang): ParseResult {
  const book: RawWorkbook = raw ?? {};
  const problems: Problem[] = [];
  const missingTables = TABLES.filter((t) => !book[t.id]).map((t) => t.id);
  const settings = book.impostazioni
    ? rowsToSettings(book.impostazioni, lang)
    : { impostazioni: defaultImpostazioni(), problems: [] };
  const model: PegModel = {
    impostazioni: settings.impostazioni,
    obiettivi: records(OBIETTIVI, book.obiettivi, obiettivo, problems, lang),
    fasi: records(FASI, book.fasi, fase, problems, lang),
    indicatori: records(INDICATORI, book.indicatori, indicatore, problems, lang),
    soggetti: records(SOGGETTI, book.soggetti, soggetto, problems, lang),
    rilevazioni: records(RILEVAZIONI, book.rilevazioni, rilevazione, problems, lang),
  };
  problems.push(...settings.problems);
  return { model, problems, missingTables, positions: positionsOf(book) };
}

export { rowsToSettings } from "./settings";
export {
  positionsOf,
  canonicalPosition,
  type TablePosition,
  type TablePositions,
} from "./positions";
