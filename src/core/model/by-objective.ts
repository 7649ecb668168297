/**
 * The rows of a table grouped by objective code, so work over thousands of objectives looks
 * each one up instead of scanning every table for each (which grows with the square).
 */
import type { Obiettivo, PegModel } from "./types";

/** Items grouped by a key, in their order, in one pass (never a copy of a group per item). */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) addToGroup(out, keyOf(item), item);
  return out;
}

/** Appends `item` to the group of `key`, starting it when new. */
export function addToGroup<K, T>(groups: Map<K, T[]>, key: K, item: T): void {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
}

export function groupByObjective<T extends { obiettivo: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  return groupBy(rows, (r) => r.obiettivo);
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
