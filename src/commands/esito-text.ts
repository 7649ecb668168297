/**
 * What the dialog says about an outcome, in Italian or English. A small dictionary of its
 * own: the task pane's messages come with React, too heavy for a dialog of a few lines.
 * Problem and error messages come from the workbook checks and stay as they are (Italian).
 */
import { plural, type Plural } from "../core/text/plural";
import type { Esito, Lang } from "./esito-query";

export interface EsitoText {
  readonly title: string;
  /** the outcome in one sentence */
  readonly summary: string;
  /** the problem's cell and message, shown apart below the summary */
  readonly detail: {
    readonly label: string;
    readonly cell: string;
    readonly message: string;
  } | null;
  /** a last hint, after the detail */
  readonly note: string | null;
  readonly tone: "success" | "warning" | "error";
  readonly close: string;
}

interface Dictionary {
  readonly checkDone: string;
  readonly checkFailed: string;
  readonly noProblems: string;
  readonly errors: Plural;
  readonly warnings: Plural;
  readonly and: string;
  readonly selected: string;
  readonly fullList: string;
  readonly schedaDone: string;
  readonly schedaFailed: string;
  readonly schedaWritten: string;
  readonly selectRow: string;
  readonly nothing: string;
  readonly close: string;
}

const DICTIONARIES: Record<Lang, Dictionary> = {
  it: {
    checkDone: "Verifica completata",
    checkFailed: "Verifica non riuscita",
    noProblems: "Nessun problema trovato.",
    errors: { one: "1 errore", other: "{count} errori" },
    warnings: { one: "1 avviso", other: "{count} avvisi" },
    and: "e",
    selected: "Cella selezionata",
    fullList: "L'elenco completo è nel riquadro Schede PEG, sezione «Verifica».",
    schedaDone: "Scheda generata",
    schedaFailed: "Scheda non generata",
    schedaWritten: "Scheda {code} generata nel foglio «{sheet}».",
    selectRow:
      "Seleziona una riga di un obiettivo (fogli Obiettivi, Fasi, Indicatori o Soggetti) e premi di nuovo «Genera scheda».",
    nothing: "Nessun esito da mostrare.",
    close: "Chiudi",
  },
  en: {
    checkDone: "Check complete",
    checkFailed: "Check failed",
    noProblems: "No problems found.",
    errors: { one: "1 error", other: "{count} errors" },
    warnings: { one: "1 warning", other: "{count} warnings" },
    and: "and",
    selected: "Selected cell",
    fullList: "The full list is in the Schede PEG pane, «Verifica» section.",
    schedaDone: "Scheda generated",
    schedaFailed: "Scheda not generated",
    schedaWritten: "Scheda {code} generated in the sheet «{sheet}».",
    selectRow:
      "Select a row of an objective (sheets Obiettivi, Fasi, Indicatori or Soggetti) and press «Genera scheda» again.",
    nothing: "No result to show.",
    close: "Close",
  },
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) =>
    key in values ? String(values[key]) : all,
  );
}

export function esitoText(esito: Esito | null, lang: Lang): EsitoText {
  const d = DICTIONARIES[lang];
  const base = { detail: null, note: null, close: d.close };
  if (esito === null) return { ...base, title: "Schede PEG", summary: d.nothing, tone: "warning" };
  switch (esito.kind) {
    case "verifica": {
      if (esito.errors + esito.warnings === 0) {
        return { ...base, title: d.checkDone, summary: d.noProblems, tone: "success" };
      }
      const counts =
        `${fill(plural(esito.errors, d.errors), { count: esito.errors })} ${d.and} ` +
        `${fill(plural(esito.warnings, d.warnings), { count: esito.warnings })}.`;
      const detail =
        esito.cell === null
          ? null
          : { label: d.selected, cell: esito.cell, message: esito.message ?? "" };
      return {
        ...base,
        title: d.checkDone,
        summary: counts,
        note: d.fullList,
        detail,
        tone: esito.errors > 0 ? "error" : "warning",
      };
    }
    case "scheda":
      return {
        ...base,
        title: d.schedaDone,
        summary: fill(d.schedaWritten, { code: esito.code, sheet: esito.sheet }),
        tone: "success",
      };
    case "nessunaRiga":
      return { ...base, title: d.schedaFailed, summary: d.selectRow, tone: "warning" };
    case "errore":
      return {
        ...base,
        title: esito.command === "verifica" ? d.checkFailed : d.schedaFailed,
        summary: esito.message,
        tone: "error",
      };
  }
}
