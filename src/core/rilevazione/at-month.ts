/**
 * The plan as it stood at the end of a month, from the Rilevazioni log: every field a
 * rilevazione edits (phase avanzamento and actual dates, indicator values, notes) goes back
 * to the last value logged up to that month, or, when its first logged change came later,
 * to the value that change replaced. Fields never logged after the month keep the cell's
 * value; the reference month becomes that month. A value typed in a cell without a log row
 * cannot be taken back: the log is the only history the workbook has.
 */
import type { Fase, Indicatore, Month, PegModel, Rilevazione } from "../model/types";
import { isIsoDate } from "../text/dates";
import { loggedNumber, sameField } from "./history";
import type { EditableField } from "./types";
import { FIELDS } from "./values";
import { addToGroup } from "../model/by-objective";

const DATES: ReadonlySet<EditableField> = new Set(["inizioEffettiva", "fineEffettiva"]);
const TEXTS: ReadonlySet<EditableField> = new Set(["note"]);

type Element = "Fase" | "Indicatore";
const keyOf = (e: Element, obiettivo: string, numero: number | null, campo: string): string =>
  `${e}|${obiettivo}|${numero}|${campo}`;

/** a logged value as the field holds it; undefined when it cannot be read back */
function asField(campo: EditableField, v: Rilevazione["valoreNuovo"]): unknown {
  if (v === null || v === "") return TEXTS.has(campo) ? "" : null;
  if (TEXTS.has(campo)) return String(v);
  if (DATES.has(campo)) return isIsoDate(v) ? v : undefined;
  return loggedNumber(v) ?? undefined;
}

export function modelAtMonth(model: PegModel, month: Month): PegModel {
  // each field's log, in the order things happened: month, time, row
  const logs = new Map<string, Rilevazione[]>();
  const ordered = model.rilevazioni
    .map((r, row) => ({ r, row }))
    .sort(
      (a, b) =>
        a.r.periodo.localeCompare(b.r.periodo) ||
        a.r.timestamp.localeCompare(b.r.timestamp) ||
        a.row - b.row,
    );
  for (const { r } of ordered) {
    if (r.elemento !== "Fase" && r.elemento !== "Indicatore") continue;
    const campo = FIELDS[r.elemento].find((f) => sameField(r.campo, f));
    if (campo === undefined) continue;
    const key = keyOf(r.elemento, r.obiettivo, r.numero, campo);
    addToGroup(logs, key, r);
  }
  const rewind = <T extends Fase | Indicatore>(record: T, e: Element): T => {
    const out: Record<string, unknown> = { ...record };
    for (const campo of FIELDS[e]) {
      const log = logs.get(keyOf(e, record.obiettivo, record.numero, campo)) ?? [];
      const later = log.find((r) => r.periodo > month);
      if (later === undefined) continue;
      const upTo = log.filter((r) => r.periodo <= month).pop();
      const value = asField(campo, upTo ? upTo.valoreNuovo : later.valorePrecedente);
      if (value !== undefined) out[campo] = value;
    }
    return out as T;
  };
  return {
    ...model,
    impostazioni: { ...model.impostazioni, periodoRiferimento: month },
    fasi: model.fasi.map((f) => rewind(f, "Fase")),
    indicatori: model.indicatori.map((x) => rewind(x, "Indicatore")),
  };
}

/**
 * The months a Relazione can go back to: before the reference month, with rows in the log
 * (without them the rewind would change nothing), the latest first.
 */
export function pastLoggedMonths(model: PegModel): Month[] {
  const current = model.impostazioni.periodoRiferimento;
  const months = new Set(model.rilevazioni.map((r) => r.periodo).filter((m) => m < current));
  return [...months].sort().reverse();
}
