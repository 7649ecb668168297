/** Indicator rules: what the computation needs and what an evaluator must justify. */
import type { Indicatore } from "../../model/types";
import { formatNumberIt } from "../../text/numbers";
import { reportIndicatore as report, type Rule, type ModelCheck } from "../context";

export const isSiNo = (ind: Indicatore): boolean => ind.unita === "si/no" || ind.regola === "si/no";

const SI_NO_FIELDS = [
  ["valoreAtteso", "error"],
  ["valoreRaggiunto", "error"],
  ["valoreAnnoPrecedente", "warning"],
  ["valoreDueAnniPrima", "warning"],
] as const;

function siNoValues(v: ModelCheck, ind: Indicatore): void {
  if (!isSiNo(ind)) return;
  for (const [key, severity] of SI_NO_FIELDS) {
    const n = ind[key];
    if (n === null || n === 0 || n === 1) continue;
    report(v, ind, {
      key,
      severity,
      rule: "indicatori.sino.valore",
      text: `l'indicatore è di tipo si/no ma vale ${formatNumberIt(n)}. Scrivere 1 per «si» o 0 per «no».`,
    });
  }
}

function needed(v: ModelCheck, ind: Indicatore): void {
  if (ind.nonValutabile) return;
  if (ind.valoreAtteso === null && !isSiNo(ind))
    report(v, ind, {
      key: "valoreAtteso",
      severity: "error",
      rule: "indicatori.valoreAtteso.mancante",
      text: "manca il valore atteso: il raggiungimento non si può calcolare. Scrivere il valore atteso.",
    });
  if (ind.regola === "soglia" && ind.valoreMinimo === null)
    report(v, ind, {
      key: "valoreMinimo",
      severity: "error",
      rule: "indicatori.valoreMinimo.mancante",
      text: "la regola «soglia» richiede il valore minimo. Scriverlo, oppure scegliere un'altra regola.",
    });
  if (ind.regola === "progresso" && ind.valoreAnnoPrecedente === null)
    report(v, ind, {
      key: "valoreAnnoPrecedente",
      severity: "error",
      rule: "indicatori.valoreAnnoPrecedente.mancante",
      text: "la regola «progresso» parte dal valore dell'anno precedente. Scriverlo, oppure scegliere un'altra regola.",
    });
}

function justified(v: ModelCheck, ind: Indicatore): void {
  if (ind.nonValutabile && ind.motivoNonValutabile.trim() === "")
    report(v, ind, {
      key: "motivoNonValutabile",
      severity: "error",
      rule: "indicatori.nonValutabile.motivo",
      text: "l'indicatore è segnato come non valutabile senza motivo. Scrivere il motivo.",
    });
  if (ind.raggiungimentoForzato !== null && ind.motivazioneForzatura.trim() === "")
    report(v, ind, {
      key: "motivazioneForzatura",
      severity: "error",
      rule: "indicatori.forzatura.motivazione",
      text: `il raggiungimento è forzato a ${formatNumberIt(ind.raggiungimentoForzato)}% senza motivazione. Scrivere la motivazione.`,
    });
}

export const indicatorRules: Rule = (v) => {
  for (const ind of v.model.indicatori) {
    siNoValues(v, ind);
    needed(v, ind);
    justified(v, ind);
  }
};
