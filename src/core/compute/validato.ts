/**
 * The achievement an objective is judged on, for the Relazione's bands and warnings: the
 * Nucleo di valutazione's validated value when there is one, else the computed overall one.
 * The computed columns stay as they are: the validated value sits beside them.
 */
import type { Obiettivo, Percent } from "../model/types";
import { NOT_EVALUATED } from "./aggregates";
import type { ObjectiveResult } from "./types";

/** null when the objective is not judged: sospeso, annullato, or without any value */
export function judgedAchievement(o: Obiettivo, r: ObjectiveResult): Percent | null {
  if (NOT_EVALUATED.has(r.status)) return null;
  return o.raggiungimentoValidato ?? r.overall;
}
