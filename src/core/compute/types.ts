/** Results of the computation. Every percentage is 0–100, or null when nothing is measured. */
import type { Percent } from "../model/types";

/**
 * Monitoring status of an objective; configurable bands live in Impostazioni. "sospeso" and
 * "annullato" follow the objective's declared stato: such objectives are not judged on time.
 */
export type Esito =
  "in linea" | "in ritardo" | "critico" | "concluso" | "non misurato" | "sospeso" | "annullato";

export interface IndicatorResult {
  readonly obiettivo: string;
  readonly numero: number;
  /** achievement by the indicator's rule; null = not measured or not computable */
  readonly computed: Percent | null;
  /** the evaluator's forced value, when set (kept beside `computed`, never replacing it) */
  readonly forced: Percent | null;
  /** what enters the objective's average: forced if set, else computed */
  readonly effective: Percent | null;
  /** false when non valutabile: the indicator leaves the weights */
  readonly counted: boolean;
  /** Italian reason when `computed` is null or the indicator is not counted */
  readonly note: string | null;
}

export interface PhaseResult {
  readonly obiettivo: string;
  readonly numero: number;
  /** progress expected at the reference date from the planned dates (linear in time) */
  readonly expected: Percent | null;
}

export interface ObjectiveResult {
  readonly codice: string;
  /**
   * Σ(peso × avanzamento) / Σ peso; once a phase is measured, unmeasured phases count as 0;
   * null when no phase is measured (see docs/formule.md)
   */
  readonly phaseProgress: Percent | null;
  /** weighted mean of the counted indicators' effective achievement */
  readonly indicatorAchievement: Percent | null;
  /** blend of the two by Impostazioni.pesoIndicatori */
  readonly overall: Percent | null;
  /** weighted expected progress of the phases at the reference date */
  readonly expectedProgress: Percent | null;
  readonly status: Esito;
  /** Italian explanation of `status` (e.g. how many points behind the expected progress) */
  readonly statusNote?: string;
  readonly phases: readonly PhaseResult[];
  readonly indicators: readonly IndicatorResult[];
}

export interface Aggregate {
  /** the centro di responsabilità or settore name */
  readonly key: string;
  readonly objectives: number;
  /**
   * objective-weighted (Obiettivo.peso, else equal) mean of `overall` over measured ones,
   * sospesi and annullati left out
   */
  readonly overall: Percent | null;
  readonly byStatus: Readonly<Record<Esito, number>>;
}

export interface ComputeResult {
  /** the reference date used: last day of Impostazioni.periodoRiferimento ("" if invalid) */
  readonly referenceDate: string;
  readonly objectives: readonly ObjectiveResult[];
  readonly byCentro: readonly Aggregate[];
  readonly bySettore: readonly Aggregate[];
}
