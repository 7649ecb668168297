/**
 * Phase formulas (docs/formule.md §1 and §4): the objective's progress from the phases'
 * avanzamento, and the progress the plan expects at the reference date.
 */
import type { Fase, Percent } from "../model/types";
import { dayNumber } from "../text/dates";
import { clampPercent, groupWeights, readPercent, weightedMean, type Weighted } from "./percent";

/**
 * Σ(peso × avanzamento) / Σ peso. Once at least one phase is measured, a phase with a weight
 * but no avanzamento counts as 0 (no progress is claimed without a figure), as the usual
 * SUMPRODUCT of the PEG sheets does; when no phase is measured the result is null.
 */
export function phaseProgress(fasi: readonly Fase[]): Percent | null {
  const values = fasi.map((f) => readPercent(f.avanzamento));
  if (values.every((v) => v === null)) return null;
  const weights = groupWeights(fasi.map((f) => f.peso));
  return weightedMean(values.map((v, i) => ({ weight: weights[i], value: v ?? 0 })));
}

/**
 * Share of the planned period elapsed at `refDay` (both ends counted as whole days):
 * 0 before inizioPrevista, 100 from finePrevista on. Null when a date is missing or the
 * end comes before the start.
 */
export function expectedPhase(fase: Fase, refDay: number | null): Percent | null {
  const start = dayNumber(fase.inizioPrevista);
  const end = dayNumber(fase.finePrevista);
  if (refDay === null || start === null || end === null || end < start) return null;
  if (refDay < start) return 0;
  if (refDay >= end) return 100;
  return clampPercent(((refDay - start + 1) / (end - start + 1)) * 100);
}

/** weight-weighted mean of the phases' expected progress, over phases with planned dates */
export function expectedProgress(
  fasi: readonly Fase[],
  expected: readonly (Percent | null)[],
): Percent | null {
  const weights = groupWeights(fasi.map((f) => f.peso));
  const items: Weighted[] = [];
  for (let i = 0; i < fasi.length; i++) {
    const e = expected[i];
    if (e !== null) items.push({ weight: weights[i], value: e });
  }
  return weightedMean(items);
}
