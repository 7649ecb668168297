/**
 * Quality checks for the PIAO (docs/piao.md): warnings only, never errors, since the ente
 * decides; switched off as a group by the «controlliQualita» setting. A rule on an optional
 * column runs only when the workbook has that column and the settings show it; a column that
 * is there but empty in every row gets one warning instead of one per indicator.
 */
import type { Indicatore, Obiettivo } from "../../model/types";
import { objectiveIndex } from "../../model/by-objective";
import { AMBITI_TRASVERSALI } from "../../schema/enums";
import { hiddenBySettings } from "../../schema/settings";
import { INDICATORI } from "../../schema/tables";
import { formatDateIt } from "../../text/dates";
import type { Texts } from "../../text/lang";
import { formatNumberEn, formatNumberIt } from "../../text/numbers";
import { indicatoreWho, obiettivoWho, type Finding, type ModelCheck, type Rule } from "../context";
import { isSiNo } from "./indicators";

type Issue = Pick<Finding, "key" | "rule" | "text">;

function onIndicatore(v: ModelCheck, ind: Indicatore, issue: Issue): void {
  v.report({
    ...issue,
    severity: "warning",
    table: "indicatori",
    record: ind,
    objective: ind.obiettivo || null,
    who: indicatoreWho(ind),
  });
}

function onObiettivo(v: ModelCheck, o: Obiettivo, issue: Issue): void {
  v.report({
    ...issue,
    severity: "warning",
    table: "obiettivi",
    record: o,
    objective: o.codice || null,
    who: obiettivoWho(o),
  });
}

/** The PIAO fields every measurable indicator should have, with what to write. */
const WANTED: readonly (readonly [keyof Indicatore, Texts])[] = [
  [
    "baseline",
    {
      it: "manca la baseline (il valore di partenza). Scriverla, con il suo anno.",
      en: "the baseline (the starting value) is missing. Enter it, with its year.",
    },
  ],
  [
    "valoreAttesoAnnoDopo",
    {
      it: "manca il valore atteso per l'anno dopo: il PIAO chiede i valori attesi dei tre anni.",
      en: "the expected value for the next year is missing: the PIAO asks for the expected values of the three years.",
    },
  ],
  [
    "valoreAttesoDueAnniDopo",
    {
      it: "manca il valore atteso per il secondo anno dopo: il PIAO chiede i valori attesi dei tre anni.",
      en: "the expected value for the second year after is missing: the PIAO asks for the expected values of the three years.",
    },
  ],
  [
    "fonte",
    {
      it: "manca la fonte dei dati. Scrivere da dove viene il valore (ufficio, banca dati).",
      en: "the data source is missing. Enter where the value comes from (office, database).",
    },
  ],
];

const isEmpty = (x: unknown): boolean => x === null || x === "";

/** A si/no indicator has no baseline or multi-year target to ask for: only its source. */
const appliesTo = (key: keyof Indicatore, ind: Indicatore): boolean =>
  !ind.nonValutabile && (key === "fonte" || !isSiNo(ind));

/**
 * One warning per failing row, or a single one when every concerned row fails (more than
 * one): a whole column left empty, or a habit of the whole plan, is one thing to fix.
 */
function eachOrAll<T>(
  concerned: readonly T[],
  failing: readonly T[],
  each: (t: T) => void,
  all: () => void,
): void {
  if (failing.length === 0) return;
  if (failing.length === concerned.length && concerned.length > 1) all();
  else failing.forEach(each);
}

function indicatorFields(v: ModelCheck): void {
  const imp = v.model.impostazioni;
  for (const [key, text] of WANTED) {
    const col = INDICATORI.columns.find((c) => c.key === key);
    if (!col || !v.hasColumn("indicatori", key) || hiddenBySettings(col, imp)) continue;
    const concerned = v.model.indicatori.filter((ind) => appliesTo(key, ind));
    eachOrAll(
      concerned,
      concerned.filter((ind) => isEmpty(ind[key])),
      (ind) => onIndicatore(v, ind, { key, rule: `qualita.${key}`, text }),
      () =>
        v.reportColumn("indicatori", key, {
          severity: "warning",
          rule: "qualita.colonna.vuota",
          text: {
            it: `la colonna è vuota per tutti gli indicatori (${concerned.length}). Per il PIAO compilarla, oppure togliere la spunta a «Controlli di qualità (PIAO)».`,
            en: `the column is empty for every indicator (${concerned.length}). For the PIAO fill it in, or untick "Controlli di qualità (PIAO)" (quality checks).`,
          },
        }),
    );
  }
}

/** The same target as last year on an indicator that should grow is no improvement. */
function sameTarget(v: ModelCheck, ind: Indicatore): void {
  const { valoreAtteso: atteso, valoreAnnoPrecedente: prima } = ind;
  if (ind.nonValutabile || ind.polarita !== "crescente" || isSiNo(ind)) return;
  if (atteso === null || atteso !== prima) return;
  // a full 100 % cannot grow: keeping it is the target
  if (ind.unita === "percentuale" && atteso >= 100) return;
  onIndicatore(v, ind, {
    key: "valoreAtteso",
    rule: "qualita.atteso.uguale",
    text: {
      it: `il valore atteso (${formatNumberIt(atteso)}) è uguale al valore dell'anno precedente su un indicatore crescente: non chiede un miglioramento. Controllare il valore atteso.`,
      en: `the expected value (${formatNumberEn(atteso)}) equals the previous year's value on an increasing indicator: it asks for no improvement. Check the expected value.`,
    },
  });
}

