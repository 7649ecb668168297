/**
 * `verifica` for people, in Italian or English: problems grouped by severity then objective,
 * then the results. The problems' messages come already in the language (core/verifica).
 */
import type { Esito } from "../core/compute/types";
import type { Lang } from "../core/text/lang";
import { formatNumber } from "../core/text/numbers";
import { plural as pluralForm, type Plural } from "../core/text/plural";
import type { ReportIssue, ReportResult, VerificaReport } from "./report";

/** 85.5 -> "85,5 %" ("85.5 %" in English), 100 -> "100 %", null -> "—" */
export function formatPercent(v: number | null, lang: Lang = "it"): string {
  return v === null ? "—" : `${formatNumber(Math.round(v * 10) / 10, lang)} %`;
}

/** the Italian form: 85.5 -> "85,5 %" */
export function formatPercentIt(v: number | null): string {
  return formatPercent(v, "it");
}

/** "1 obiettivo", "31 obiettivi"; "1,234 objectives" with `lang` "en" */
export function plural(n: number, one: string, many: string, lang: Lang = "it"): string {
  return `${formatNumber(n, lang)} ${pluralForm(n, { one, other: many })}`;
}

/** The words of the report in one language. */
interface ReportWords {
  readonly heading: (file: string) => string;
  readonly objectives: Plural;
  readonly phases: Plural;
  readonly indicators: Plural;
  readonly errors: string;
  readonly warnings: string;
  readonly objective: string;
  readonly general: string;
  readonly row: string;
  readonly results: string;
  readonly headers: readonly string[];
  readonly esito: (e: Esito) => string;
  readonly summary: (errors: number, warnings: number) => string;
}

const ESITO_EN: Record<Esito, string> = {
  "in linea": "on track",
  "in ritardo": "behind",
  critico: "critical",
  concluso: "completed",
  "non misurato": "not measured",
  sospeso: "suspended",
  annullato: "cancelled",
};

const WORDS: Record<Lang, ReportWords> = {
  it: {
    heading: (file) => `Verifica di «${file}»`,
    objectives: { one: "obiettivo", other: "obiettivi" },
    phases: { one: "fase", other: "fasi" },
    indicators: { one: "indicatore", other: "indicatori" },
    errors: "Errori",
    warnings: "Avvisi",
    objective: "Obiettivo",
    general: "Generale",
    row: "riga",
    results: "Risultati",
    headers: ["Obiettivo", "Avanz. fasi", "Ragg. indicatori", "Ragg. complessivo", "Stato"],
    esito: (e) => e,
    summary: (errors, warnings) => {
      const avvisi = plural(warnings, "avviso", "avvisi");
      if (errors === 0) return `Nessun errore${warnings > 0 ? `, ${avvisi}` : ""}.`;
      const found = `${errors === 1 ? "Trovato" : "Trovati"} ${plural(errors, "errore", "errori")}`;
      return (
        `${found}${warnings > 0 ? ` e ${avvisi}` : ""}: ` +
        "correggere le celle indicate e ripetere la verifica."
      );
    },
  },
  en: {
    heading: (file) => `Check of "${file}"`,
    objectives: { one: "objective", other: "objectives" },
    phases: { one: "phase", other: "phases" },
    indicators: { one: "indicator", other: "indicators" },
    errors: "Errors",
    warnings: "Warnings",
    objective: "Objective",
    general: "General",
    row: "row",
    results: "Results",
    headers: ["Objective", "Phase progress", "Indicators", "Overall", "Status"],
    esito: (e) => ESITO_EN[e],
    summary: (errors, warnings) => {
      const found = plural(warnings, "warning", "warnings", "en");
      if (errors === 0) return `No errors${warnings > 0 ? `, ${found}` : ""}.`;
      return (
        `Found ${plural(errors, "error", "errors", "en")}${warnings > 0 ? ` and ${found}` : ""}: ` +
        "fix the cells shown and run the check again."
      );
    },
  },
};

function counted(n: number, forms: Plural, lang: Lang): string {
  return plural(n, forms.one, forms.other, lang);
}

function where(i: ReportIssue, words: ReportWords): string {
  if (i.cell) return i.cell;
  if (i.sheet && i.row !== null) return `${i.sheet}, ${words.row} ${i.row}`;
  return i.sheet ?? "";
}

function groupByObjective(issues: readonly ReportIssue[]): Map<string | null, ReportIssue[]> {
  const groups = new Map<string | null, ReportIssue[]>();
  for (const i of issues) {
    const list = groups.get(i.objective) ?? [];
    list.push(i);
    groups.set(i.objective, list);
  }
  return groups;
}

function issueSection(title: string, issues: readonly ReportIssue[], words: ReportWords): string[] {
  if (issues.length === 0) return [];
  const lines = ["", `${title} (${issues.length})`];
  for (const [objective, list] of groupByObjective(issues)) {
    lines.push(`  ${objective ? `${words.objective} ${objective}` : words.general}`);
    for (const i of list) {
      // most messages already open with their cell: do not print it twice
      const at = where(i, words);
      const shown = at === "" || i.message.startsWith(at) ? i.message : `${at}  ${i.message}`;
      lines.push(`    ${shown}`);
    }
  }
  return lines;
}

function resultCells(r: ReportResult, lang: Lang): string[] {
  return [
    r.code,
    formatPercent(r.phaseProgress, lang),
    formatPercent(r.indicatorAchievement, lang),
    formatPercent(r.overall, lang),
    WORDS[lang].esito(r.status),
  ];
}

/** A plain-text table: text columns left-aligned, percentages right-aligned. */
function resultsTable(results: readonly ReportResult[], lang: Lang): string[] {
  const { headers, results: title } = WORDS[lang];
  const rows = [[...headers], ...results.map((r) => resultCells(r, lang))];
  const widths = headers.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]): string =>
    r
      .map((cell, c) =>
        c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
      )
      .join("  ")
      .trimEnd();
  return ["", title, line(rows[0]), ...rows.slice(1).map(line)];
}

export function formatHuman(report: VerificaReport, lang: Lang = "it"): string {
  const words = WORDS[lang];
  const errors = report.issues.filter((i) => i.severity === "error");
  const warnings = report.issues.filter((i) => i.severity === "warning");
  const { objectives, phases, indicators } = report.counts;
  const lines = [
    words.heading(report.file),
    `${counted(objectives, words.objectives, lang)}, ${counted(phases, words.phases, lang)}, ` +
      counted(indicators, words.indicators, lang),
    ...issueSection(words.errors, errors, words),
    ...issueSection(words.warnings, warnings, words),
    ...(report.results.length > 0 ? resultsTable(report.results, lang) : []),
    "",
    summary(errors.length, warnings.length, lang),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * "Nessun errore, 2 avvisi." / "Trovato 1 errore: …" / "Trovati 3 errori e 1 avviso: …";
 * "No errors, 2 warnings." / "Found 3 errors and 1 warning: …"
 */
export function summary(errors: number, warnings: number, lang: Lang = "it"): string {
  return WORDS[lang].summary(errors, warnings);
}
