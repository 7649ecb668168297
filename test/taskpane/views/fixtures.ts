/** Sample models shaped for the view tests: varied centri, responsabili and statuses. */
import type { PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";

export const CODE_A = "2021_S08_20";
export const CODE_B = "2021_S08_21";
export const OTHER_CENTRO = "SERVIZIO CASA";
export const OTHER_RESP = "ROSSI ANNA";

/**
 * The sample with objective B moved to another centro and responsabile, and the first
 * phase of A measured at 0% at the end of April (planned all year: "critico").
 */
export function variedModel(): PegModel {
  const model = samplePeg();
  const b = model.obiettivi.find((o) => o.codice === CODE_B);
  if (!b) throw new Error("obiettivo B assente");
  b.centroResponsabilita = OTHER_CENTRO;
  b.responsabile = OTHER_RESP;
  const phaseA = model.fasi.find((f) => f.obiettivo === CODE_A && f.numero === 1);
  if (!phaseA) throw new Error("fase 1 di A assente");
  phaseA.avanzamento = 0;
  return model;
}
