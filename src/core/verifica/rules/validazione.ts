/**
 * The Nucleo di valutazione's validation of an objective: complete (a value with its date),
 * not a date or a note without the value, dated after the plan year began (the parser
 * reports a cell that is not a date), and still the value last logged (changing it needs a
 * motivazione in the log: rilevazione/validazione.ts).
 * The 0–100 bounds come from the schema (ranges.ts).
 */
import type { Obiettivo } from "../../model/types";
import { loggedNumber } from "../../rilevazione/history";
import { loggedValidazione } from "../../rilevazione/validazione";
import { sameValue } from "../../rilevazione/same";
import { formatDateIt } from "../../text/dates";
import type { Lang } from "../../text/lang";
import { formatNumber } from "../../text/numbers";
import { reportObiettivo as report, type ModelCheck, type Rule } from "../context";

function complete(v: ModelCheck, o: Obiettivo): void {
  if (o.raggiungimentoValidato !== null) {
    if (o.dataValidazione === null)
      report(v, o, {
        key: "dataValidazione",
        severity: "error",
        rule: "obiettivi.dataValidazione.mancante",
        text: {
          it: "il raggiungimento è validato dal Nucleo ma manca la data della validazione. Scrivere la data (gg/mm/aaaa).",
          en: "the achievement is validated by the Nucleo but the validation date is missing. Enter the date (dd/mm/yyyy).",
        },
      });
    return;
  }
  const dated = o.dataValidazione !== null;
  if (dated || o.notaNucleo.trim() !== "")
    report(v, o, {
      key: "raggiungimentoValidato",
      severity: "warning",
      rule: "obiettivi.validazione.senza-valore",
      text: {
        it: `${dated ? "c'è la data della validazione" : "c'è la nota del Nucleo"} ma manca il raggiungimento validato. Scrivere il valore validato, oppure svuotare la ${dated ? "data" : "nota"}.`,
        en: `${dated ? "there is a validation date" : "there is a Nucleo note"} but no validated achievement. Enter the validated value, or clear the ${dated ? "date" : "note"}.`,
      },
    });
}

function dated(v: ModelCheck, o: Obiettivo): void {
  const d = o.dataValidazione;
  if (d === null) return;
  const year = v.yearOf(o.codice);
  if (Number(d.slice(0, 4)) < year)
    report(v, o, {
      key: "dataValidazione",
      severity: "warning",
      rule: "obiettivi.dataValidazione.prima-del-piano",
      text: {
        it: `la validazione del ${formatDateIt(d)} viene prima dell'anno del piano (${year}). Controllare l'anno.`,
        en: `the validation of ${formatDateIt(d)} comes before the plan's year (${year}). Check the year.`,
      },
    });
}

function logged(v: ModelCheck, o: Obiettivo): void {
  const last = loggedValidazione(v.model.rilevazioni, o.codice);
  if (last === undefined) return;
  const inLog = loggedNumber(last.valoreNuovo);
  if (sameValue(inLog, o.raggiungimentoValidato)) return;
  const shown = (n: number | null, lang: Lang) =>
    n === null ? (lang === "it" ? "vuoto" : "empty") : `${formatNumber(n, lang)}%`;
  report(v, o, {
    key: "raggiungimentoValidato",
    severity: "warning",
    rule: "obiettivi.raggiungimentoValidato.non-registrato",
    text: {
      it:
        `il raggiungimento validato è ${shown(o.raggiungimentoValidato, "it")} ma il registro Rilevazioni ` +
        `ha ${shown(inLog, "it")}: è stato cambiato senza motivazione. Rimettere il valore registrato, ` +
        "oppure cambiarlo con la motivazione (schede-peg valida … --motivazione).",
      en:
        `the validated achievement is ${shown(o.raggiungimentoValidato, "en")} but the Rilevazioni log ` +
        `has ${shown(inLog, "en")}: it was changed without a reason. Put the logged value back, ` +
        "or change it with a reason (schede-peg valida … --motivazione).",
    },
  });
}

export const validazioneRules: Rule = (v) => {
  for (const o of v.model.obiettivi) {
    complete(v, o);
    dated(v, o);
    logged(v, o);
  }
};
