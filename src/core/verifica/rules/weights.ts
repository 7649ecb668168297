/** Phase weights: each present and those of one existing objective summing to 100. */
import { formatNumberEn, formatNumberIt } from "../../text/numbers";
import { faseWho, type Rule } from "../context";
import { groupByObjective } from "../../model/by-objective";

/** the weights of an objective may differ from 100 by rounding only */
export const WEIGHT_TOLERANCE = 0.01;

const isNumber = (n: number | null): n is number => typeof n === "number" && Number.isFinite(n);

export const phaseWeights: Rule = (v) => {
  const known = new Set(v.model.obiettivi.map((o) => o.codice));
  for (const [codice, fasi] of groupByObjective(v.model.fasi)) {
    // phases of a missing objective are reported once, as orphans: their weights count nowhere
    if (!known.has(codice)) continue;
    const present = fasi.filter((f) => isNumber(f.peso));
    const sum = present.reduce((s, f) => s + (f.peso as number), 0);
    for (const f of fasi) {
      if (isNumber(f.peso)) continue;
      const rest =
        present.length > 0
          ? {
              it: ` Le altre fasi dell'obiettivo pesano ${formatNumberIt(sum)}: mancano ${formatNumberIt(100 - sum)}.`,
              en: ` The objective's other phases weigh ${formatNumberEn(sum)}: ${formatNumberEn(100 - sum)} are missing.`,
            }
          : { it: "", en: "" };
      v.report({
        table: "fasi",
        record: f,
        key: "peso",
        severity: "error",
        rule: "fasi.peso.mancante",
        text: {
          it: `manca il peso della fase ${f.numero}. Scrivere un numero da 0 a 100: i pesi delle fasi di un obiettivo sommano a 100.${rest.it}`,
          en: `the weight of phase ${f.numero} is missing. Enter a number from 0 to 100: the weights of an objective's phases add up to 100.${rest.en}`,
        },
        objective: codice || null,
        who: faseWho(f),
      });
    }
    if (present.length !== fasi.length || Math.abs(sum - 100) <= WEIGHT_TOLERANCE) continue;
    const list = (phase: string, format: (n: number) => string): string =>
      fasi.map((f) => `${phase} ${f.numero}: ${format(f.peso as number)}`).join(", ");
    v.report({
      table: "fasi",
      record: fasi[0],
      key: "peso",
      severity: "error",
      rule: "obiettivi.pesi-fasi.somma",
      text: {
        it: `i pesi delle fasi dell'obiettivo ${codice} sommano a ${formatNumberIt(sum)} invece di 100 (${list("fase", formatNumberIt)}). Correggere i pesi perché la somma sia 100.`,
        en: `the weights of the phases of objective ${codice} add up to ${formatNumberEn(sum)} instead of 100 (${list("phase", formatNumberEn)}). Correct the weights so that they add up to 100.`,
      },
      objective: codice || null,
      who: faseWho(fasi[0]),
    });
  }
};
