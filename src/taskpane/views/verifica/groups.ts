/**
 * Problems grouped for the Verifica list: one per cell, errors before warnings, then by
 * objective.
 */
import type { Problem, Severity } from "../../../core/verifica/problem";
import { onePerCell, type Entry } from "./plain";
import { groupBy } from "../../../core/model/by-objective";

export interface ObjectiveGroup {
  /** null for problems of a whole table or of the settings */
  readonly objective: string | null;
  readonly problems: Entry[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly groups: ObjectiveGroup[];
  readonly count: number;
}

export function groupProblems(problems: readonly Problem[]): SeverityGroup[] {
  return (["error", "warning"] as const)
    .map((severity) => {
      const mine = onePerCell(problems).filter((p) => p.severity === severity);
      const byObjective = groupBy(mine, (p) => p.objective);
      const groups = [...byObjective.entries()]
        .map(([objective, list]) => ({ objective, problems: list }))
        // general problems first, then objectives by code
        .sort((a, b) =>
          a.objective === null
            ? -1
            : b.objective === null
              ? 1
              : a.objective.localeCompare(b.objective),
        );
      return { severity, groups, count: mine.length };
    })
    .filter((g) => g.count > 0);
}
