/**
 * The computed columns of the tables (Obiettivi: avanzamento fasi, raggiungimento indicatori
 * e complessivo, stato di monitoraggio; Indicatori: raggiungimento) as records, from the
 * computation's results. The schema types those columns against these records, and the
 * writers take their values from here: a computed column is added here and in the schema.
 */
import type { Percent } from "../model/types";
import type { ComputeResult, Esito, IndicatorResult, ObjectiveResult } from "./types";

export interface ObiettivoCalcolato {
  avanzamentoFasi: Percent | null;
  raggiungimentoIndicatori: Percent | null;
  raggiungimento: Percent | null;
  esito: Esito;
}

export interface IndicatoreCalcolato {
  raggiungimento: Percent | null;
}

export function obiettivoCalcolato(r: ObjectiveResult): ObiettivoCalcolato {
  return {
    avanzamentoFasi: r.phaseProgress,
    raggiungimentoIndicatori: r.indicatorAchievement,
    raggiungimento: r.overall,
    esito: r.status,
  };
}

export function indicatoreCalcolato(r: IndicatorResult): IndicatoreCalcolato {
  return { raggiungimento: r.computed };
}

/** The computed records by key: objectives by codice, indicators by `obiettivo|numero`. */
export function calcolatiByKey(result: ComputeResult): {
  obiettivi: Map<string, ObiettivoCalcolato>;
  indicatori: Map<string, IndicatoreCalcolato>;
} {
  return {
    obiettivi: new Map(result.objectives.map((o) => [o.codice, obiettivoCalcolato(o)])),
    indicatori: new Map(
      result.objectives
        .flatMap((o) => o.indicators)
        .map((i) => [indicatorKey(i), indicatoreCalcolato(i)]),
    ),
  };
}

export function indicatorKey(i: {
  readonly obiettivo?: unknown;
  readonly numero?: unknown;
}): string {
  return `${String(i.obiettivo)}|${String(i.numero)}`;
}
