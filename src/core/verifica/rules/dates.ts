/** Dates: real calendar dates, end not before start, within the plan year. */
import type { IsoDate, RowOrigin } from "../../model/types";
import type { TableId } from "../../schema/tables";
import { formatDateIt, isIsoDate } from "../../text/dates";
import type { Texts } from "../../text/lang";
import { faseWho, soggettoWho, type Rule, type ModelCheck } from "../context";

interface Span {
  readonly start: string;
  readonly end: string;
  /** the end date named in the message: "la fine prevista" */
  readonly label: Texts;
}

interface Dated {
  readonly table: TableId;
  readonly record: Readonly<Record<string, unknown>> & { readonly origin?: RowOrigin };
  readonly objective: string;
  readonly who: Texts;
  readonly keys: readonly string[];
  readonly spans: readonly Span[];
  /** people may join an objective before its year: only phases are held to the year */
  readonly inYear: boolean;
  /** "error" when a wrong order breaks the computation (expected progress of phases) */
  readonly orderSeverity: "error" | "warning";
}

function asDate(x: unknown): IsoDate | null {
  return isIsoDate(x) ? x : null;
}

function checkOne(v: ModelCheck, d: Dated): void {
  const base = { table: d.table, record: d.record, objective: d.objective || null, who: d.who };
  const year = v.yearOf(d.objective);
  for (const key of d.keys) {
    const x = d.record[key];
    if (x === null || x === undefined) continue;
    if (!isIsoDate(x)) {
      v.report({
        ...base,
        key,
        severity: "error",
        rule: `${d.table}.${key}.non-valida`,
        text: {
          it: `«${String(x)}» non è una data valida. Scrivere la data come gg/mm/aaaa.`,
          en: `"${String(x)}" is not a valid date. Enter the date as dd/mm/yyyy.`,
        },
      });
    } else if (d.inYear && Number(x.slice(0, 4)) !== year) {
      v.report({
        ...base,
        key,
        severity: "warning",
        rule: `${d.table}.data.fuori-anno`,
        text: {
          it: `la data ${formatDateIt(x)} è fuori dall'anno del piano (${year}). Controllare l'anno.`,
          en: `the date ${formatDateIt(x)} is outside the plan's year (${year}). Check the year.`,
        },
      });
    }
  }
  for (const s of d.spans) {
    const start = asDate(d.record[s.start]);
    const end = asDate(d.record[s.end]);
    if (start === null || end === null || end >= start) continue;
    v.report({
      ...base,
      key: s.end,
      severity: d.orderSeverity,
      rule: `${d.table}.date.ordine`,
      text: {
        it: `la ${s.label.it} ${formatDateIt(end)} viene prima dell'inizio ${formatDateIt(start)}. Correggere una delle due date.`,
        en: `the ${s.label.en} ${formatDateIt(end)} comes before the start ${formatDateIt(start)}. Correct one of the two dates.`,
      },
    });
  }
}

const MISSING_PLANNED: readonly (readonly ["inizioPrevista" | "finePrevista", Texts])[] = [
  ["inizioPrevista", { it: "inizio prevista", en: "planned start" }],
  ["finePrevista", { it: "fine prevista", en: "planned end" }],
];

export const dateRules: Rule = (v) => {
  for (const f of v.model.fasi) {
    checkOne(v, {
      table: "fasi",
      record: f as unknown as Dated["record"],
      objective: f.obiettivo,
      who: faseWho(f),
      keys: ["inizioPrevista", "finePrevista", "inizioEffettiva", "fineEffettiva"],
      spans: [
        {
          start: "inizioPrevista",
          end: "finePrevista",
          label: { it: "fine prevista", en: "planned end" },
        },
        {
          start: "inizioEffettiva",
          end: "fineEffettiva",
          label: { it: "fine effettiva", en: "actual end" },
        },
      ],
      orderSeverity: "error",
      inYear: true,
    });
    for (const [key, what] of MISSING_PLANNED) {
      if (f[key] !== null) continue;
      v.report({
        table: "fasi",
        record: f,
        key,
        severity: "error",
        rule: `fasi.${key}.mancante`,
        objective: f.obiettivo || null,
        who: faseWho(f),
        text: {
          it: `manca la data di ${what.it}: l'avanzamento atteso non si può calcolare. Scrivere la data (gg/mm/aaaa).`,
          en: `the ${what.en} date is missing: the expected progress cannot be computed. Enter the date (dd/mm/yyyy).`,
        },
      });
    }
  }
  for (const s of v.model.soggetti) {
    checkOne(v, {
      table: "soggetti",
      record: s as unknown as Dated["record"],
      objective: s.obiettivo,
      who: soggettoWho(s),
      keys: ["dataInizio", "dataFine"],
      spans: [
        { start: "dataInizio", end: "dataFine", label: { it: "data di fine", en: "end date" } },
      ],
      orderSeverity: "warning",
      inYear: false,
    });
  }
};
