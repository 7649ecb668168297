/** Reading earlier entries of the monthly log. */
import type { Month, Rilevazione } from "../model/types";
import type { RilevazioneEdit } from "./types";

/** a logged value as a number: numbers as they are, plain numeric text ("12,5") parsed */
export function loggedNumber(v: Rilevazione["valoreNuovo"]): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string" || !/^-?\d+([.,]\d+)?$/.test(v.trim())) return null;
  return Number(v.trim().replace(",", "."));
}

/** "valoreRaggiunto" and the header "Valore raggiunto" give the same spelling */
export function fieldSpelling(campo: string): string {
  return campo.replace(/\s+/g, "").toLowerCase();
}

/** "valoreRaggiunto" and the header "Valore raggiunto" name the same field */
export function sameField(campo: string, key: string): boolean {
  return fieldSpelling(campo) === fieldSpelling(key);
}

/**
 * The latest row of the log for field `campo` among those `match` keeps: latest month, then
 * latest timestamp, then latest row.
 */
export function lastLogged(
  rilevazioni: readonly Rilevazione[],
  match: (r: Rilevazione) => boolean,
  campo: string,
): Rilevazione | undefined {
  let best: Rilevazione | undefined;
  for (const r of rilevazioni) {
    if (!match(r) || !sameField(r.campo, campo)) continue;
    const later =
      best === undefined ||
      r.periodo > best.periodo ||
      (r.periodo === best.periodo && r.timestamp >= best.timestamp);
    if (later) best = r;
  }
  return best;
}

/**
 * The value last logged for an indicator's valore raggiunto in a month before `periodo`
 * (see lastLogged); null when there is none.
 */
export function lastLoggedBefore(
  rilevazioni: readonly Rilevazione[],
  obiettivo: string,
  numero: number,
  periodo: Month,
): number | null {
  const found = lastLogged(
    rilevazioni,
    (r) =>
      r.obiettivo === obiettivo &&
      r.elemento === "Indicatore" &&
      r.numero === numero &&
      r.periodo < periodo &&
      loggedNumber(r.valoreNuovo) !== null,
    "valoreRaggiunto",
  );
  return found ? loggedNumber(found.valoreNuovo) : null;
}

/** The edits with, on each valore raggiunto of an indicator, the value logged before `periodo`. */
export function withLoggedBefore(
  rilevazioni: readonly Rilevazione[],
  obiettivo: string,
  periodo: Month,
  edits: readonly RilevazioneEdit[],
): RilevazioneEdit[] {
  return edits.map((e) =>
    e.elemento === "Indicatore" && e.campo === "valoreRaggiunto"
      ? { ...e, loggedBefore: lastLoggedBefore(rilevazioni, obiettivo, e.numero, periodo) }
      : e,
  );
}
