/**
 * A raw table -> one value map per non-empty row, plus the problems of its headers and cells.
 * Headers are matched by text in any order; extra columns are ignored; a missing column reads
 * as empty (and is reported when it is required).
 */
import type { CellValue, RawTable } from "../schema/raw";
import type { ColumnDef, TableDef } from "../schema/types";
import type { Problem } from "../verifica/problem";
import { cellAddress, rowPlace } from "../schema/address";
import type { Lang, Texts } from "../text/lang";
import { normalizeHeader } from "./positions";
import { isEmptyCell, parseCell, textOf, type CellOutcome } from "./cells";

/** rule of a required column the table lacks (an error: its rows cannot be read) */
export const MISSING_COLUMN = "struttura.colonna.mancante";

export type RowValues = Readonly<Record<string, CellOutcome["value"]>>;

export interface ParsedRow {
  /** 0-based index in the table's data body (the record's `origin.row`) */
  readonly index: number;
  readonly values: RowValues;
  /** the row's cells as read, in the table's order (see `TableSpot.cell`) */
  readonly line: readonly CellValue[];
  /** keys whose cell gave an error */
  readonly invalid: ReadonlySet<string>;
}

export interface ParsedTable {
  readonly rows: ParsedRow[];
  readonly problems: Problem[];
  /** column key -> 0-based index among the raw headers (absent columns are not listed) */
  readonly columns: ReadonlyMap<string, number>;
}

/** Helps locating problems of one table while building its records. */
export class TableSpot {
  constructor(
    readonly def: TableDef,
    readonly raw: RawTable,
    readonly columns: ReadonlyMap<string, number>,
    /** the language of the problems' messages */
    readonly lang: Lang = "it",
  ) {}

  /** the cell of column `key` in a row as read (null when the table lacks the column) */
  cell(line: readonly CellValue[], key: string): CellValue {
    const i = this.columns.get(key);
    return i === undefined ? null : (line[i] ?? null);
  }

  row1(index: number): number {
    return this.raw.headerRow + 1 + index;
  }

  /**
   * Problem at column `key` of row `index`; the row only when the column is absent. `text` is
   * in the spot's language already.
   */
  problem(
    index: number,
    key: string,
    fields: Pick<Problem, "severity" | "rule" | "fix"> & { text: string; objective: string | null },
  ): Problem {
    const i = this.columns.get(key);
    const col = this.def.columns.find((c) => c.key === key);
    const header = i === undefined ? (col?.header ?? key) : String(this.raw.headers[i]);
    const row = this.row1(index);
    const cell =
      i === undefined ? null : cellAddress(this.raw.sheet, row, this.raw.firstColumn + i);
    const where = cell ?? rowPlace(this.raw.sheet, row, this.lang);
    const problem: Problem = {
      severity: fields.severity,
      rule: fields.rule,
      message: `${where} (${header}): ${fields.text}`,
      sheet: this.raw.sheet,
      row,
      column: header,
      cell,
      objective: fields.objective,
    };
    return fields.fix ? { ...problem, fix: fields.fix } : problem;
  }
}

/** A1 address, or null when the table's position is not a real one (never throws). */
export function safeAddress(sheet: string, row1: number, col0: number): string | null {
  const ok = Number.isInteger(row1) && row1 >= 1 && Number.isInteger(col0) && col0 >= 0;
  return ok ? cellAddress(String(sheet), row1, col0) : null;
}

function matchColumns(
  def: TableDef,
  raw: RawTable,
  lang: Lang,
): { map: Map<string, number>; problems: Problem[] } {
  const problem = (severity: Problem["severity"], rule: string, col: ColumnDef, text: Texts) =>
    tableProblem(raw, severity, rule, col, text[lang]);
  const map = new Map<string, number>();
  const problems: Problem[] = [];
  const headers = Array.isArray(raw.headers) ? raw.headers : [];
  const seen = new Set<string>();
  headers.forEach((h, i) => {
    const norm = normalizeHeader(h);
    const col = def.columns.find((c) => normalizeHeader(c.header) === norm);
    if (!col) return;
    if (seen.has(col.key)) {
      problems.push(
        problem("warning", "struttura.colonna.doppia", col, {
          it: `la colonna «${col.header}» compare due volte: si legge la prima. Rinominare o eliminare l'altra.`,
          en: `the column "${col.header}" appears twice: the first is read. Rename or delete the other.`,
        }),
      );
      return;
    }
    seen.add(col.key);
    map.set(col.key, i);
  });
  const hint = headersBelow(def, raw);
  for (const col of def.columns) {
    if (map.has(col.key) || col.computed || col.optional) continue;
    problems.push(
      col.required
        ? problem("error", MISSING_COLUMN, col, {
            it: `manca la colonna obbligatoria «${col.header}». Aggiungerla alla tabella ${def.table} con questa intestazione.${hint.it}`,
            en: `the required column "${col.header}" is missing. Add it to the table ${def.table} with this header.${hint.en}`,
          })
        : problem("warning", "struttura.colonna.assente", col, {
            it: `manca la colonna «${col.header}»: si considera vuota. Aggiungerla alla tabella ${def.table} per usarla.`,
            en: `the column "${col.header}" is missing: it is read as empty. Add it to the table ${def.table} to use it.`,
          }),
    );
  }
  return { map, problems };
}

