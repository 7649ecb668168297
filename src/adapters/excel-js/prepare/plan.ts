/**
 * From the state read to the list of changes; pure, so it can be checked without Excel.
 * Nothing here ever touches a data row: missing tables are created, missing columns are added
 * at the end of their table, missing settings rows are appended, and formats, validation and
 * conditional formats are given to what has none.
 */
import { normalizeHeader } from "../../../core/parse/positions";
import type { CellValue } from "../../../core/schema/raw";
import { settingsToRows } from "../../../core/schema/rows";
import { defaultImpostazioni } from "../../../core/model/defaults";
import type { TableDef } from "../../../core/schema/types";
import { positionOf } from "../cells";
import { conditionalRules, type ConditionalRule } from "./conditional";
import type { ExistingTable, PrepareState } from "./state";
import { spotOf } from "./state";

export interface TablePlan {
  readonly def: TableDef;
  readonly create: boolean;
  readonly headerRow: number;
  readonly firstColumn: number;
  /** headers once the plan is applied (existing ones, then the added ones) */
  readonly headers: string[];
  /** positions among `headers` of the columns this run adds (all of them for a new table) */
  readonly fresh: number[];
  /** body rows before this run writes (a new table has one empty row) */
  readonly rowCount: number;
  /** positions to give data validation */
  readonly validate: number[];
  /** conditional formats to (re)apply; empty when those there are still cover the body */
  readonly formats: ConditionalRule[];
  /** settings rows to append, in `headers` order */
  readonly settings: CellValue[][];
  /** body rows that are blank and can be filled first */
  readonly blankRows: number;
}

export interface PreparePlan {
  readonly sheets: string[];
  readonly tables: TablePlan[];
  readonly notes: string[];
}

function missingSettings(
  def: TableDef,
  existing: ExistingTable | null,
  headers: string[],
): CellValue[][] {
  if (def.id !== "impostazioni") return [];
  const keyAt = existing ? positionOf(def, existing.headers, "chiave") : -1;
  const have = new Set(
    existing && keyAt >= 0 ? existing.rows.map((r) => String(r[keyAt] ?? "").trim()) : [],
  );
  const order = headers.map((h) =>
    def.columns.findIndex((c) => normalizeHeader(c.header) === normalizeHeader(h)),
  );
  return settingsToRows(defaultImpostazioni())
    .filter((row) => !have.has(String(row[0])))
    .map((row) => order.map((i) => (i < 0 ? null : row[i])));
}

function blankBody(t: ExistingTable): number {
  if (t.def.id !== "impostazioni") return 0;
  const blank = t.rows.every((r) => r.every((v) => v === "" || v === null));
  return blank ? t.rowCount : 0;
}

function planExisting(t: ExistingTable): TablePlan {
  const have = new Set(t.headers.map(normalizeHeader));
  const added = t.def.columns
    .filter((c) => !have.has(normalizeHeader(c.header)))
    .map((c) => c.header);
  const headers = [...t.headers, ...added];
  const fresh = added.map((_, k) => t.headers.length + k);
  const all = headers.map((_, i) => i);
  const rules = conditionalRules(t.def, { ...t, headers });
  const covered = t.formatsFirst >= rules.length && t.formatsLast >= rules.length;
  const touchesFresh = rules.some((r) => fresh.includes(r.column));
  return {
    def: t.def,
    create: false,
    headerRow: t.headerRow,
    firstColumn: t.firstColumn,
    headers,
    fresh,
    rowCount: t.rowCount,
    validate: t.validated ? fresh : all,
    formats: covered && !touchesFresh ? [] : rules,
    settings: missingSettings(t.def, t, headers),
    blankRows: blankBody(t),
  };
}

function planNew(def: TableDef): TablePlan {
  const headers = def.columns.map((c) => c.header);
  const all = headers.map((_, i) => i);
  return {
    def,
    create: true,
    headerRow: 1,
    firstColumn: 0,
    headers,
    fresh: all,
    rowCount: 1,
    validate: all,
    formats: conditionalRules(def, { headerRow: 1, firstColumn: 0, headers }),
    settings: missingSettings(def, null, headers),
    blankRows: 1,
  };
}

export function planPrepare(state: PrepareState): PreparePlan {
  const notes: string[] = [];
  const tables = state.existing.map(planExisting);
  for (const m of state.missing) {
    if (m.sheetExists && !m.spotFree) {
      notes.push(
        `Il foglio «${m.def.sheet}» contiene già dei dati nelle celle ${spotOf(m.def)} ma non la tabella ` +
          `${m.def.table}: spostare quei dati o rinominare il foglio, poi ripetere «Prepara».`,
      );
      continue;
    }
    tables.push(planNew(m.def));
  }
  const sheets = state.missing.filter((m) => !m.sheetExists).map((m) => m.def.sheet);
  return { sheets, tables, notes };
}

/** True when applying the plan changes nothing. */
export function isEmptyPlan(plan: PreparePlan): boolean {
  return (
    plan.sheets.length === 0 &&
    plan.tables.every(
      (t) =>
        !t.create &&
        t.fresh.length === 0 &&
        t.validate.length === 0 &&
        t.formats.length === 0 &&
        t.settings.length === 0,
    )
  );
}