function indicatorsOf(v: ModelCheck, o: Obiettivo): void {
  const list = objectiveIndex(v.model).indicatori.get(o.codice) ?? [];
  if (list.length === 0)
    onObiettivo(v, o, {
      key: "codice",
      rule: "qualita.obiettivo.senza-indicatori",
      text: {
        it: "l'obiettivo non ha indicatori: il suo risultato non si può misurare. Aggiungere almeno un indicatore nel foglio Indicatori.",
        en: "the objective has no indicators: its result cannot be measured. Add at least one indicator on the Indicatori sheet.",
      },
    });
  else if (list.every(isSiNo))
    onObiettivo(v, o, {
      key: "codice",
      rule: "qualita.obiettivo.solo-sino",
      text: {
        it: `l'obiettivo ha solo indicatori si/no (${list.length}): dicono se è fatto, non quanto né come. Aggiungere un indicatore misurabile (numero o percentuale).`,
        en: `the objective has only si/no (yes/no) indicators (${list.length}): they tell whether it is done, not how much or how. Add a measurable indicator (number or percentage).`,
      },
    });
}

/** Every phase ending on 31/12 (or without an end) gives no date to check during the year. */
function intermediateDates(v: ModelCheck, obiettivi: readonly Obiettivo[]): void {
  const fasi = objectiveIndex(v.model).fasi;
  const lastDay = (o: Obiettivo) => `${v.yearOf(o.codice)}-12-31`;
  const concerned = obiettivi.filter((o) => (fasi.get(o.codice) ?? []).length > 0);
  const failing = concerned.filter((o) =>
    (fasi.get(o.codice) ?? []).every((f) => !f.finePrevista || f.finePrevista === lastDay(o)),
  );
  const advice: Texts = {
    it: "durante l'anno non c'è una data su cui verificare l'avanzamento.",
    en: "during the year there is no date to check the progress against.",
  };
  eachOrAll(
    concerned,
    failing,
    (o) =>
      onObiettivo(v, o, {
        key: "codice",
        rule: "qualita.obiettivo.senza-scadenze",
        text: {
          it: `tutte le fasi dell'obiettivo finiscono il ${formatDateIt(lastDay(o))} o non hanno fine prevista: ${advice.it} Dare una fine prevista più vicina ad almeno una fase.`,
          en: `every phase of the objective ends on ${formatDateIt(lastDay(o))} or has no planned end: ${advice.en} Give at least one phase an earlier planned end.`,
        },
      }),
    () =>
      v.reportColumn("fasi", "finePrevista", {
        severity: "warning",
        rule: "qualita.obiettivo.senza-scadenze",
        text: {
          it: `in tutti gli obiettivi (${concerned.length}) ogni fase finisce il 31/12 o non ha fine prevista: ${advice.it} Dare fini previste intermedie alle fasi.`,
          en: `in every objective (${concerned.length}) each phase ends on 31/12 or has no planned end: ${advice.en} Give the phases intermediate planned ends.`,
        },
      }),
  );
}

export const qualityRules: Rule = (v) => {
  if (!v.model.impostazioni.controlliQualita) return;
  indicatorFields(v);
  for (const ind of v.model.indicatori) sameTarget(v, ind);
  // a cancelled objective asks for nothing more
  const live = v.model.obiettivi.filter((o) => o.stato !== "Annullato" && o.codice !== "");
  for (const o of live) indicatorsOf(v, o);
  intermediateDates(v, live);
};

const AMBITI = new Map(AMBITI_TRASVERSALI.map((a) => [a.toLocaleLowerCase("it"), a]));

/** The cross-cutting areas of an objective, as written; unknown ones are reported. */
export function ambitiOf(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The «Ambiti trasversali» cell holds several values, so Excel's list cannot check it. */
export const ambitiRule: Rule = (v) => {
  for (const o of v.model.obiettivi) {
    const unknown = ambitiOf(o.ambiti).filter((a) => !AMBITI.has(a.toLocaleLowerCase("it")));
    if (unknown.length === 0) continue;
    const allowed = AMBITI_TRASVERSALI.join("; ");
    v.report({
      table: "obiettivi",
      record: o,
      key: "ambiti",
      severity: "warning",
      rule: "obiettivi.ambiti.non-ammesso",
      text: {
        it: `${unknown.map((a) => `«${a}»`).join(", ")} non è tra gli ambiti trasversali. Scegliere tra: ${allowed} (separati da «;»).`,
        en: `${unknown.map((a) => `"${a}"`).join(", ")} is not among the cross-cutting areas. Choose among: ${allowed} (separated by ";").`,
      },
      objective: o.codice || null,
      who: obiettivoWho(o),
    });
  }
};
