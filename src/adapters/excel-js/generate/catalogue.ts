/**
 * The formats of many schede drawn with few commands (pure). Schede repeat the same rows: the
 * header, one two-row block per phase, one per indicator. Every distinct run of row formats is
 * drawn once on a helper sheet (the catalogue) and each scheda takes its formats from there with
 * `Range.copyFrom(…, "Formats")` (ExcelApi 1.9), which copies styles, number formats and merges
 * and repeats the source when the destination is an exact multiple of it (like Excel's paste:
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)).
 * All the phases of a scheda then cost one command instead of seven merges and a style each.
 */
import type { SchedaLayout } from "../../../core/layout/types";
import { type StyleUse, cellUse } from "./cell-use";

/** One `copyFrom`: catalogue rows [source, source+rows) repeated `times` from row `target`. */
export interface RowCopy {
  /** 0-based rows */
  readonly source: number;
  readonly target: number;
  readonly rows: number;
  readonly times: number;
}

/** Rows of a layout that go into the catalogue, at catalogue row `at` (0-based). */
export interface CatalogueAddition {
  readonly from: number;
  readonly to: number;
  readonly at: number;
}

export interface Cover {
  readonly copies: readonly RowCopy[];
  readonly additions: readonly CatalogueAddition[];
  /** rows drawn directly on the scheda (they belong to a merge of several rows) */
  readonly direct: readonly number[];
}

/** Longest block (in rows) tried for repetition: a phase and an indicator take two rows. */
const MAX_PERIOD = 6;
const BLANK = 0;
/** a row that cannot be copied alone (part of a merge of several rows) */
const DIRECT = -1;

/**
 * What a row looks like, as a number: equal numbers, equal formats. Blank rows are 0; rows inside
 * a merge of several rows are -1 (drawn directly, since a copy of part of a merge fails).
 */
export function rowKinds(
  layout: SchedaLayout,
  ids: Map<string, number>,
  nameOf: (use: StyleUse) => string,
): number[] {
  const cols = layout.columns.length;
  const perRow: string[][] = layout.rows.map(() => Array<string>(cols).fill(""));
  // the same look as the sheet ops give the cell (cell-use.ts)
  for (const c of layout.cells) perRow[c.row - 1][c.col - 1] = nameOf(cellUse(layout, c));
  const direct = new Set<number>();
  for (const m of layout.merges) {
    if (m.bottom !== m.top) for (let r = m.top; r <= m.bottom; r++) direct.add(r - 1);
    else perRow[m.top - 1].push(`merge ${m.left}-${m.right}`);
  }
  return perRow.map((parts, r) => {
    if (direct.has(r)) return DIRECT;
    if (parts.every((p) => p === "")) return BLANK;
    const key = `${cols}#${parts.join(";")}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(key, id);
    }
    return id;
  });
}

/**
 * The catalogue of one generation: the row kinds drawn so far, in order. `cover` tells how to
 * draw a layout from it and which rows it must first add to it.
 */
export class FormatCatalogue {
  private readonly kinds: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly starts = new Map<number, number[]>();

  get size(): number {
    return this.kinds.length;
  }

  constructor(private readonly nameOf: (use: StyleUse) => string) {}

  cover(layout: SchedaLayout): Cover {
    const row = rowKinds(layout, this.ids, this.nameOf);
    const copies: RowCopy[] = [];
    const additions: CatalogueAddition[] = [];
    const direct: number[] = [];
    let i = 0;
    while (i < row.length) {
      if (row[i] === BLANK) {
        i++;
        continue;
      }
      if (row[i] === DIRECT) {
        direct.push(i++);
        continue;
      }
      const best = this.longest(row, i);
      if (best) {
        copies.push({ source: best.source, target: i, rows: best.rows, times: best.times });
        i += best.rows * best.times;
        continue;
      }
      // new formats: this row and the next ones the catalogue does not know, added as one run
      let j = i + 1;
      while (j < row.length && row[j] !== DIRECT && !this.starts.has(row[j])) j++;
      const at = this.append(row.slice(i, j));
      additions.push({ from: i, to: j - 1, at });
      copies.push({ source: at, target: i, rows: j - i, times: 1 });
      i = j;
    }
    return { copies, additions, direct };
  }

  private append(kinds: readonly number[]): number {
    const at = this.kinds.length;
    kinds.forEach((k, n) => {
      this.kinds.push(k);
      const list = this.starts.get(k) ?? [];
      list.push(at + n);
      this.starts.set(k, list);
    });
    return at;
  }

  /** The copy covering most rows from `i`: a long run as it is, or a short one repeated. */
  private longest(
    row: readonly number[],
    i: number,
  ): { source: number; rows: number; times: number } | null {
    let best: { source: number; rows: number; times: number } | null = null;
    for (const source of this.starts.get(row[i]) ?? []) {
      let same = 0;
      while (
        i + same < row.length &&
        source + same < this.kinds.length &&
        row[i + same] === this.kinds[source + same] &&
        row[i + same] !== DIRECT
      )
        same++;
      for (let rows = 1; rows <= same; rows++) {
        // past MAX_PERIOD only the whole match is tried: long runs do not repeat
        if (rows > MAX_PERIOD && rows !== same) continue;
        const times = repeats(row, i, rows);
        if (!best || rows * times > best.rows * best.times) best = { source, rows, times };
      }
    }
    return best;
  }
}

/** How many times row[i, i+rows) follows itself from i (at least once). */
function repeats(row: readonly number[], i: number, rows: number): number {
  let times = 1;
  for (;;) {
    const next = i + rows * times;
    if (next + rows > row.length) return times;
    for (let k = 0; k < rows; k++) if (row[next + k] !== row[i + k]) return times;
    times++;
  }
}
