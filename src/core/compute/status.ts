/**
 * Monitoring status (docs/formule.md §5). The bands are the ente's own choice, written in
 * its SMVP and kept in Impostazioni: no national rule fixes them.
 */
import type { Esito } from "./types";
import type { Impostazioni, Percent } from "../model/types";
import { isFiniteNumber } from "./percent";

export interface StatusInput {
  /** the objective's declared stato (Obiettivi table): Sospeso and Annullato decide alone */
  readonly stato?: string | null;
  readonly phaseProgress: Percent | null;
  readonly indicatorAchievement: Percent | null;
  readonly expectedProgress: Percent | null;
}

export interface StatusOutcome {
  readonly status: Esito;
  readonly note: string;
}

/** floating sums such as 33.33+33.33+33.34 must still read as complete */
const DONE = 100 - 1e-9;

export function objectiveStatus(
  input: StatusInput,
  settings: Pick<Impostazioni, "tolleranzaRitardo" | "sogliaCritico">,
): StatusOutcome {
  const { phaseProgress, indicatorAchievement, expectedProgress } = input;
  const declared = (input.stato ?? "").trim().toLowerCase();
  if (declared === "annullato") {
    return {
      status: "annullato",
      note: "Obiettivo annullato: non si valuta e non entra nei totali.",
    };
  }
  if (declared === "sospeso") {
    return {
      status: "sospeso",
      note: "Obiettivo sospeso: il ritardo non si misura finché resta sospeso.",
    };
  }
  if (phaseProgress !== null && phaseProgress >= DONE) {
    return { status: "concluso", note: "Tutte le fasi sono al 100%." };
  }
  if (phaseProgress === null && indicatorAchievement === null) {
    return { status: "non misurato", note: "Nessuna fase e nessun indicatore rilevato." };
  }
  // time progress is measured on the phases; without them the indicators stand in
  const actual = phaseProgress ?? indicatorAchievement ?? 0;
  if (expectedProgress === null) {
    return {
      status: "in linea",
      note: "Date previste mancanti: il ritardo non si può misurare.",
    };
  }
  const gap = expectedProgress - actual;
  const tolerance = isFiniteNumber(settings.tolleranzaRitardo) ? settings.tolleranzaRitardo : 0;
  const critical = isFiniteNumber(settings.sogliaCritico) ? settings.sogliaCritico : tolerance;
  const points = (n: number) => `${n.toFixed(1).replace(".", ",")} punti`;
  if (gap <= 0) {
    return { status: "in linea", note: `In anticipo sull'atteso di ${points(-gap)}.` };
  }
  const note = `Ritardo sull'atteso: ${points(gap)}.`;
  if (gap <= tolerance) return { status: "in linea", note };
  if (gap <= critical) return { status: "in ritardo", note };
  return { status: "critico", note };
}
