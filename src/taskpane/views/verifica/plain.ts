/**
 * A problem as a clerk reads it: what is wrong first, in words; where it is comes after, as
 * a link. The core starts its messages with the place ("Fasi!H27 (Peso): manca…"), which is
 * what the command line prints; the pane shows the place apart.
 */
import type { Problem } from "../../../core/verifica/problem";
import { addToGroup } from "../../../core/model/by-objective";

/** the message without the leading "Fasi!H27 (Peso): " or "Fasi, riga 12: ", capitalised */
export function plainMessage(p: Problem): string {
  const places = [p.cell, p.sheet && p.row !== null ? `${p.sheet}, riga ${p.row}` : null]
    .filter((x): x is string => x !== null)
    .flatMap((place) => (p.column ? [`${place} (${p.column}): `, `${place}: `] : [`${place}: `]));
  const prefix = places.find((x) => p.message.startsWith(x));
  const rest = prefix ? p.message.slice(prefix.length) : p.message;
  return rest.charAt(0).toLocaleUpperCase("it-IT") + rest.slice(1);
}

/** a problem as listed: the other problems of its cell, said after it, and their fix */
export interface Entry extends Problem {
  readonly also: readonly Problem[];
}

/**
 * One entry per cell: the error leads when a cell has an error and a warning; the others are
 * said after it, and a fix any of them proposes stays on the entry. Problems without a cell
 * are entries of their own.
 */
export function onePerCell(problems: readonly Problem[]): Entry[] {
  const byCell = new Map<string, Problem[]>();
  for (const p of problems) if (p.cell) addToGroup(byCell, p.cell, p);
  const entries: Entry[] = [];
  for (const p of problems) {
    if (!p.cell) {
      entries.push({ ...p, also: [] });
      continue;
    }
    const same = byCell.get(p.cell) ?? [p];
    const lead = same.find((x) => x.severity === "error") ?? same[0];
    if (lead !== p) continue;
    const fix = p.fix ?? same.find((x) => x.fix)?.fix;
    entries.push({ ...p, ...(fix ? { fix } : {}), also: same.filter((x) => x !== p) });
  }
  return entries;
}
