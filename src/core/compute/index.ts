/**
 * The computation of a PEG model: per objective phase progress, indicator achievement,
 * overall achievement, expected progress and status; totals per centro and settore.
 * Pure and deterministic: the reference date comes from Impostazioni, never from the clock.
 */
import type { ComputeResult } from "./types";
import type { PegModel } from "../model/types";
import { aggregate } from "./aggregates";
import { dayNumber, lastDayOfMonth } from "../text/dates";
import { objectiveResult } from "./objective";
import { groupByObjective } from "../model/by-objective";

/** rows by objective code, so each objective reads only its own (linear in the rows) */
export function computeAll(model: PegModel): ComputeResult {
  const settings = model.impostazioni;
  const referenceDate = lastDayOfMonth(settings.periodoRiferimento) ?? "";
  const refDay = dayNumber(referenceDate);
  const fasi = groupByObjective(model.fasi);
  const indicatori = groupByObjective(model.indicatori);
  const objectives = model.obiettivi.map((o) =>
    objectiveResult(o, fasi.get(o.codice) ?? [], indicatori.get(o.codice) ?? [], settings, refDay),
  );
  return {
    referenceDate,
    objectives,
    byCentro: aggregate(model.obiettivi, objectives, (o) => o.centroResponsabilita),
    bySettore: aggregate(model.obiettivi, objectives, (o) => o.settore),
  };
}

export type * from "./types";
export { NON_INDICATO } from "./aggregates";
export { effectiveRule } from "./rules";
