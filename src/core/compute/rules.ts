/**
 * Achievement of one indicator by its rule (docs/formule.md §2). Each rule returns a value
 * in [0,100], or a reason why it cannot be computed; never NaN, never a silent 0.
 */
import type { Indicatore, Percent, RegolaCalcolo } from "../model/types";
import { clampPercent, isFiniteNumber } from "./percent";

export type RuleOutcome = { readonly value: Percent } | { readonly reason: string };

function ok(v: number): RuleOutcome {
  const value = clampPercent(v);
  return value === null ? { reason: "Calcolo non possibile con questi valori." } : { value };
}
const all = (achieved: boolean): RuleOutcome => ({ value: achieved ? 100 : 0 });

/** the rule written in the row, else inferred: si/no unit, decrescente → inversa, else lineare */
export function effectiveRule(ind: Indicatore): RegolaCalcolo {
  if (ind.regola) return ind.regola;
  if (ind.unita === "si/no") return "si/no";
  if (ind.polarita === "decrescente") return "inversa";
  return "lineare";
}

const lowerIsBetter = (ind: Indicatore): boolean => ind.polarita === "decrescente";

/** actual / target; a target ≤ 0 cannot be a ratio, so it is met (100) or not (0) */
export function lineare(a: number, t: number): RuleOutcome {
  if (t <= 0) return all(a >= t);
  return ok((a / t) * 100);
}

/** lower is better: target / actual; at or below the target 100; target 0 = "must not happen" */
export function inversa(a: number, t: number): RuleOutcome {
  if (a <= t) return all(true);
  if (t <= 0) return all(false);
  return ok((t / a) * 100);
}

/** all or nothing: any non-zero value means "si"; the target says which answer is wanted */
export function siNo(a: number, t: number): RuleOutcome {
  return all((a !== 0) === (t !== 0));
}

/**
 * 0 at or beyond the minimum, 100 at or beyond the target, linear in between; with
 * decrescente polarity the minimum is the worst tolerated value, above the target.
 */
export function soglia(a: number, t: number, min: number, decrescente: boolean): RuleOutcome {
  if (min === t) return all(decrescente ? a <= t : a >= t);
  if (decrescente ? min < t : min > t) {
    return { reason: "Valore minimo incoerente con il valore atteso per la regola soglia." };
  }
  if (decrescente)
    return a <= t ? all(true) : a >= min ? all(false) : ok(((min - a) / (min - t)) * 100);
  return a >= t ? all(true) : a <= min ? all(false) : ok(((a - min) / (t - min)) * 100);
}

/**
 * Share of the planned move from last year's value to the target: (a − prev) / (t − prev).
 * When target = prev the plan asks to hold the level: met if not worse, by the polarity.
 */
export function progresso(a: number, t: number, prev: number, decrescente: boolean): RuleOutcome {
  if (t === prev) return all(decrescente ? a <= t : a >= t);
  return ok(((a - prev) / (t - prev)) * 100);
}

/** the computed achievement of an indicator, or why there is none */
export function computeRule(ind: Indicatore): RuleOutcome {
  const a = ind.valoreRaggiunto;
  if (a === null) return { reason: "Valore raggiunto non ancora rilevato." };
  if (!isFiniteNumber(a)) return { reason: "Valore raggiunto non numerico." };
  const rule = effectiveRule(ind);
  const t = ind.valoreAtteso;
  if (rule === "si/no") {
    // a si/no indicator without a target expects "si", or "no" when lower is better
    const target = isFiniteNumber(t) ? t : lowerIsBetter(ind) ? 0 : 1;
    return siNo(a, target);
  }
  if (!isFiniteNumber(t)) return { reason: "Valore atteso mancante: impossibile calcolare." };
  switch (rule) {
    case "lineare":
      return lineare(a, t);
    case "inversa":
      return inversa(a, t);
    case "soglia":
      if (!isFiniteNumber(ind.valoreMinimo)) {
        return { reason: "Valore minimo mancante: la regola soglia non si può applicare." };
      }
      return soglia(a, t, ind.valoreMinimo, lowerIsBetter(ind));
    case "progresso":
      if (!isFiniteNumber(ind.valoreAnnoPrecedente)) {
        return {
          reason: "Valore dell'anno precedente mancante: la regola progresso non si può applicare.",
        };
      }
      return progresso(a, t, ind.valoreAnnoPrecedente, lowerIsBetter(ind));
  }
}
