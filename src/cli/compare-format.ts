/** `confronta` for people: the differences in Italian or English, grouped by objective. */
import type { Change } from "../core/cycle/compare";
import { changeLine } from "../core/cycle/compare-text";
import { groupBy } from "../core/model/by-objective";
import type { Lang } from "../core/text/lang";
import { plural } from "./format";

/** The words of the text output in one language. */
const WORDS = {
  it: {
    all: "obiettivi, fasi, indicatori e soggetti",
    noSubjects: "obiettivi, fasi e indicatori (i soggetti non sono confrontati)",
    title: (before: string, after: string) => `Confronto tra ${before} (prima) e ${after} (dopo)`,
    objective: "Obiettivo",
    none: (compared: string) => `Nessuna differenza: ${compared} coincidono.`,
    found: (changes: number, objectives: number) =>
      `${plural(changes, "differenza", "differenze")} in ` +
      `${plural(objectives, "obiettivo", "obiettivi")}.`,
  },
  en: {
    all: "objectives, phases, indicators and people",
    noSubjects: "objectives, phases and indicators (people are not compared)",
    title: (before: string, after: string) =>
      `Comparison of ${before} (before) and ${after} (after)`,
    objective: "Objective",
    none: (compared: string) => `No differences: ${compared} are the same.`,
    found: (changes: number, objectives: number) =>
      `${plural(changes, "difference", "differences", "en")} in ` +
      `${plural(objectives, "objective", "objectives", "en")}.`,
  },
} as const;

/** `notes`: lines said after the title (e.g. the pairing of two years' codes). */
export function formatChanges(
  before: string,
  after: string,
  changes: readonly Change[],
  withSubjects: boolean,
  notes: readonly string[] = [],
  lang: Lang = "it",
): string {
  const w = WORDS[lang];
  const lines = [w.title(before, after), ...notes];
  const groups = groupBy(changes, (c) => c.objective);
  for (const [objective, list] of groups) {
    lines.push("", `${w.objective} ${objective}`, ...list.map((c) => `  ${changeLine(c, lang)}`));
  }
  lines.push(
    "",
    changes.length === 0
      ? w.none(withSubjects ? w.all : w.noSubjects)
      : w.found(changes.length, groups.size),
  );
  return `${lines.join("\n")}\n`;
}
