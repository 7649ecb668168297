/** `confronta` for people: the differences in Italian, grouped by objective. */
import type { Change } from "../core/cycle/compare";
import { changeSubject, changeValues, changeVerb } from "../core/cycle/compare-text";
import { groupBy } from "../core/model/by-objective";
import { plural } from "./format";

function line(c: Change): string {
  const { before, after } = changeValues(c);
  if (c.kind === "modificato")
    return `${changeSubject(c)} ${changeVerb(c)}: ${c.field}: ${before} → ${after}`;
  const what = c.kind === "aggiunto" ? after : before;
  return `${changeSubject(c)} ${changeVerb(c)}${what ? `: ${what}` : ""}`;
}

/** `notes`: lines said after the title (e.g. the pairing of two years' codes). */
export function formatChanges(
  before: string,
  after: string,
  changes: readonly Change[],
  withSubjects: boolean,
  notes: readonly string[] = [],
): string {
  const compared = withSubjects
    ? "obiettivi, fasi, indicatori e soggetti"
    : "obiettivi, fasi e indicatori (i soggetti non sono confrontati)";
  const lines = [`Confronto tra ${before} (prima) e ${after} (dopo)`, ...notes];
  const groups = groupBy(changes, (c) => c.objective);
  for (const [objective, list] of groups) {
    lines.push("", `Obiettivo ${objective}`, ...list.map((c) => `  ${line(c)}`));
  }
  lines.push(
    "",
    changes.length === 0
      ? `Nessuna differenza: ${compared} coincidono.`
      : `${plural(changes.length, "differenza", "differenze")} in ` +
          `${plural(groups.size, "obiettivo", "obiettivi")}.`,
  );
  return `${lines.join("\n")}\n`;
}
