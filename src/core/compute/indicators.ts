/** Indicator results and the objective's indicator achievement (docs/formule.md §2–3). */
import type { IndicatorResult } from "./types";
import type { Indicatore, Percent } from "../model/types";
import { groupWeights, readPercent, weightedMean, type Weighted } from "./percent";
import { computeRule } from "./rules";

export function indicatorResult(ind: Indicatore): IndicatorResult {
  const outcome = computeRule(ind);
  const computed = "value" in outcome ? outcome.value : null;
  const forced = readPercent(ind.raggiungimentoForzato);
  const counted = !ind.nonValutabile;
  let note: string | null = "reason" in outcome ? outcome.reason : null;
  if (!counted) {
    const motivo = ind.motivoNonValutabile.trim();
    note = `Non valutabile${motivo ? `: ${motivo}` : ""} (escluso dal calcolo).`;
  } else if (forced !== null) {
    note = "Raggiungimento forzato in sede di valutazione.";
  }
  return {
    obiettivo: ind.obiettivo,
    numero: ind.numero,
    computed,
    forced,
    effective: forced ?? computed,
    counted,
    note,
  };
}

/**
 * Weighted mean of the effective achievement over counted, measured indicators. Whether the
 * objective uses weights is decided over all its counted indicators, so a measured one does
 * not gain weight just because the others are still empty.
 */
export function indicatorAchievement(
  results: readonly IndicatorResult[],
  indicatori: readonly Indicatore[],
): Percent | null {
  const counted = results
    .map((r, i) => ({ r, peso: indicatori[i].peso }))
    .filter((x) => x.r.counted);
  const weights = groupWeights(counted.map((x) => x.peso));
  const items: Weighted[] = [];
  for (let i = 0; i < counted.length; i++) {
    const v = counted[i].r.effective;
    if (v !== null) items.push({ weight: weights[i], value: v });
  }
  return weightedMean(items);
}
