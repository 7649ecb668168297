/** Indicator rules: what the computation needs and what an evaluator must justify. */
import type { Indicatore } from "../../model/types";
import { formatNumberEn, formatNumberIt } from "../../text/numbers";
import { reportIndicatore as report, type ModelCheck, type Rule } from "../context";

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
      text: {
        it: `l'indicatore è di tipo si/no ma vale ${formatNumberIt(n)}. Scrivere 1 per «si» o 0 per «no».`,
        en: `the indicator is of type si/no (yes/no) but its value is ${formatNumberEn(n)}. Enter 1 for "si" (yes) or 0 for "no".`,
      },
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
      text: {
        it: "manca il valore atteso: il raggiungimento non si può calcolare. Scrivere il valore atteso.",
        en: "the expected value is missing: the achievement cannot be computed. Enter the expected value.",
      },
    });
  if (ind.regola === "soglia" && ind.valoreMinimo === null)
    report(v, ind, {
      key: "valoreMinimo",
      severity: "error",
      rule: "indicatori.valoreMinimo.mancante",
      text: {
        it: "la regola «soglia» richiede il valore minimo. Scriverlo, oppure scegliere un'altra regola.",
        en: 'the rule "soglia" (threshold) needs the minimum value. Enter it, or choose another rule.',
      },
    });
  if (ind.regola === "progresso" && ind.valoreAnnoPrecedente === null)
    report(v, ind, {
      key: "valoreAnnoPrecedente",
      severity: "error",
      rule: "indicatori.valoreAnnoPrecedente.mancante",
      text: {
        it: "la regola «progresso» parte dal valore dell'anno precedente. Scriverlo, oppure scegliere un'altra regola.",
        en: `the rule "progresso" (progress) starts from the previous year's value. Enter it, or choose another rule.`,
      },
    });
}

function justified(v: ModelCheck, ind: Indicatore): void {
  if (ind.nonValutabile && ind.motivoNonValutabile.trim() === "")
    report(v, ind, {
      key: "motivoNonValutabile",
      severity: "error",
      rule: "indicatori.nonValutabile.motivo",
      text: {
        it: "l'indicatore è segnato come non valutabile senza motivo. Scrivere il motivo.",
        en: "the indicator is marked as not assessable without a reason. Enter the reason.",
      },
    });
  if (ind.raggiungimentoForzato !== null && ind.motivazioneForzatura.trim() === "")
    report(v, ind, {
      key: "motivazioneForzatura",
      severity: "error",
      rule: "indicatori.forzatura.motivazione",
      text: {
        it: `il raggiungimento è forzato a ${formatNumberIt(ind.raggiungimentoForzato)}% senza motivazione. Scrivere la motivazione.`,
        en: `the achievement is forced to ${formatNumberEn(ind.raggiungimentoForzato)}% without a justification. Enter the justification.`,
      },
    });
}

export const indicatorRules: Rule = (v) => {
  for (const ind of v.model.indicatori) {
    siNoValues(v, ind);
    needed(v, ind);
    justified(v, ind);
  }
};
