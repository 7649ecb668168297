/**
 * Values typed straight into the Fasi and Indicatori tables instead of the form. They go
 * through the same rules as a form save (rules.ts: closed months, cumulative indicators, the
 * valore atteso's motivazione, the values' types) for the month of reference, and each
 * accepted one becomes a log row with Origine "foglio".
 * - `typedChanges`: which typed cells changed a rilevazione field (before/after);
 * - `unloggedChanges`: values that differ from the last logged one, typed while nobody was
 *   listening (the pane closed, a colleague without the add-in);
 * - `checkTyped`: the outcome of each change, logged or refused with the reason.
 */
import type { Fase, Indicatore, PegModel, Rilevazione } from "../model/types";
import type { CellValue } from "../schema/raw";
import { fieldSpelling } from "./history";
import type { Lang } from "../text/lang";
import { checkRilevazione } from "./rules";
import { normalized, sameValue, type Plain } from "./same";
import { currentValue } from "./target";
import type { EditableField, RilevazioneEdit } from "./types";
import { FIELDS } from "./values";

type Elemento = RilevazioneEdit["elemento"];

export interface TypedChange {
  readonly obiettivo: string;
  readonly elemento: Elemento;
  readonly numero: number;
  readonly campo: EditableField;
  /** the value before the typing (for an unlogged value: the last logged one) */
  readonly before: Plain;
  readonly after: Plain;
  /** the record's row in its table's body (0-based): where the cell is */
  readonly row: number;
}

/** a changed cell of a table's body, as the workbook reports it */
export interface TypedCell {
  readonly elemento: Elemento;
  /** 0-based row in the table's body */
  readonly row: number;
  /** the column's key in the schema */
  readonly campo: string;
  /** what the cell holds now, as read */
  readonly value: CellValue;
}

export type TypedOutcome =
  | { readonly kind: "logged"; readonly change: TypedChange; readonly logRow: Rilevazione }
  | { readonly kind: "refused"; readonly change: TypedChange; readonly reason: string };

function recordsOf(model: PegModel, elemento: Elemento): readonly (Fase | Indicatore)[] {
  return elemento === "Fase" ? model.fasi : model.indicatori;
}

function isEditable(elemento: Elemento, campo: string): campo is EditableField {
  return (FIELDS[elemento] as readonly string[]).includes(campo);
}

function valueOf(record: Fase | Indicatore, campo: EditableField): Plain {
  return normalized(currentValue({ kind: "Fase", record: record as Fase }, campo));
}

/**
 * The rilevazione fields the typed cells changed: `after` holds the typed values (records
 * found by their row), `before` the values as they were (records found by objective and
 * number, so a sort in between changes nothing). A cell the parser could not read (text in a
 * number column) keeps its text, so the rules can say what is wrong with it.
 */
export function typedChanges(
  before: PegModel,
  after: PegModel,
  cells: readonly TypedCell[],
): TypedChange[] {
  const out: TypedChange[] = [];
  for (const cell of cells) {
    if (!isEditable(cell.elemento, cell.campo)) continue;
    const record = recordsOf(after, cell.elemento).find((r) => r.origin?.row === cell.row);
    if (!record) continue;
    const old = recordsOf(before, cell.elemento).find(
      (r) => r.obiettivo === record.obiettivo && r.numero === record.numero,
    );
    const parsed = valueOf(record, cell.campo);
    const now = parsed === null && typeof cell.value === "string" ? normalized(cell.value) : parsed;
    const was = old ? valueOf(old, cell.campo) : null;
    if (sameValue(was, now)) continue;
    out.push({ ...keyOf(record, cell.elemento, cell.campo), before: was, after: now });
  }
  return out;
}

function keyOf(record: Fase | Indicatore, elemento: Elemento, campo: EditableField) {
  return {
    obiettivo: record.obiettivo,
    elemento,
    numero: record.numero,
    campo,
    row: record.origin?.row ?? -1,
  };
}

function logKey(obiettivo: string, elemento: string, numero: number | null, campo: string) {
  return `${obiettivo}|${elemento}|${numero ?? ""}|${fieldSpelling(campo)}`;
}

/** the last logged row of every field (latest timestamp, then the lower row) */
function lastLogged(rilevazioni: readonly Rilevazione[]): Map<string, Rilevazione> {
  const last = new Map<string, Rilevazione>();
  for (const r of rilevazioni) {
    const key = logKey(r.obiettivo, r.elemento, r.numero, r.campo);
    const best = last.get(key);
    if (!best || r.timestamp >= best.timestamp) last.set(key, r);
  }
  return last;
}

