/**
 * Parsed rows -> model records, one builder per table, derived from the schema: every column
 * is read as its type says (`fields`), so a new column needs no code here. Rows that cannot
 * become a record (a phase without its number, a log line without its month) are left out of
 * the model with an error at the cell; the sheet keeps them untouched.
 */
import type { Fase, Indicatore, Obiettivo, Rilevazione, Soggetto } from "../model/types";
import type { CellValue } from "../schema/raw";
import { ELEMENTI_RILEVAZIONE } from "../schema/enums";
import { FASI, INDICATORI, OBIETTIVI, RILEVAZIONI, SOGGETTI } from "../schema/tables";
import type { ColumnDef, ColumnType, TableDef } from "../schema/types";
import type { Problem } from "../verifica/problem";
import type { Texts } from "../text/lang";
import { isEmptyCell, textOf } from "./cells";
import type { ParsedRow, RowValues, TableSpot } from "./table";
import { bool, date, month, num, oneOf, str } from "./values";

export type Builder<T> = (row: ParsedRow, spot: TableSpot, problems: Problem[]) => T | null;

/** How a parsed cell becomes a model value, by column type (its empty value when unreadable). */
const READ: Record<ColumnType, (v: RowValues, col: ColumnDef) => unknown> = {
  text: (v, c) => str(v, c.key),
  datetime: (v, c) => str(v, c.key),
  number: (v, c) => num(v, c.key),
  integer: (v, c) => num(v, c.key),
  percent: (v, c) => num(v, c.key),
  date: (v, c) => date(v, c.key),
  month: (v, c) => month(v, c.key),
  flag: (v, c) => bool(v, c.key),
  enum: (v, c) => oneOf(v, c.key, c.allowed ?? []),
};

/**
 * The record of a row: every column the add-in does not compute, read by its type, and where
 * the row stands. The schema's columns are typed against `R` (schema/types.ts `Columns`), so
 * the fields read here are exactly the record's.
 */
function fields<R>(def: TableDef<string, string>, row: ParsedRow): R {
  const plan = planOf(def);
  // a copy of one object with every key: the table's records share one shape (see parseTable)
  const out: Record<string, unknown> = { ...plan.blank };
  const { reads } = plan;
  for (let k = 0; k < reads.length; k++)
    out[reads[k].col.key] = reads[k].read(row.values, reads[k].col);
  out.origin = { row: row.index };
  return out as R;
}

interface RecordPlan {
  readonly blank: Readonly<Record<string, unknown>>;
  readonly reads: readonly { col: ColumnDef; read: (v: RowValues, col: ColumnDef) => unknown }[];
}

const plans = new WeakMap<TableDef<string, string>, RecordPlan>();

/** the columns a record holds and how each is read, once per table */
function planOf(def: TableDef<string, string>): RecordPlan {
  let plan = plans.get(def);
  if (!plan) {
    const columns = def.columns.filter((c) => !c.computed);
    plan = {
      blank: Object.fromEntries([...columns.map((c) => [c.key, null]), ["origin", null]]),
      reads: columns.map((col) => ({ col, read: READ[col.type] })),
    };
    plans.set(def, plan);
  }
  return plan;
}

/** Reports a row left out of the model because `key` has no usable value. */
function skip(
  row: ParsedRow,
  spot: TableSpot,
  problems: Problem[],
  key: string,
  what: Texts,
): null {
  const objective = str(row.values, "obiettivo") || null;
  const text: Texts = {
    it: `${what.it}: la riga non viene considerata finché non è corretta.`,
    en: `${what.en}: the row is left out until it is corrected.`,
  };
  problems.push(
    spot.problem(row.index, key, {
      severity: "error",
      rule: `${spot.def.id}.riga.ignorata`,
      text: text[spot.lang],
      objective,
    }),
  );
  return null;
}

export const obiettivo: Builder<Obiettivo> = (row) => fields(OBIETTIVI, row);

export const fase: Builder<Fase> = (row, spot, problems) =>
  num(row.values, "numero") === null
    ? skip(row, spot, problems, "numero", {
        it: "manca il numero della fase",
        en: "the phase's number is missing",
      })
    : fields(FASI, row);

export const indicatore: Builder<Indicatore> = (row, spot, problems) =>
  num(row.values, "numero") === null
    ? skip(row, spot, problems, "numero", {
        it: "manca il numero dell'indicatore",
        en: "the indicator's number is missing",
      })
    : fields(INDICATORI, row);

export const soggetto: Builder<Soggetto> = (row) => fields(SOGGETTI, row);

/** Old and new values of the log keep numbers as numbers and text as text. */
function logValue(cell: CellValue | undefined): string | number | null {
  if (cell === undefined || isEmptyCell(cell)) return null;
  return typeof cell === "number" && Number.isFinite(cell) ? cell : textOf(cell);
}

export const rilevazione: Builder<Rilevazione> = (row, spot, problems) => {
  const v = row.values;
  if (month(v, "periodo") === null)
    return skip(row, spot, problems, "periodo", {
      it: "manca il mese della rilevazione",
      en: "the month of the entry is missing",
    });
  if (oneOf(v, "elemento", ELEMENTI_RILEVAZIONE) === null)
    return skip(row, spot, problems, "elemento", {
      it: "manca l'elemento rilevato",
      en: "the element logged is missing",
    });
  if (str(v, "timestamp") === "")
    return skip(row, spot, problems, "timestamp", {
      it: "mancano data e ora",
      en: "date and time are missing",
    });
  return {
    ...fields<Rilevazione>(RILEVAZIONI, row),
    valorePrecedente: logValue(spot.cell(row.line, "valorePrecedente")),
    valoreNuovo: logValue(spot.cell(row.line, "valoreNuovo")),
  };
};
