/**
 * The result of `verifica` as plain data: the same object is printed as JSON (--json) or
 * formatted for people (format.ts). Its shape is documented in docs/cli.md.
 */
import type { ComputeResult, Esito } from "../core/compute/types";
import type { PegModel } from "../core/model/types";
import type { Problem, Severity } from "../core/verifica/problem";

/** A problem as printed: everything but the proposed fix, which only the pane can apply. */
export type ReportIssue = Omit<Problem, "fix">;

export interface ReportResult {
  readonly code: string;
  readonly phaseProgress: number | null;
  readonly indicatorAchievement: number | null;
  readonly overall: number | null;
  readonly status: Esito;
}

export interface VerificaReport {
  readonly file: string;
  readonly counts: {
    readonly objectives: number;
    readonly phases: number;
    readonly indicators: number;
  };
  readonly issues: readonly ReportIssue[];
  readonly results: readonly ReportResult[];
}

/** Percentages keep two decimals: enough for any report, free of float noise. */
function pct(v: number | null): number | null {
  return v === null ? null : Math.round(v * 100) / 100;
}

function issueOf(p: Problem): ReportIssue {
  return {
    severity: p.severity,
    rule: p.rule,
    message: p.message,
    sheet: p.sheet,
    row: p.row,
    column: p.column,
    cell: p.cell,
    objective: p.objective,
  };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1 };

/** `localeCompare`'s order, without building the comparison at each call (thousands of issues) */
const collator = new Intl.Collator();

/** Errors first, then by objective (general problems last), sheet and row. */
function compareIssues(a: ReportIssue, b: ReportIssue): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    collator.compare(a.objective ?? "\uffff", b.objective ?? "\uffff") ||
    collator.compare(a.sheet ?? "", b.sheet ?? "") ||
    (a.row ?? 0) - (b.row ?? 0)
  );
}

/** The same finding reported twice (by the parser and by the model checks) is listed once. */
function unique(issues: readonly ReportIssue[]): ReportIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.rule}|${i.cell}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function buildReport(
  file: string,
  model: PegModel,
  problems: readonly Problem[],
  computed: ComputeResult,
): VerificaReport {
  return {
    file,
    counts: {
      objectives: model.obiettivi.length,
      phases: model.fasi.length,
      indicators: model.indicatori.length,
    },
    issues: unique(problems.map(issueOf)).sort(compareIssues),
    results: computed.objectives.map((o) => ({
      code: o.codice,
      phaseProgress: pct(o.phaseProgress),
      indicatorAchievement: pct(o.indicatorAchievement),
      overall: pct(o.overall),
      status: o.status,
    })),
  };
}

export function errorCount(report: VerificaReport): number {
  return report.issues.filter((i) => i.severity === "error").length;
}
