/** Phase weights: each present and those of one existing objective summing to 100. */
import { formatNumberIt } from "../../text/numbers";
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
          ? ` Le altre fasi dell'obiettivo pesano ${formatNumberIt(sum)}: mancano ${formatNumberIt(100 - sum)}.`
          : "";
      v.report({
        table: "fasi",
        record: f,
        key: "peso",
        severity: "error",
        rule: "fasi.peso.mancante",
        text: `manca il peso della fase ${f.numero}. Scrivere un numero da 0 a 100: i pesi delle fasi di un obiettivo sommano a 100.${rest}`,
        objective: codice || null,
        who: faseWho(f),
      });
    }
    if (present.length !== fasi.length || Math.abs(sum - 100) <= WEIGHT_TOLERANCE) continue;
    const list = fasi
      .map((f) => `fase ${f.numero}: ${formatNumberIt(f.peso as number)}`)
      .join(", ");
    v.report({
      table: "fasi",
      record: fasi[0],
      key: "peso",
      severity: "error",
      rule: "obiettivi.pesi-fasi.somma",
      text: `i pesi delle fasi dell'obiettivo ${codice} sommano a ${formatNumberIt(sum)} invece di 100 (${list}). Correggere i pesi perché la somma sia 100.`,
      objective: codice || null,
      who: faseWho(fasi[0]),
    });
  }
};
