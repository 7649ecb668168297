/** Small numeric helpers shared by the formulas: every result stays in [0,100] or null. */
import type { Percent } from "../model/types";

/** true for a real number (not NaN, not ±Infinity) */
export function isFiniteNumber(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}

/**
 * Clamps to 0–100. A ratio that overflows (a tiny target) is ±Infinity and clamps like any
 * number; only NaN becomes null, so it can never leak into a result.
 */
export function clampPercent(v: number): Percent | null {
  if (Number.isNaN(v)) return null;
  return Math.min(100, Math.max(0, v));
}

/** a stored percentage (avanzamento, forced value): null when empty or not a number */
export function readPercent(v: number | null): Percent | null {
  return isFiniteNumber(v) ? clampPercent(v) : null;
}

/** a weight usable in a mean: finite and ≥ 0; null otherwise (excluded, never a crash) */
export function validWeight(w: number | null): number | null {
  return isFiniteNumber(w) && w >= 0 ? w : null;
}

export interface Weighted {
  readonly weight: number;
  readonly value: number;
}

/** Σ(w·v)/Σw over the items; null when there is nothing to weigh (Σw = 0) */
export function weightedMean(items: readonly Weighted[]): Percent | null {
  // weights are scaled by the largest so huge ones cannot overflow the sums
  const top = Math.max(0, ...items.map((i) => i.weight));
  if (!(top > 0)) return null;
  let sumW = 0;
  let sum = 0;
  for (const { weight, value } of items) {
    sumW += weight / top;
    sum += (weight / top) * value;
  }
  return clampPercent(sum / sumW);
}

/**
 * The weights of a group (phases, indicators, objectives): when at least one member has a
 * valid positive weight the group is weighted and members without one weigh 0 (validation
 * reports them); when nobody has a weight all members weigh the same.
 */
export function groupWeights(weights: readonly (number | null)[]): number[] {
  const valid = weights.map(validWeight);
  const weighted = valid.some((w) => w !== null && w > 0);
  return valid.map((w) => (weighted ? (w ?? 0) : 1));
}