/** the monthly values: never logged but filled in, they were typed by someone */
const MONTHLY: readonly EditableField[] = ["avanzamento", "valoreRaggiunto"];

/**
 * Values that differ from the last logged one; a monthly value never logged counts when it
 * is filled in (before: empty). The order is the tables' (phases, then indicators).
 */
export function unloggedChanges(model: PegModel): TypedChange[] {
  const last = lastLogged(model.rilevazioni);
  const out: TypedChange[] = [];
  for (const elemento of ["Fase", "Indicatore"] as const) {
    for (const record of recordsOf(model, elemento)) {
      for (const campo of FIELDS[elemento]) {
        const now = valueOf(record, campo);
        const logged = last.get(logKey(record.obiettivo, elemento, record.numero, campo));
        if (logged ? sameValue(logged.valoreNuovo, now) : !MONTHLY.includes(campo) || now === null)
          continue;
        const before = logged ? normalized(logged.valoreNuovo) : null;
        out.push({ ...keyOf(record, elemento, campo), before, after: now });
      }
    }
  }
  return out;
}

/** the model as it was before the change: the rules compare with the value it replaced */
function asBefore(model: PegModel, change: TypedChange): PegModel {
  const undo = <R extends Fase | Indicatore>(r: R): R =>
    r.obiettivo === change.obiettivo && r.numero === change.numero
      ? { ...r, [change.campo]: change.before }
      : r;
  return change.elemento === "Fase"
    ? { ...model, fasi: model.fasi.map(undo) }
    : { ...model, indicatori: model.indicatori.map(undo) };
}

/**
 * Each change checked on its own, as a rilevazione of the month of reference by `utente`: one
 * refused value does not hold back the others. A change whose value is already the last logged
 * one is left out (the add-in's own writes, or a value typed back). `lang`: the reasons'.
 */
export function checkTyped(
  model: PegModel,
  changes: readonly TypedChange[],
  utente: string,
  now: Date,
  lang: Lang = "it",
): TypedOutcome[] {
  const last = lastLogged(model.rilevazioni);
  const out: TypedOutcome[] = [];
  for (const change of changes) {
    const logged = last.get(logKey(change.obiettivo, change.elemento, change.numero, change.campo));
    if (logged && sameValue(logged.valoreNuovo, change.after)) continue;
    const edit: RilevazioneEdit = {
      elemento: change.elemento,
      numero: change.numero,
      campo: change.campo,
      previous: change.before,
      value: change.after,
    };
    const save = {
      periodo: model.impostazioni.periodoRiferimento,
      obiettivo: change.obiettivo,
      utente,
      edits: [edit],
      origine: "foglio" as const,
    };
    const check = checkRilevazione(asBefore(model, change), save, now, lang);
    const logRow = check.logRows[0];
    if (check.refusals.length > 0) {
      out.push({ kind: "refused", change, reason: check.refusals.join(" ") });
    } else if (logRow) {
      out.push({ kind: "logged", change, logRow });
    }
  }
  return out;
}

type Logged = Extract<TypedOutcome, { kind: "logged" }>;
type Refused = Extract<TypedOutcome, { kind: "refused" }>;

/** What the pane shows of a round of typed values. */
export interface TypedReport {
  readonly logged: readonly Logged[];
  /** refused, and the old value put back in the cell */
  readonly undone: readonly Refused[];
  /** refused, and left in the cell (to correct, or to log once it fits the rules) */
  readonly kept: readonly Refused[];
}

/** `undoable`: the old values are known for sure (one cell typed), so refused ones go back */
export function reportOf(outcomes: readonly TypedOutcome[], undoable: boolean): TypedReport {
  const logged = outcomes.filter((o): o is Logged => o.kind === "logged");
  const refused = outcomes.filter((o): o is Refused => o.kind === "refused");
  return { logged, undone: undoable ? refused : [], kept: undoable ? [] : refused };
}

/** the changes of `wanted` that are still unlogged in `model`, with the values it holds now */
export function stillUnlogged(model: PegModel, wanted: readonly TypedChange[]): TypedChange[] {
  return unloggedChanges(model).filter((c) =>
    wanted.some(
      (w) =>
        w.obiettivo === c.obiettivo &&
        w.elemento === c.elemento &&
        w.numero === c.numero &&
        w.campo === c.campo &&
        sameValue(w.after, c.after),
    ),
  );
}
