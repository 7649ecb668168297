/** One objective's results from its phases and indicators (docs/formule.md §1–5). */
import type { ObjectiveResult } from "./types";
import type { Fase, Impostazioni, Indicatore, Obiettivo, Percent } from "../model/types";
import { clampPercent, isFiniteNumber } from "./percent";
import { expectedPhase, expectedProgress, phaseProgress } from "./phases";
import { indicatorAchievement, indicatorResult } from "./indicators";
import { objectiveStatus } from "./status";

/**
 * pesoIndicatori% of the indicators plus the rest of the phases; when one side is not
 * measured the other stands alone (a missing side is unknown, not zero).
 */
export function blend(
  phases: Percent | null,
  indicators: Percent | null,
  pesoIndicatori: number,
): Percent | null {
  if (phases === null) return indicators;
  if (indicators === null) return phases;
  const w = isFiniteNumber(pesoIndicatori) ? Math.min(100, Math.max(0, pesoIndicatori)) / 100 : 0.5;
  return clampPercent(w * indicators + (1 - w) * phases);
}

const byNumero = <T extends { numero: number }>(a: T, b: T): number => a.numero - b.numero;

export function objectiveResult(
  obiettivo: Obiettivo,
  fasiAll: readonly Fase[],
  indicatoriAll: readonly Indicatore[],
  settings: Impostazioni,
  refDay: number | null,
): ObjectiveResult {
  const fasi = fasiAll.filter((f) => f.obiettivo === obiettivo.codice).sort(byNumero);
  const indicatori = indicatoriAll.filter((x) => x.obiettivo === obiettivo.codice).sort(byNumero);
  const expected = fasi.map((f) => expectedPhase(f, refDay));
  const indicators = indicatori.map(indicatorResult);
  const progress = phaseProgress(fasi);
  const achievement = indicatorAchievement(indicators, indicatori);
  const expectedTotal = expectedProgress(fasi, expected);
  const { status, note } = objectiveStatus(
    {
      stato: obiettivo.stato,
      phaseProgress: progress,
      indicatorAchievement: achievement,
      expectedProgress: expectedTotal,
    },
    settings,
  );
  return {
    codice: obiettivo.codice,
    phaseProgress: progress,
    indicatorAchievement: achievement,
    overall: blend(progress, achievement, settings.pesoIndicatori),
    expectedProgress: expectedTotal,
    status,
    statusNote: note,
    phases: fasi.map((f, i) => ({
      obiettivo: f.obiettivo,
      numero: f.numero,
      expected: expected[i],
    })),
    indicators,
  };
}
