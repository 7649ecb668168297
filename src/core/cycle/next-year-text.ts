/**
 * The words of the next year's report, in Italian and English, shared by `nuovo-anno` and the
 * pane's «Prepara l'anno successivo»: what was carried, what happened to the columns, what to
 * check by hand.
 */
import type { PegModel } from "../model/types";
import type { TableDef, ColumnDef } from "../schema/types";
import { quoted, type Lang } from "../text/lang";
import { formatNumber } from "../text/numbers";
import { plural } from "../text/plural";
import {
  CONCLUDED_STATES,
  columnsWithFate,
  emptiedBySeries,
  historyMoves,
  targetMoves,
  type CarriedCounts,
  type NextYearResult,
} from "./next-year";

/** The plan's year and the new one. */
export interface NextYearYears {
  readonly from: number;
  readonly to: number;
}

/** "1 obiettivo", "30 obiettivi" */
function count(n: number, one: string, other: string, lang: Lang): string {
  return `${formatNumber(n, lang)} ${plural(n, { one, other })}`;
}

/** "Riportati: 30 obiettivi, 53 fasi, 60 indicatori, 21 soggetti." */
export function carriedLine(carried: CarriedCounts, lang: Lang): string {
  const n = (v: number, one: string, other: string) => count(v, one, other, lang);
  return lang === "en"
    ? `Carried over: ${n(carried.objectives, "objective", "objectives")}, ` +
        `${n(carried.phases, "phase", "phases")}, ${n(carried.indicators, "indicator", "indicators")}, ` +
        `${n(carried.subjects, "person", "people")}.`
    : `Riportati: ${n(carried.objectives, "obiettivo", "obiettivi")}, ` +
        `${n(carried.phases, "fase", "fasi")}, ${n(carried.indicators, "indicatore", "indicatori")}, ` +
        `${n(carried.subjects, "soggetto", "soggetti")}.`;
}

/** "Fasi (Inizio previsto, Fine prevista), Soggetti (Data inizio, Data fine)" */
function byTable(tables: readonly { def: TableDef; columns: ColumnDef[] }[]): string {
  return tables
    .map((t) => `${t.def.sheet} (${t.columns.map((c) => c.header).join(", ")})`)
    .join(", ");
}

/** "un anno", "2 anni"; "one year", "2 years" */
function yearsText(n: number, lang: Lang): string {
  if (lang === "en") return n === 1 ? "one year" : `${n} years`;
  return n === 1 ? "un anno" : `${n} anni`;
}

/** What happened to the columns, the log and the settings, one line each. */
export function fateLines(result: NextYearResult, years: NextYearYears, lang: Lang): string[] {
  const q = (text: string) => quoted(text, lang);
  const shift = years.to - years.from;
  const moves = historyMoves(shift)
    .map((m) => `${q(m.from.header)} → ${q(m.to.header)}`)
    .join(", ");
  const targets = targetMoves(shift)
    .map((m) => `${q(m.from.header)} → ${q(m.to.header)}`)
    .join(", ");
  const emptied = byTable(
    columnsWithFate((f) => f.kind === "emptied" || emptiedBySeries(f, shift)),
  );
  const dates = byTable(columnsWithFate((f) => f.kind === "date"));
  const month = result.model.impostazioni.periodoRiferimento;
  const log = (one: string, other: string) => count(result.emptiedLog, one, other, lang);
  return lang === "en"
    ? [
        `Dates moved by ${yearsText(shift, "en")}: ${dates}.`,
        `Values of the previous years: ${moves || "none (too many years apart)"}.`,
        `Targets of the next years, where filled: ${targets || "none (too many years apart)"}.`,
        `Columns emptied: ${emptied}.`,
        `Rilevazioni log: ${log("row not carried over", "rows not carried over")}.`,
        `Impostazioni: year ${years.to}, reference month ${month}, no month closed.`,
      ]
    : [
        `Date spostate di ${yearsText(shift, "it")}: ${dates}.`,
        `Valori degli anni precedenti: ${moves || "nessuno (troppi anni di distanza)"}.`,
        `Valori attesi degli anni dopo, dove compilati: ${targets || "nessuno (troppi anni di distanza)"}.`,
        `Colonne svuotate: ${emptied}.`,
        `Registro Rilevazioni: ${log("riga non riportata", "righe non riportate")}.`,
        `Impostazioni: anno ${years.to}, mese di riferimento ${month}, nessun mese chiuso.`,
      ];
}

/**
 * What to check by hand in the new plan: concluded objectives carried with their state (and
 * `leaveOut`, in `lang`, how to leave them out where the report is read), a «vista» naming the
 * old year.
 */
export function checkLines(
  source: PegModel,
  years: NextYearYears,
  withoutConcluded: boolean,
  leaveOut: string,
  lang: Lang,
): string[] {
  const concluded = source.obiettivi.filter((o) => o.stato && CONCLUDED_STATES.includes(o.stato));
  const n = (one: string, other: string) => count(concluded.length, one, other, lang);
  const check: string[] = [];
  if (!withoutConcluded && concluded.length > 0)
    check.push(
      lang === "en"
        ? `${n("completed or cancelled objective was", "completed or cancelled objectives were")} ` +
            `carried over with its state; ${leaveOut}.`
        : `${n("obiettivo concluso o annullato è stato riportato", "obiettivi conclusi o annullati sono stati riportati")} ` +
            `con il suo stato; ${leaveOut}.`,
    );
  const vista = source.impostazioni.vista;
  if (vista.includes(String(years.from)))
    check.push(
      lang === "en"
        ? `the setting "vista" is still "${vista}".`
        : `l'impostazione «vista» è rimasta «${vista}».`,
    );
  return check;
}
