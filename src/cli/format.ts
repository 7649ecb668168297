/** `verifica` for people: Italian text, problems grouped by severity then objective. */
import { formatNumberIt } from "../core/text/numbers";
import type { ReportIssue, ReportResult, VerificaReport } from "./report";

/** 85.5 -> "85,5 %", 100 -> "100 %", null -> "—" */
export function formatPercentIt(v: number | null): string {
  return v === null ? "—" : `${formatNumberIt(Math.round(v * 10) / 10)} %`;
}

/** "1 obiettivo", "31 obiettivi" */
export function plural(n: number, one: string, many: string): string {
  return `${formatNumberIt(n)} ${n === 1 ? one : many}`;
}

function where(i: ReportIssue): string {
  if (i.cell) return i.cell;
  if (i.sheet && i.row !== null) return `${i.sheet}, riga ${i.row}`;
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

function issueSection(title: string, issues: readonly ReportIssue[]): string[] {
  if (issues.length === 0) return [];
  const lines = ["", `${title} (${issues.length})`];
  for (const [objective, list] of groupByObjective(issues)) {
    lines.push(`  ${objective ? `Obiettivo ${objective}` : "Generale"}`);
    for (const i of list) {
      // most messages already open with their cell: do not print it twice
      const at = where(i);
      const shown = at === "" || i.message.startsWith(at) ? i.message : `${at}  ${i.message}`;
      lines.push(`    ${shown}`);
    }
  }
  return lines;
}

const HEADERS = ["Obiettivo", "Avanz. fasi", "Ragg. indicatori", "Ragg. complessivo", "Stato"];

function resultCells(r: ReportResult): string[] {
  return [
    r.code,
    formatPercentIt(r.phaseProgress),
    formatPercentIt(r.indicatorAchievement),
    formatPercentIt(r.overall),
    r.status,
  ];
}

/** A plain-text table: text columns left-aligned, percentages right-aligned. */
function resultsTable(results: readonly ReportResult[]): string[] {
  const rows = [HEADERS, ...results.map(resultCells)];
  const widths = HEADERS.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]): string =>
    r
      .map((cell, c) =>
        c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]),
      )
      .join("  ")
      .trimEnd();
  return ["", "Risultati", line(rows[0]), ...rows.slice(1).map(line)];
}

export function formatHuman(report: VerificaReport): string {
  const errors = report.issues.filter((i) => i.severity === "error");
  const warnings = report.issues.filter((i) => i.severity === "warning");
  const { objectives, phases, indicators } = report.counts;
  const lines = [
    `Verifica di «${report.file}»`,
    `${plural(objectives, "obiettivo", "obiettivi")}, ${plural(phases, "fase", "fasi")}, ` +
      `${plural(indicators, "indicatore", "indicatori")}`,
    ...issueSection("Errori", errors),
    ...issueSection("Avvisi", warnings),
    ...(report.results.length > 0 ? resultsTable(report.results) : []),
    "",
    summary(errors.length, warnings.length),
  ];
  return `${lines.join("\n")}\n`;
}

/** "Nessun errore, 2 avvisi." / "Trovato 1 errore: …" / "Trovati 3 errori e 1 avviso: …" */
export function summary(errors: number, warnings: number): string {
  const avvisi = plural(warnings, "avviso", "avvisi");
  if (errors === 0) return `Nessun errore${warnings > 0 ? `, ${avvisi}` : ""}.`;
  const found = `${errors === 1 ? "Trovato" : "Trovati"} ${plural(errors, "errore", "errori")}`;
  return (
    `${found}${warnings > 0 ? ` e ${avvisi}` : ""}: ` +
    "correggere le celle indicate e ripetere la verifica."
  );
}
