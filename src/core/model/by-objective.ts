/**
 * The rows of a table grouped by objective code, so work over thousands of objectives looks
 * each one up instead of scanning every table for each (which grows with the square).
 */
import type { Obiettivo, PegModel } from "./types";

export function groupByObjective<T extends { obiettivo: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.obiettivo);
    if (list) list.push(r);
    else out.set(r.obiettivo, [r]);
  }
  return out;
}

export interface ObjectiveIndex {
  readonly obiettivi: ReadonlyMap<string, Obiettivo>;
  readonly fasi: ReadonlyMap<string, PegModel["fasi"]>;
  readonly indicatori: ReadonlyMap<string, PegModel["indicatori"]>;
  readonly soggetti: ReadonlyMap<string, PegModel["soggetti"]>;
}

/** one index per model, rebuilt when one of its tables is another array or changed size */
const cache = new WeakMap<PegModel, { key: unknown[]; index: ObjectiveIndex }>();

function keyOf(m: PegModel): unknown[] {
  const tables = [m.obiettivi, m.fasi, m.indicatori, m.soggetti];
  return [...tables, ...tables.map((t) => t.length)];
}

export function objectiveIndex(model: PegModel): ObjectiveIndex {
  const key = keyOf(model);
  const hit = cache.get(model);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.index;
  const obiettivi = new Map<string, Obiettivo>();
  // the first objective with a code wins, as a lookup with find() would
  for (const o of model.obiettivi) if (!obiettivi.has(o.codice)) obiettivi.set(o.codice, o);
  const index: ObjectiveIndex = {
    obiettivi,
    fasi: groupByObjective(model.fasi),
    indicatori: groupByObjective(model.indicatori),
    soggetti: groupByObjective(model.soggetti),
  };
  cache.set(model, { key, index });
  return index;
}
