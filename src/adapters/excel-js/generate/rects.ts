/**
 * Groups the cells of a grid that share a key into few rectangles, so a format is sent once per
 * rectangle instead of once per cell (fewer commands, smaller payload).
 *
 * Greedy and deterministic: runs of equal keys along each row, then a run grows downwards while
 * the rows below hold exactly the same run.
 */
import { columnLetters } from "../../../core/schema/address";

/** 0-based, inclusive */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export interface KeyedRect<K> extends Rect {
  readonly key: K;
}

/** `grid[r][c]` is the key of a cell, or null for cells that take no format. */
export function groupRects<K extends string | number>(
  grid: readonly (readonly (K | null)[])[],
): KeyedRect<K>[] {
  const used = grid.map((row) => row.map(() => false));
  const out: KeyedRect<K>[] = [];
  const sameRun = (r: number, c0: number, c1: number, key: K): boolean => {
    const row = grid[r];
    if (!row) return false;
    for (let c = c0; c <= c1; c++) if (row[c] !== key || used[r][c]) return false;
    // the run must end where it ends above, or the rectangle would not be maximal per row
    return (c0 === 0 || row[c0 - 1] !== key) && (c1 + 1 >= row.length || row[c1 + 1] !== key);
  };
  grid.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const key = row[c];
      if (key === null || used[r][c]) {
        c++;
        continue;
      }
      let c1 = c;
      while (c1 + 1 < row.length && row[c1 + 1] === key && !used[r][c1 + 1]) c1++;
      let r1 = r;
      while (sameRun(r1 + 1, c, c1, key)) r1++;
      for (let rr = r; rr <= r1; rr++) for (let cc = c; cc <= c1; cc++) used[rr][cc] = true;
      out.push({ key, r0: r, c0: c, r1, c1 });
      c = c1 + 1;
    }
  });
  return out;
}

/** The most frequent non-null key (ties: the first met), or null for an empty grid. */
export function commonest<K extends string | number>(
  grid: readonly (readonly (K | null)[])[],
): K | null {
  const counts = new Map<K, number>();
  let best: K | null = null;
  let bestCount = 0;
  for (const row of grid) {
    for (const k of row) {
      if (k === null) continue;
      const n = (counts.get(k) ?? 0) + 1;
      counts.set(k, n);
      if (n > bestCount) {
        best = k;
        bestCount = n;
      }
    }
  }
  return best;
}

/** "A1:C4" style address of a 0-based rectangle. */
export function a1(rect: Rect): string {
  const tl = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  const br = `${columnLetters(rect.c1)}${rect.r1 + 1}`;
  return tl === br ? tl : `${tl}:${br}`;
}
