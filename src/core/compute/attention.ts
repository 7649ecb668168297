/**
 * What needs the staff's attention at the reference month (the Cruscotto's «Attenzione»):
 * objectives with nothing logged for the month, phases about to end below 100%, objectives
 * behind schedule. Pure, from the model and its computed results.
 */
import type { Fase, PegModel, StatoObiettivo } from "../model/types";
import { dayNumber } from "../text/dates";
import type { ComputeResult } from "./types";

/**
 * how far from the reference date a phase end counts as "due": on either side, so a phase
 * that ended a few days before the reference date below 100% is flagged too
 */
export const DUE_WITHIN_DAYS = 30;

export interface Attention {
  /** codes without a Rilevazioni row for the reference month */
  readonly notLogged: string[];
  /** phases ending within DUE_WITHIN_DAYS of the reference date, not at 100%, by end date */
  readonly phasesDue: Fase[];
  /** objectives in ritardo or critico, critical first */
  readonly behind: { codice: string; esito: "in ritardo" | "critico"; note: string }[];
}

/** objectives concluded, suspended or dropped need no rilevazione */
const CLOSED_STATES: ReadonlySet<StatoObiettivo | null> = new Set<StatoObiettivo>([
  "Concluso",
  "Sospeso",
  "Annullato",
]);

export function attentionOf(model: PegModel, result: ComputeResult): Attention {
  const month = model.impostazioni.periodoRiferimento;
  const logged = new Set(
    model.rilevazioni.filter((r) => r.periodo === month).map((r) => r.obiettivo),
  );
  const notLogged = model.obiettivi
    .filter((o) => !logged.has(o.codice) && !CLOSED_STATES.has(o.stato))
    .map((o) => o.codice);

  const ref = dayNumber(result.referenceDate);
  const phasesDue =
    ref === null
      ? []
      : model.fasi
          .filter((f) => {
            const end = dayNumber(f.finePrevista);
            return (
              end !== null && Math.abs(end - ref) <= DUE_WITHIN_DAYS && (f.avanzamento ?? 0) < 100
            );
          })
          .sort((a, b) => (a.finePrevista ?? "").localeCompare(b.finePrevista ?? ""));

  const behind = result.objectives
    .filter((r) => r.status === "critico" || r.status === "in ritardo")
    .map((r) => ({
      codice: r.codice,
      esito: r.status as "in ritardo" | "critico",
      note: r.statusNote ?? "",
    }))
    .sort((a, b) => (a.esito === b.esito ? 0 : a.esito === "critico" ? -1 : 1));

  return { notLogged, phasesDue, behind };
}
