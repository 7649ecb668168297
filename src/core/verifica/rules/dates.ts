/** Dates: real calendar dates, end not before start, within the plan year. */
import type { IsoDate, RowOrigin } from "../../model/types";
import type { TableId } from "../../schema/tables";
import { formatDateIt, isIsoDate } from "../../text/dates";
import { faseWho, type Rule, type ModelCheck } from "../context";

interface Span {
  readonly start: string;
  readonly end: string;
  readonly label: string;
}

interface Dated {
  readonly table: TableId;
  readonly record: Readonly<Record<string, unknown>> & { readonly origin?: RowOrigin };
  readonly objective: string;
  readonly who: string;
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
        text: `«${String(x)}» non è una data valida. Scrivere la data come gg/mm/aaaa.`,
      });
    } else if (d.inYear && Number(x.slice(0, 4)) !== year) {
      v.report({
        ...base,
        key,
        severity: "warning",
        rule: `${d.table}.data.fuori-anno`,
        text: `la data ${formatDateIt(x)} è fuori dall'anno del piano (${year}). Controllare l'anno.`,
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
      text: `la ${s.label} ${formatDateIt(end)} viene prima dell'inizio ${formatDateIt(start)}. Correggere una delle due date.`,
    });
  }
}

const MISSING_PLANNED = [
  ["inizioPrevista", "inizio prevista"],
  ["finePrevista", "fine prevista"],
] as const;

export const dateRules: Rule = (v) => {
  for (const f of v.model.fasi) {
    checkOne(v, {
      table: "fasi",
      record: f as unknown as Dated["record"],
      objective: f.obiettivo,
      who: faseWho(f),
      keys: ["inizioPrevista", "finePrevista", "inizioEffettiva", "fineEffettiva"],
      spans: [
        { start: "inizioPrevista", end: "finePrevista", label: "fine prevista" },
        { start: "inizioEffettiva", end: "fineEffettiva", label: "fine effettiva" },
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
        text: `manca la data di ${what}: l'avanzamento atteso non si può calcolare. Scrivere la data (gg/mm/aaaa).`,
      });
    }
  }
  for (const s of v.model.soggetti) {
    checkOne(v, {
      table: "soggetti",
      record: s as unknown as Dated["record"],
      objective: s.obiettivo,
      who: `${s.nominativo} in ${s.obiettivo}`,
      keys: ["dataInizio", "dataFine"],
      spans: [{ start: "dataInizio", end: "dataFine", label: "data di fine" }],
      orderSeverity: "warning",
      inYear: false,
    });
  }
};
