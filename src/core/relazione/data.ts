/**
 * The figures of the Relazione (pure): results by settore, centro di responsabilità and
 * responsabile (count, mean achievement, distribution by achievement band, monitoring
 * statuses), the objectives with their achievement and the notable deviations with notes.
 * Means and statuses are the computation's (compute/aggregates): nothing is recounted here.
 * Bands, deviations and the warning count the achievement judged (compute/validato): the
 * Nucleo's validated value when there is one.
 */
import { aggregate, emptyCounts, groupKey } from "../compute/aggregates";
import type { Aggregate, ComputeResult, Esito, ObjectiveResult } from "../compute/types";
import { judgedAchievement } from "../compute/validato";
import type { Obiettivo, PegModel, Percent } from "../model/types";
import type { Lang } from "../text/lang";

export interface Band {
  /** lowest achievement of the band; the band runs up to the next one's start */
  readonly from: number;
  /** "0–49", "90–100" */
  readonly label: string;
}

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

/** An objective of the Relazione, its computed result and the achievement judged. */
export interface RelazioneItem {
  readonly obiettivo: Obiettivo;
  readonly result: ObjectiveResult;
  /** see judgedAchievement: null for objectives not judged */
  readonly judged: Percent | null;
}

export interface Deviation extends RelazioneItem {
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

/** the warning, in Italian (or `lang`), or null when the judged achievements are spread enough */
export function topHeavyWarning(
  judged: readonly (Percent | null)[],
  lang: Lang = "it",
): string | null {
  const values = judged.filter((v): v is Percent => v !== null);
  const top = values.filter((v) => v >= TOP_VALUE).length;
  if (values.length < TOP_MIN_COUNT || top < TOP_SHARE * values.length) return null;
  if (lang === "en")
    return (
      `${top} objectives out of ${values.length} have an achievement of at least ${TOP_VALUE}%: ` +
      "results so concentrated at the top deserve a check of the indicators and the expected values."
    );
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
  readonly objectives: readonly RelazioneItem[];
  readonly deviations: readonly Deviation[];
  /** see topHeavyWarning */
  readonly warning: string | null;
}

function groups(
  items: readonly RelazioneItem[],
  results: readonly ObjectiveResult[],
  keyOf: (o: Obiettivo) => string,
  bands: readonly Band[],
): GroupRow[] {
  const counts = new Map<string, number[]>();
  for (const { obiettivo, judged } of items) {
    const key = groupKey(keyOf(obiettivo));
    const line = counts.get(key) ?? bands.map(() => 0);
    if (judged !== null) line[bandIndex(judged, bands)] += 1;
    counts.set(key, line);
  }
  const obiettivi = items.map((x) => x.obiettivo);
  return aggregate(obiettivi, results, keyOf).map((a) => ({
    ...a,
    bands: counts.get(a.key) ?? bands.map(() => 0),
  }));
}

const ORDER: Partial<Record<Esito, number>> = { critico: 0, "in ritardo": 1 };

/** Critical and late objectives, then those judged in the lowest band, with their notes. */
function deviations(items: readonly RelazioneItem[], bands: readonly Band[]): Deviation[] {
  const out: (Deviation & { rank: number })[] = [];
  for (const item of items) {
    const { obiettivo: o, result: r, judged } = item;
    const late = ORDER[r.status];
    const low = judged !== null && bands.length > 1 && bandIndex(judged, bands) === 0;
    if (late === undefined && !low) continue;
    const why = low && late === undefined ? [`Raggiungimento nella fascia ${bands[0].label}.`] : [];
    const nucleo = o.notaNucleo.trim() === "" ? "" : `Nota del Nucleo: ${o.notaNucleo}`;
    const notes = [...why, r.statusNote ?? "", o.statoAttuazione, o.note, nucleo]
      .map((t) => t.trim())
      .filter((t) => t !== "");
    out.push({ ...item, notes: notes.join(" — "), rank: late ?? 2 });
  }
  return out.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...d }) => d);
}

/** The bands start where the settings say («Fasce di raggiungimento») unless told otherwise. */
export function relazioneData(
  model: PegModel,
  computed: ComputeResult,
  bandStarts: readonly number[] = model.impostazioni.fasceRaggiungimento,
): RelazioneData {
  const bands = bandsOf(bandStarts);
  const results = computed.objectives;
  const items = model.obiettivi.map((obiettivo, i): RelazioneItem => ({
    obiettivo,
    result: results[i],
    judged: judgedAchievement(obiettivo, results[i]),
  }));
  const all = "Tutti gli obiettivi";
  // a plan without objectives still has a (zero) total line
  const [total = { key: all, objectives: 0, overall: null, byStatus: emptyCounts(), bands: [] }] =
    groups(items, results, () => all, bands);
  return {
    bands,
    total: { ...total, bands: total.bands.length > 0 ? total.bands : bands.map(() => 0) },
    bySettore: groups(items, results, (o) => o.settore, bands),
    byCentro: groups(items, results, (o) => o.centroResponsabilita, bands),
    byResponsabile: groups(items, results, (o) => o.responsabile, bands),
    objectives: items,
    deviations: deviations(items, bands),
    warning: topHeavyWarning(items.map((x) => x.judged)),
  };
}
