/**
 * What changed between two plans (`confronta`): objectives, phases, indicators and people
 * added, removed or changed field by field. Objectives are matched by code, phases and
 * indicators by (objective, number), people by (objective, name): the keys of the schema.
 * Between the plans of two years a code of the older one is first renamed as `nuovo-anno`
 * renames it (2021_S08_20 -> 2022_S08_20). Computed columns and the monthly log are not
 * compared.
 */
import { emptyModel } from "../model/defaults";
import type { Fase, Indicatore, Obiettivo, Soggetto } from "../model/types";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../schema/tables";
import type { TableDef } from "../schema/types";
import { nextYear, renameCode } from "./next-year";

/** The part of a model that is compared; without `soggetti` people are not compared. */
export interface Plan {
  readonly obiettivi: readonly Obiettivo[];
  readonly fasi: readonly Fase[];
  readonly indicatori: readonly Indicatore[];
  readonly soggetti?: readonly Soggetto[];
}

export type ChangeKind = "aggiunto" | "rimosso" | "modificato";
export type ElementKind = "obiettivo" | "fase" | "indicatore" | "soggetto";

/** A value as the model holds it: dates ISO, numbers as numbers, flags as booleans. */
export type FieldValue = string | number | boolean | null;
/** A whole record (added or removed), by column key, computed columns left out. */
export type RecordValue = Readonly<Record<string, FieldValue>>;

export interface Change {
  readonly kind: ChangeKind;
  /** the objective's code */
  readonly objective: string;
  readonly element: ElementKind;
  /**
   * the phase or indicator number; for people their place among the objective's people
   * (1 = first in the table, counted in the newer plan, in the older one when removed);
   * null for objectives
   */
  readonly number: number | null;
  /** the Italian header of the changed column; null for added and removed elements */
  readonly field: string | null;
  /** the person's name for people, null otherwise (not part of the JSON of `confronta`) */
  readonly name: string | null;
  /** the old value (the whole record for a removed element, null for an added one) */
  readonly before: FieldValue | RecordValue;
  /** the new value (the whole record for an added element, null for a removed one) */
  readonly after: FieldValue | RecordValue;
}

interface ElementSpec {
  readonly element: ElementKind;
  readonly def: TableDef;
  rows(plan: Plan): readonly object[] | undefined;
}

const ELEMENTS: readonly ElementSpec[] = [
  { element: "obiettivo", def: OBIETTIVI, rows: (p) => p.obiettivi },
  { element: "fase", def: FASI, rows: (p) => p.fasi },
  { element: "indicatore", def: INDICATORI, rows: (p) => p.indicatori },
  { element: "soggetto", def: SOGGETTI, rows: (p) => p.soggetti },
];

type Values = Readonly<Record<string, unknown>>;

/** The years of the two plans, when they differ: the older plan's codes are paired renamed. */
export interface YearPairing {
  readonly fromYear: number;
  readonly toYear: number;
}

/** An older plan's objective code as matched with the newer plan's, or as reported. */
type PairCode = (code: string) => string;
const SAME: PairCode = (code) => code;

/**
 * The older plan's codes: `key` matches them, `shown` reports them; `original` gives the
 * record a removed element is reported with (the older plan's own, when it was carried).
 */
interface Codes {
  readonly key: PairCode;
  readonly shown: PairCode;
  readonly original?: (record: Values) => Values;
}
const SAME_CODES: Codes = { key: SAME, shown: SAME };

/** The pairing of two plan years; null when they are the same or one is not known. */
export function yearPairing(fromYear: number | null, toYear: number | null): YearPairing | null {
  return fromYear === null || toYear === null || fromYear === toYear ? null : { fromYear, toYear };
}

function pairCodeOf(pairing: YearPairing | null): PairCode {
  return pairing ? (code) => renameCode(code, pairing.fromYear, pairing.toYear) : SAME;
}

function fieldValue(v: unknown): FieldValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

function same(a: FieldValue, b: FieldValue): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** The columns a person types: computed ones are the add-in's. */
function typedColumns(def: TableDef): TableDef["columns"] {
  return def.columns.filter((c) => !c.computed);
}

function recordOf(def: TableDef, r: Values): RecordValue {
  return Object.fromEntries(typedColumns(def).map((c) => [c.key, fieldValue(r[c.key])]));
}

interface Located {
  readonly record: Values;
  readonly objective: string;
  readonly number: number | null;
  readonly name: string | null;
}

/**
 * Each row by its key (the schema's key columns); a key met again gets its occurrence count,
 * so duplicated rows are matched in order instead of hiding each other.
 */
function byKey(
  spec: ElementSpec,
  rows: readonly object[],
  codes: Codes = SAME_CODES,
): Map<string, Located> {
  const out = new Map<string, Located>();
  const seen = new Map<string, number>();
  const places = new Map<string, number>();
  for (const row of rows) {
    const r = row as Values;
    const codeKey = spec.element === "obiettivo" ? "codice" : "obiettivo";
    const objective = String(r[codeKey] ?? "");
    const key = JSON.stringify(
      spec.def.key.map((k) => (k === codeKey ? codes.key(objective) : fieldValue(r[k]))),
    );
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const place = (places.get(objective) ?? 0) + 1;
    places.set(objective, place);
    const number =
      spec.element === "obiettivo"
        ? null
        : spec.element === "soggetto"
          ? place
          : (fieldValue(r.numero) as number | null);
    const name = spec.element === "soggetto" ? String(r.nominativo ?? "") : null;
    out.set(`${key}#${n}`, { record: r, objective: codes.shown(objective), number, name });
  }
  return out;
}

