/**
 * The figures of the Relazione (pure): results by settore, centro di responsabilità and
 * responsabile (count, mean achievement, distribution by achievement band, monitoring
 * statuses), the objectives with their achievement and the notable deviations with notes.
 * Means and statuses are the computation's (compute/aggregates): nothing is recounted here.
 */
import { NOT_EVALUATED, aggregate, emptyCounts, groupKey } from "../compute/aggregates";
import type { Aggregate, ComputeResult, Esito, ObjectiveResult } from "../compute/types";
import type { Obiettivo, PegModel, Percent } from "../model/types";

export interface Band {
  /** lowest achievement of the band; the band runs up to the next one's start */
  readonly from: number;
  /** "0–49", "90–100" */
  readonly label: string;
}

/** the bands most SMVPs use: 0–49, 50–79, 80–89, 90–100 */
export const DEFAULT_BAND_STARTS: readonly number[] = [0, 50, 80, 90];

/** Bands from their starting values (sorted, duplicates dropped; the first always starts at 0). */
export function bandsOf(starts: readonly number[]): Band[] {
  const sorted = [...new Set([0, ...starts.filter((s) => s > 0 && s <= 100)])].sort(
    (a, b) => a - b,
  );
  return sorted.map((from, i) => ({
    from,
    label: `${from}–${i + 1 < sorted.length ? sorted[i + 1] - 1 : 100}`,
  }));
}

/** index of the band holding `value` (a value between 49 and 50 is still in 0–49) */
export function bandIndex(value: Percent, bands: readonly Band[]): number {
  let found = 0;
  bands.forEach((b, i) => {
    if (value >= b.from) found = i;
  });
  return found;
}

/** The statuses the Relazione shows one by one (sospesi and annullati only count). */
export const STATUS_COLUMNS: readonly Esito[] = [
  "in linea",
  "in ritardo",
  "critico",
  "concluso",
  "non misurato",
];

export interface GroupRow extends Aggregate {
  /** objectives per band, over those judged with a value (not sospesi, not annullati) */
  readonly bands: readonly number[];
}

export interface Deviation {
  readonly obiettivo: Obiettivo;
  readonly result: ObjectiveResult;
  /** why it is listed and what the sheet says about it */
  readonly notes: string;
}

/**
 * Self-assessments that put nearly every objective at the top are a known weakness of the
 * performance cycle: the Relazione warns when at least TOP_SHARE of the judged objectives
 * reach TOP_VALUE or more (from TOP_MIN_COUNT objectives on, so a tiny plan is not flagged).
 */
export const TOP_VALUE = 95;
export const TOP_SHARE = 0.9;
export const TOP_MIN_COUNT = 5;

/** the warning, in Italian, or null when the results are spread enough */
export function topHeavyWarning(results: readonly ObjectiveResult[]): string | null {
  const values = results.filter(judged).map((r) => r.overall);
  const top = values.filter((v) => v >= TOP_VALUE).length;
  if (values.length < TOP_MIN_COUNT || top < TOP_SHARE * values.length) return null;
  return (
    `${top} obiettivi su ${values.length} hanno un raggiungimento di almeno il ${TOP_VALUE}%: ` +
    "risultati così concentrati in alto meritano una verifica degli indicatori e dei valori attesi."
  );
}

export interface RelazioneData {
  readonly bands: readonly Band[];
  readonly total: GroupRow;
  readonly bySettore: readonly GroupRow[];
  readonly byCentro: readonly GroupRow[];
  readonly byResponsabile: readonly GroupRow[];
  readonly objectives: readonly { obiettivo: Obiettivo; result: ObjectiveResult }[];
  readonly deviations: readonly Deviation[];
  /** see topHeavyWarning */
  readonly warning: string | null;
}

/** judged with a value: what the mean and the bands are made of */
const judged = (r: ObjectiveResult): r is ObjectiveResult & { overall: Percent } =>
  r.overall !== null && !NOT_EVALUATED.has(r.status);

function groups(
  obiettivi: readonly Obiettivo[],
  results: readonly ObjectiveResult[],
  keyOf: (o: Obiettivo) => string,
  bands: readonly Band[],
): GroupRow[] {
  const counts = new Map<string, number[]>();
  obiettivi.forEach((o, i) => {
    const key = groupKey(keyOf(o));
    const line = counts.get(key) ?? bands.map(() => 0);
    const r = results[i];
    if (judged(r)) line[bandIndex(r.overall, bands)] += 1;
    counts.set(key, line);
  });
  return aggregate(obiettivi, results, keyOf).map((a) => ({
    ...a,
    bands: counts.get(a.key) ?? bands.map(() => 0),
  }));
}

const ORDER: Partial<Record<Esito, number>> = { critico: 0, "in ritardo": 1 };

/** Critical and late objectives, then those judged in the lowest band, with their notes. */
function deviations(
  obiettivi: readonly Obiettivo[],
  results: readonly ObjectiveResult[],
  bands: readonly Band[],
): Deviation[] {
  const out: (Deviation & { rank: number })[] = [];
  obiettivi.forEach((o, i) => {
    const r = results[i];
    const late = ORDER[r.status];
    const low = judged(r) && bands.length > 1 && bandIndex(r.overall, bands) === 0;
    if (late === undefined && !low) return;
    const why = low && late === undefined ? [`Raggiungimento nella fascia ${bands[0].label}.`] : [];
    const notes = [...why, r.statusNote ?? "", o.statoAttuazione, o.note]
      .map((t) => t.trim())
      .filter((t) => t !== "");
    out.push({ obiettivo: o, result: r, notes: notes.join(" — "), rank: late ?? 2 });
  });
  return out.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...d }) => d);
}

export function relazioneData(
  model: PegModel,
  computed: ComputeResult,
  bandStarts: readonly number[] = DEFAULT_BAND_STARTS,
): RelazioneData {
  const bands = bandsOf(bandStarts);
  const { obiettivi } = model;
  const results = computed.objectives;
  const all = "Tutti gli obiettivi";
  // a plan without objectives still has a (zero) total line
  const [total = { key: all, objectives: 0, overall: null, byStatus: emptyCounts(), bands: [] }] =
    groups(obiettivi, results, () => all, bands);
  return {
    bands,
    total: { ...total, bands: total.bands.length > 0 ? total.bands : bands.map(() => 0) },
    bySettore: groups(obiettivi, results, (o) => o.settore, bands),
    byCentro: groups(obiettivi, results, (o) => o.centroResponsabilita, bands),
    byResponsabile: groups(obiettivi, results, (o) => o.responsabile, bands),
    objectives: obiettivi.map((obiettivo, i) => ({ obiettivo, result: results[i] })),
    deviations: deviations(obiettivi, results, bands),
    warning: topHeavyWarning(results),
  };
}
