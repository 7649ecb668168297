/**
 * The plan of the next year from the plan of this one (`nuovo-anno`): the same objectives,
 * phases, indicators and people, with what belongs to the year that ends emptied, planned
 * dates and year-coded objective codes moved forward, and each indicator's values shifted one
 * year back. Every column's fate is declared in `fates.ts` and applied here as declared.
 */
import type {
  Impostazioni,
  IsoDate,
  Month,
  Obiettivo,
  PegModel,
  StatoObiettivo,
} from "../model/types";
import { SETTINGS } from "../schema/settings";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../schema/tables";
import type { ColumnDef, TableDef } from "../schema/types";
import { makeIsoDate } from "../text/dates";
import { COLUMN_FATES, SETTING_FATES, type FieldFate } from "./fates";

export interface NextYearOptions {
  /** the year of the plan to carry (normally `impostazioni.anno`) */
  readonly fromYear: number;
  /** the year of the new plan; must be later than `fromYear` */
  readonly toYear: number;
  /** leave out the objectives declared Concluso or Annullato, with everything of theirs */
  readonly withoutConcluded: boolean;
}

export interface DroppedObjective {
  readonly codice: string;
  /** the objective's stato, the reason it was left out */
  readonly reason: StatoObiettivo;
}

export interface RenamedObjective {
  readonly from: string;
  readonly to: string;
}

/** How many records went into the new plan. */
export type CarriedCounts = Readonly<
  Record<"objectives" | "phases" | "indicators" | "subjects", number>
>;

/** What `nuovo-anno --json` prints. */
export interface NextYearReport {
  readonly carried: CarriedCounts;
  /** the objectives left out, with their phases, indicators and people */
  readonly dropped: readonly DroppedObjective[];
  /** the objectives whose code took the new year */
  readonly renamed: readonly RenamedObjective[];
}

/** The states whose objectives `withoutConcluded` leaves out. */
export const CONCLUDED_STATES: readonly StatoObiettivo[] = ["Concluso", "Annullato"];

export interface NextYearResult {
  /** the plan of the new year */
  readonly model: PegModel;
  /** what went into it and what did not */
  readonly report: NextYearReport;
  /** lines of the monthly log left behind */
  readonly emptiedLog: number;
  /** new codes that more than one objective would take (the plan must be fixed first) */
  readonly collisions: readonly string[];
}

/**
 * The same day `years` years later; 29 February becomes 28 February in a common year.
 * Anything that is not an ISO date is returned unchanged.
 */
export function shiftIsoDate(iso: IsoDate, years: number): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, month, day] = [Number(m[1]) + years, Number(m[2]), Number(m[3])];
  return makeIsoDate(y, month, day) ?? makeIsoDate(y, month, day - 1) ?? iso;
}

/** "2021_S08_20" -> "2022_S08_20" from 2021 to 2022; a code not starting with the year stays. */
export function renameCode(codice: string, fromYear: number, toYear: number): string {
  const from = String(fromYear);
  const startsWithYear = codice.startsWith(from) && !/^\d/.test(codice.slice(from.length));
  return startsWithYear ? `${toYear}${codice.slice(from.length)}` : codice;
}

/**
 * The plan year of a model: the setting when the workbook has its Impostazioni table,
 * otherwise the year most objectives carry (null when none does).
 */
