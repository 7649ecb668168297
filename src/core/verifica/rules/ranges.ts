/**
 * Numbers within the bounds the schema gives each column (percentages 0–100, weights ≥ 0,
 * numbers from 1, the year 2000–2100). The schema is the single source of the bounds.
 */
import type { PegModel, RowOrigin } from "../../model/types";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI, type TableId } from "../../schema/tables";
import type { ColumnDef, TableDef } from "../../schema/types";
import type { Severity } from "../problem";
import type { Lang, Texts } from "../../text/lang";
import { formatNumber } from "../../text/numbers";
import {
  faseWho,
  indicatoreWho,
  obiettivoWho,
  soggettoWho,
  type Rule,
  type ModelCheck,
} from "../context";

/** out of range here does not change any computed result */
const WARNING_ONLY = new Set(["soggetti.impegno", "obiettivi.anno"]);

function bounds(col: ColumnDef, lang: Lang): string {
  const n = (x: number): string => formatNumber(x, lang);
  const [from, to, up, upTo] =
    lang === "en" ? ["from", "to", "up", "up to"] : ["da", "a", "in su", "fino a"];
  if (col.min !== undefined && col.max !== undefined)
    return `${from} ${n(col.min)} ${to} ${n(col.max)}`;
  if (col.min !== undefined) return `${from} ${n(col.min)} ${up}`;
  return `${upTo} ${n(col.max as number)}`;
}

function outOfRange(n: number, col: ColumnDef, bad: boolean, fractional: boolean): Texts {
  if (bad)
    return {
      it: `il valore non è un numero. Scrivere un numero.`,
      en: `the value is not a number. Enter a number.`,
    };
  const [it, en] = [formatNumber(n, "it"), formatNumber(n, "en")];
  if (fractional)
    return {
      it: `${it} non è un numero intero. Scrivere un numero intero.`,
      en: `${en} is not a whole number. Enter a whole number.`,
    };
  return {
    it: `${it} è fuori dall'intervallo ammesso. Scrivere un numero ${bounds(col, "it")}.`,
    en: `${en} is outside the allowed range. Enter a number ${bounds(col, "en")}.`,
  };
}

function check<T extends { obiettivo?: string; codice?: string; origin?: RowOrigin }>(
  v: ModelCheck,
  def: TableDef,
  records: readonly T[],
  who: (r: T) => Texts,
): void {
  for (const col of def.columns) {
    if (!["number", "integer", "percent"].includes(col.type) || col.computed) continue;
    for (const r of records) {
      const n = (r as Record<string, unknown>)[col.key];
      if (n === null || n === undefined) continue;
      const bad = typeof n !== "number" || !Number.isFinite(n);
      const low = !bad && col.min !== undefined && (n as number) < col.min;
      const high = !bad && col.max !== undefined && (n as number) > col.max;
      const fractional = !bad && col.type === "integer" && !Number.isInteger(n);
      if (!bad && !low && !high && !fractional) continue;
      const id = `${def.id}.${col.key}`;
      const severity: Severity = WARNING_ONLY.has(id) ? "warning" : "error";
      const text = outOfRange(n as number, col, bad, fractional);
      v.report({
        table: def.id as TableId,
        record: r,
        key: col.key,
        severity,
        rule: `${id}.fuori-intervallo`,
        text,
        objective: (r.obiettivo ?? r.codice) || null,
        who: who(r),
      });
    }
  }
}

export const numericRanges: Rule = (v) => {
  const m: PegModel = v.model;
  check(v, OBIETTIVI, m.obiettivi, obiettivoWho);
  check(v, FASI, m.fasi, faseWho);
  check(v, INDICATORI, m.indicatori, indicatoreWho);
  check(v, SOGGETTI, m.soggetti, soggettoWho);
};
