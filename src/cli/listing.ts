/** Long lists in the text reports: the first few items, then how many more there are. */

const SHOWN = 10;

/** At most ten items, then the line `more(rest)` saying how many were left out. */
export function firstItems(items: readonly string[], more: (rest: number) => string): string[] {
  if (items.length <= SHOWN) return [...items];
  return [...items.slice(0, SHOWN), more(items.length - SHOWN)];
}