/**
 * When the schema's headers stand in one of the first rows of the body (a title typed in the
 * header row, the real headers below it), the words that say so; "" otherwise.
 */
function headersBelow(def: TableDef, raw: RawTable): Texts {
  const wanted = new Set(def.columns.map((c) => normalizeHeader(c.header)));
  const rows = Array.isArray(raw.rows) ? raw.rows.slice(0, 5) : [];
  const at = rows.findIndex(
    (row) => Array.isArray(row) && row.filter((v) => wanted.has(normalizeHeader(v))).length >= 2,
  );
  if (at < 0) return { it: "", en: "" };
  const row = raw.headerRow + 1 + at;
  return {
    it: ` Le intestazioni si trovano nella riga ${row}: devono stare nella prima riga della tabella (eliminare le righe sopra di esse).`,
    en: ` The headers are in row ${row}: they must be in the first row of the table (delete the rows above them).`,
  };
}

function tableProblem(
  raw: RawTable,
  severity: Problem["severity"],
  rule: string,
  col: ColumnDef,
  text: string,
): Problem {
  return {
    severity,
    rule,
    message: `${raw.sheet}: ${text}`,
    sheet: raw.sheet,
    row: raw.headerRow,
    column: col.header,
    cell: null,
    objective: null,
  };
}

/** The objective code a row belongs to, for grouping its problems. */
function objectiveOf(spot: TableSpot, line: readonly CellValue[]): string | null {
  const v = spot.cell(line, spot.def.id === "obiettivi" ? "codice" : "obiettivo");
  const s = isEmptyCell(v) ? "" : textOf(v);
  return s === "" ? null : s;
}

const NONE_INVALID: ReadonlySet<string> = new Set();

export function parseTable(def: TableDef, raw: RawTable, lang: Lang = "it"): ParsedTable {
  const { map, problems } = matchColumns(def, raw, lang);
  const spot = new TableSpot(def, raw, map, lang);
  const rows: ParsedRow[] = [];
  const body = Array.isArray(raw.rows) ? raw.rows : [];
  // each column's position and the outcome of an empty cell (an absent column's): once per table
  const plan = def.columns.map((col) => ({
    col,
    i: map.get(col.key),
    absent: parseCell(col, null, undefined, lang),
  }));
  const positions = [...map.values()];
  // every row's values start as a copy of one object with all the keys: rows then share one
  // shape instead of growing key by key (much faster to fill and to read)
  const blank = Object.fromEntries(plan.map((p) => [p.col.key, p.absent.value]));
  body.forEach((rawRow, index) => {
    const line: readonly CellValue[] = Array.isArray(rawRow) ? rawRow : [];
    if (positions.every((i) => isEmptyCell(line[i] ?? null))) return;
    const looks = raw.looks?.[index];
    const values: Record<string, CellOutcome["value"]> = { ...blank };
    let invalid: Set<string> | undefined;
    let objective: string | null | undefined;
    // an indexed loop: this runs for every cell, mostly before the engine has optimised it
    for (let k = 0; k < plan.length; k++) {
      const { col, i, absent } = plan[k];
      const cell = i === undefined ? null : (line[i] ?? null);
      const look = i === undefined ? undefined : looks?.get(i);
      // an empty cell reads as an absent column's, unless the file says more of it
      const out = cell === null && look === undefined ? absent : parseCell(col, cell, look, lang);
      values[col.key] = out.value;
      if (!out.issue) continue;
      if (out.issue.severity === "error") (invalid ??= new Set()).add(col.key);
      objective ??= objectiveOf(spot, line);
      problems.push(
        spot.problem(index, col.key, {
          severity: out.issue.severity,
          rule: `${def.id}.${col.key}.${out.issue.kind}`,
          text: out.issue.text,
          fix: out.issue.fix,
          objective,
        }),
      );
    }
    rows.push({ index, values, line, invalid: invalid ?? NONE_INVALID });
  });
  return { rows, problems, columns: map };
}
