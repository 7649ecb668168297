/** Totals per centro di responsabilità and per settore (docs/formule.md §6). */
import type { Aggregate, Esito, ObjectiveResult } from "./types";
import type { Obiettivo } from "../model/types";
import { groupWeights, weightedMean, type Weighted } from "./percent";

/** key used for objectives whose centro or settore cell is empty */
export const NON_INDICATO = "(non indicato)";

/** every monitoring status, in the order lists and filters show them */
export const ESITI: readonly Esito[] = [
  "in linea",
  "in ritardo",
  "critico",
  "concluso",
  "non misurato",
  "sospeso",
  "annullato",
];
/** not judged: counted among the objectives, left out of the group's mean */
export const NOT_EVALUATED: ReadonlySet<Esito> = new Set(["sospeso", "annullato"]);

/** the group an objective falls in: its trimmed value, or NON_INDICATO when blank */
export function groupKey(value: string): string {
  return value.trim() || NON_INDICATO;
}

/** a zero for every status */
export function emptyCounts(): Record<Esito, number> {
  return Object.fromEntries(ESITI.map((e) => [e, 0])) as Record<Esito, number>;
}

/**
 * Groups objectives by `keyOf` and averages `overall` weighted by Obiettivo.peso (equal
 * weights when no objective of the group has one), over the objectives with a value that are
 * neither sospesi nor annullati.
 */
export function aggregate(
  obiettivi: readonly Obiettivo[],
  results: readonly ObjectiveResult[],
  keyOf: (o: Obiettivo) => string,
): Aggregate[] {
  const groups = new Map<string, number[]>();
  obiettivi.forEach((o, i) => {
    const key = groupKey(keyOf(o));
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const out: Aggregate[] = [];
  for (const [key, idx] of groups) {
    const weights = groupWeights(idx.map((i) => obiettivi[i].peso));
    const items: Weighted[] = [];
    const byStatus = emptyCounts();
    idx.forEach((i, k) => {
      const r = results[i];
      byStatus[r.status] += 1;
      if (r.overall !== null && !NOT_EVALUATED.has(r.status))
        items.push({ weight: weights[k], value: r.overall });
    });
    out.push({ key, objectives: idx.length, overall: weightedMean(items), byStatus });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key, "it"));
}