export function planYearOf(model: PegModel, hasSettings: boolean): number | null {
  if (hasSettings) return model.impostazioni.anno;
  const counts = new Map<number, number>();
  for (const o of model.obiettivi) {
    if (o.anno !== null) counts.set(o.anno, (counts.get(o.anno) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [anno, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = anno;
  return best;
}

interface Shift {
  readonly fromYear: number;
  readonly toYear: number;
  readonly years: number;
}

/** The empty value of a column in the model: "" for text, false for flags, null otherwise. */
function emptyOf(col: ColumnDef): string | boolean | null {
  if (col.type === "flag") return false;
  return col.type === "text" ? "" : null;
}

type Fates = Readonly<Record<string, FieldFate>>;

type SeriesKind = "history" | "target";

/** How many years from the plan year a series column holds: back for history, on for targets. */
function yearsOf(fate: FieldFate, kind: SeriesKind): number | undefined {
  if (kind === "history" && fate.kind === "history") return fate.yearsBefore;
  if (kind === "target" && fate.kind === "target") return fate.yearsAfter;
  return undefined;
}

/** The column of series `kind` holding the value `years` years from the plan year, if any. */
function seriesKey(fates: Fates, kind: SeriesKind, years: number): string | undefined {
  return Object.keys(fates).find((k) => yearsOf(fates[k], kind) === years);
}

function carryValue(
  col: ColumnDef,
  fate: FieldFate,
  record: Readonly<Record<string, unknown>>,
  fates: Fates,
  shift: Shift,
): unknown {
  const value = record[col.key];
  switch (fate.kind) {
    case "kept":
      return value;
    case "code":
      return typeof value === "string" ? renameCode(value, shift.fromYear, shift.toYear) : value;
    case "year":
      return typeof value === "number" ? value + shift.years : value;
    case "date":
      return typeof value === "string" ? shiftIsoDate(value as IsoDate, shift.years) : value;
    case "emptied":
      return emptyOf(col);
    case "history": {
      // the same year, counted from the old plan year
      const source = seriesKey(fates, "history", fate.yearsBefore - shift.years);
      return source === undefined ? null : (record[source] ?? null);
    }
    case "target": {
      // the target the plan set for the same year, counted from the old plan year
      const source = seriesKey(fates, "target", fate.yearsAfter + shift.years);
      const planned = source === undefined ? null : (record[source] ?? null);
      // a plan without next year's target keeps this year's Valore atteso, as before the PIAO
      return planned === null && fate.yearsAfter === 0 ? value : planned;
    }
    case "computed":
      return undefined;
  }
}

/** One record of `def` carried into the new year, column by column as `fates.ts` says. */
function carryRecord<T extends object>(def: TableDef, record: T, shift: Shift): T {
  const fates = COLUMN_FATES[def.id as keyof typeof COLUMN_FATES];
  const values = record as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const col of def.columns) {
    const fate = fates?.[col.key];
    if (!fate) throw new Error(`Colonna senza destino per il nuovo anno: ${def.table}.${col.key}`);
    const value = carryValue(col, fate, values, fates, shift);
    if (value !== undefined) out[col.key] = value;
  }
  return out as T;
}

function carrySettings(s: Impostazioni, shift: Shift): Impostazioni {
  const out: Record<string, unknown> = { ...s };
  for (const def of SETTINGS) {
    const fate = SETTING_FATES[def.key];
    switch (fate.kind) {
      case "kept":
        break;
      case "year":
        out[def.key] = shift.toYear;
        break;
      case "firstMonth":
        out[def.key] = `${shift.toYear}-01` as Month;
        break;
      case "emptied":
        out[def.key] = Array.isArray(s[def.key]) ? [] : "";
        break;
    }
  }
  return out as unknown as Impostazioni;
}

function duplicates(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const c of codes) (seen.has(c) ? twice : seen).add(c);
  return [...twice];
}

/** The next year's plan and what happened to every objective on the way. */
export function nextYear(model: PegModel, options: NextYearOptions): NextYearResult {
  const shift: Shift = {
    fromYear: options.fromYear,
    toYear: options.toYear,
    years: options.toYear - options.fromYear,
  };
  const drop = (o: Obiettivo): boolean =>
    options.withoutConcluded && o.stato !== null && CONCLUDED_STATES.includes(o.stato);
  const dropped = model.obiettivi
    .filter(drop)
    .map((o): DroppedObjective => ({ codice: o.codice, reason: o.stato as StatoObiettivo }));
  const gone = new Set(dropped.map((d) => d.codice));
  const staying = <T extends { obiettivo: string }>(rows: readonly T[]): T[] =>
    rows.filter((r) => !gone.has(r.obiettivo));

  const obiettivi = model.obiettivi
    .filter((o) => !drop(o))
    .map((o) => carryRecord(OBIETTIVI, o, shift));
  const next: PegModel = {
    impostazioni: carrySettings(model.impostazioni, shift),
    obiettivi,
    fasi: staying(model.fasi).map((f) => carryRecord(FASI, f, shift)),
    indicatori: staying(model.indicatori).map((i) => carryRecord(INDICATORI, i, shift)),
    soggetti: staying(model.soggetti).map((s) => carryRecord(SOGGETTI, s, shift)),
    rilevazioni: [],
  };
  const kept = model.obiettivi.filter((o) => !drop(o));
  const renamed = kept
    .map((o, i): RenamedObjective => ({ from: o.codice, to: obiettivi[i].codice }))
    .filter((r) => r.from !== r.to);
  // codes repeated already are a mistake of the plan (verifica tells), not of the new year
  const before = new Set(
    duplicates(kept.map((o) => o.codice)).map((c) => renameCode(c, shift.fromYear, shift.toYear)),
  );
  const collisions = duplicates(obiettivi.map((o) => o.codice)).filter((c) => !before.has(c));
  return {
    model: next,
    report: {
      carried: {
        objectives: next.obiettivi.length,
        phases: next.fasi.length,
        indicators: next.indicatori.length,
        subjects: next.soggetti.length,
      },
      dropped,
      renamed,
    },
    emptiedLog: model.rilevazioni.length,
    collisions,
  };
}

/** The columns of the carried tables whose fate passes `test`, table by table. */
export function columnsWithFate(
  test: (fate: FieldFate) => boolean,
): { def: TableDef; columns: ColumnDef[] }[] {
  return [OBIETTIVI, FASI, INDICATORI, SOGGETTI]
    .map((def) => ({
      def: def as TableDef,
      columns: def.columns.filter((c) => test(COLUMN_FATES[def.id][c.key])),
    }))
    .filter((t) => t.columns.length > 0);
}

/** Where each value of series `kind` goes when the plan moves `years` years on. */
function seriesMoves(kind: SeriesKind, years: number): { from: ColumnDef; to: ColumnDef }[] {
  const fates = COLUMN_FATES.indicatori;
  const step = kind === "history" ? -years : years;
  return INDICATORI.columns.flatMap((to) => {
    const n = yearsOf(fates[to.key], kind);
    const key = n === undefined ? undefined : seriesKey(fates, kind, n + step);
    const from = INDICATORI.columns.find((c) => c.key === key);
    return from ? [{ from, to }] : [];
  });
}

/** Where each year's value goes when the plan moves `years` years on (from -> to column). */
export function historyMoves(years: number): { from: ColumnDef; to: ColumnDef }[] {
  return seriesMoves("history", years);
}

/** Where each year's target goes when the plan moves `years` years on (from -> to column). */
export function targetMoves(years: number): { from: ColumnDef; to: ColumnDef }[] {
  return seriesMoves("target", years);
}

/** Whether a series column is left empty when the plan moves `years` years on. */
export function emptiedBySeries(fate: FieldFate, years: number): boolean {
  if (fate.kind === "history") return fate.yearsBefore < years;
  const fates = COLUMN_FATES.indicatori;
  return (
    fate.kind === "target" &&
    fate.yearsAfter > 0 &&
    seriesKey(fates, "target", fate.yearsAfter + years) === undefined
  );
}

/** Why the next year's plan cannot be made, or the plan with its years. */
export type NextYearOutcome =
  | {
      readonly kind: "ready";
      readonly from: number;
      readonly to: number;
      readonly result: NextYearResult;
    }
  /** no Impostazioni table and no objective with its year */
  | { readonly kind: "noYear" }
  /** the year asked for is not after the plan's */
  | { readonly kind: "notLater"; readonly from: number; readonly to: number }
  /** several objectives would take the same code (the plan must be fixed first) */
  | { readonly kind: "collisions"; readonly codes: readonly string[] };

/**
 * The next year's plan as `nuovo-anno` and the pane make it: from the plan's year (see
 * `planYearOf`) to `anno`, by default the year after.
 */
export function planNextYear(
  model: PegModel,
  hasSettings: boolean,
  options: { readonly anno: number | null; readonly withoutConcluded: boolean },
): NextYearOutcome {
  const from = planYearOf(model, hasSettings);
  if (from === null) return { kind: "noYear" };
  const to = options.anno ?? from + 1;
  if (to <= from) return { kind: "notLater", from, to };
  const result = nextYear(model, {
    fromYear: from,
    toYear: to,
    withoutConcluded: options.withoutConcluded,
  });
  if (result.collisions.length > 0) return { kind: "collisions", codes: result.collisions };
  return { kind: "ready", from, to, result };
}