function compareElement(spec: ElementSpec, before: Plan, after: Plan, codes: Codes): Change[] {
  const a = spec.rows(before);
  const b = spec.rows(after);
  if (a === undefined || b === undefined) return [];
  const old = byKey(spec, a, codes);
  const changes: Change[] = [];
  const base = (at: Located): Pick<Change, "objective" | "element" | "number" | "name"> => ({
    objective: at.objective,
    element: spec.element,
    number: at.number,
    name: at.name,
  });
  for (const [key, now] of byKey(spec, b)) {
    const was = old.get(key);
    if (!was) {
      const record = recordOf(spec.def, now.record);
      changes.push({ kind: "aggiunto", ...base(now), field: null, before: null, after: record });
      continue;
    }
    old.delete(key);
    for (const col of typedColumns(spec.def)) {
      if (spec.def.key.includes(col.key)) continue;
      const x = fieldValue(was.record[col.key]);
      const y = fieldValue(now.record[col.key]);
      if (!same(x, y))
        changes.push({ kind: "modificato", ...base(now), field: col.header, before: x, after: y });
    }
  }
  for (const was of old.values()) {
    const record = recordOf(spec.def, codes.original?.(was.record) ?? was.record);
    changes.push({ kind: "rimosso", ...base(was), field: null, before: record, after: null });
  }
  return changes;
}

/** Objectives in the order of the newer plan, then those only the older one has. */
function objectiveOrder(
  before: Plan,
  after: Plan,
  changes: readonly Change[],
  codes: Codes,
): Map<string, number> {
  const order = new Map<string, number>();
  const add = (code: string): void => {
    if (!order.has(code)) order.set(code, order.size);
  };
  after.obiettivi.forEach((o) => add(o.codice));
  before.obiettivi.forEach((o) => add(codes.shown(o.codice)));
  changes.forEach((c) => add(c.objective));
  return order;
}

/**
 * Every difference, grouped by objective, then by element and number. With a year pairing the
 * changes carry the newer plan's code, but an objective the newer plan lacks keeps its own.
 */
export function comparePlans(
  before: Plan,
  after: Plan,
  pairing: YearPairing | null = null,
): Change[] {
  const key = pairCodeOf(pairing);
  const newer = new Set(after.obiettivi.map((o) => o.codice));
  return compareWith(before, after, {
    key,
    shown: (code) => (newer.has(key(code)) ? key(code) : code),
  });
}

/**
 * Only the changes made after the carry-over, between the plans of two years: the newer plan
 * against the older one as `nuovo-anno` carries it, so what `nuovo-anno` does by itself (year,
 * planned dates, last years' values, emptied fields, targets moved on) is not listed, and a
 * changed field is reported from the value `nuovo-anno` gave it. Added and removed elements
 * are those of `comparePlans`; a removed one keeps its old code and its old record.
 */
export function compareAfterCarry(before: Plan, after: Plan, pairing: YearPairing): Change[] {
  const model = {
    ...emptyModel(),
    obiettivi: [...before.obiettivi],
    fasi: [...before.fasi],
    indicatori: [...before.indicatori],
    soggetti: [...(before.soggetti ?? [])],
  };
  const carried = nextYear(model, { ...pairing, withoutConcluded: false }).model;
  // nothing is left out, so the carried rows are the older plan's, one for one, in order
  const original = new Map<object, object>();
  const pairs = [
    [carried.obiettivi, model.obiettivi],
    [carried.fasi, model.fasi],
    [carried.indicatori, model.indicatori],
    [carried.soggetti, model.soggetti],
  ] as const;
  for (const [rows, olds] of pairs) rows.forEach((r: object, i) => original.set(r, olds[i]));
  const oldCode = new Map(carried.obiettivi.map((o, i) => [o.codice, model.obiettivi[i].codice]));
  const newer = new Set(after.obiettivi.map((o) => o.codice));
  const { obiettivi, fasi, indicatori, soggetti } = carried;
  const plan = before.soggetti
    ? { obiettivi, fasi, indicatori, soggetti }
    : { obiettivi, fasi, indicatori };
  return compareWith(plan, after, {
    key: SAME,
    shown: (code) => (newer.has(code) ? code : (oldCode.get(code) ?? code)),
    original: (r) => (original.get(r) ?? r) as Values,
  });
}

function compareWith(before: Plan, after: Plan, codes: Codes): Change[] {
  const changes = ELEMENTS.flatMap((spec) => compareElement(spec, before, after, codes));
  const order = objectiveOrder(before, after, changes, codes);
  const rank = (c: Change): number[] => [
    order.get(c.objective) ?? 0,
    ELEMENTS.findIndex((e) => e.element === c.element),
    c.number ?? 0,
  ];
  return changes
    .map((c, i) => ({ c, i, r: rank(c) }))
    .sort((x, y) => x.r[0] - y.r[0] || x.r[1] - y.r[1] || x.r[2] - y.r[2] || x.i - y.i)
    .map((x) => x.c);
}
