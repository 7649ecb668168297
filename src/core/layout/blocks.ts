/**
 * From rows grouped in blocks to a SchedaLayout: row heights from the text, cell positions,
 * merges, and manual page breaks placed so that no block is split across pages.
 *
 * Pagination: every page has the same budget, the printable height minus the repeated
 * title rows (which also open page 1). A block that does not fit in what is left of the page
 * starts a new one; if it belongs to a table (phases, indicators…), the table's heading rows
 * (`continuation`) are repeated on top of it, like the printed report does.
 */
import type { CellStyle, LayoutCell, Merge, SchedaLayout, StyleId } from "./types";
import { MAX_ROW_HEIGHT, pixelCeil, textHeight } from "./measure";
import { pageBudgetPt, pageSpec } from "./page";
import { isFormulaLike } from "../schema/rows";
import { addToGroup } from "../model/by-objective";

export interface CellSpec {
  /** 1-based first column */
  readonly col: number;
  /** columns spanned (merged across), default 1 */
  readonly span?: number;
  readonly value: string | number | null;
  readonly style: StyleId;
  readonly numberFormat?: string;
  readonly link?: string;
  /** the text comes from the data (checked for formula-like starts) */
  readonly data?: boolean;
}

export interface RowSpec {
  readonly cells: readonly CellSpec[];
  /** at least this tall (points), e.g. for spacer or title rows */
  readonly minHeight?: number;
  /** an empty spacer: left out when its block opens a page */
  readonly collapsible?: boolean;
  /** a name for the row, so data about the sheet (a chart's ranges) can find where it landed */
  readonly tag?: string;
}

export interface Block {
  readonly rows: readonly RowSpec[];
  /** rows to repeat above this block when it opens a page */
  readonly continuation?: readonly RowSpec[];
}

export interface SheetSpec {
  readonly sheetName: string;
  readonly columns: readonly number[];
  readonly styles: Readonly<Record<StyleId, CellStyle>>;
  /** print titles: repeated on every page */
  readonly titleRows: readonly RowSpec[];
  readonly blocks: readonly Block[];
  readonly header: string;
  readonly footer: string;
}

const DEFAULT_ROW = 12.75;

export function rowHeight(
  row: RowSpec,
  columns: readonly number[],
  styles: SheetSpec["styles"],
): number {
  let h = row.minHeight ?? 0;
  for (const c of row.cells) {
    const width = columns.slice(c.col - 1, c.col - 1 + (c.span ?? 1)).reduce((a, b) => a + b, 0);
    const style = styles[c.style];
    if (!style) throw new Error(`Stile sconosciuto: ${c.style}`);
    const text = c.value === null ? "" : String(c.value);
    const needed = style.wrap
      ? textHeight(text, width, style.font, style.indent)
      : textHeight("", 1, style.font);
    h = Math.max(h, needed);
  }
  return Math.min(MAX_ROW_HEIGHT, pixelCeil(h || DEFAULT_ROW));
}

function dropLeadingSpacers(rows: readonly RowSpec[]): readonly RowSpec[] {
  let i = 0;
  while (i < rows.length && rows[i].collapsible) i++;
  return rows.slice(i);
}

export function buildSheet(spec: SheetSpec): SchedaLayout {
  return buildTaggedSheet(spec).layout;
}

/** The layout and, for each row tag, the rows (1-based) that carry it, in order. */
export function buildTaggedSheet(spec: SheetSpec): {
  layout: SchedaLayout;
  tagged: ReadonlyMap<string, readonly number[]>;
} {
  const tagged = new Map<string, number[]>();
  const heights: number[] = [];
  const cells: LayoutCell[] = [];
  const merges: Merge[] = [];
  const breaks: number[] = [];

  const emit = (row: RowSpec): number => {
    const r = heights.length + 1;
    const h = rowHeight(row, spec.columns, spec.styles);
    heights.push(h);
    if (row.tag !== undefined) addToGroup(tagged, row.tag, r);
    for (const c of row.cells) {
      if (c.col < 1 || c.col + (c.span ?? 1) - 1 > spec.columns.length)
        throw new Error(`Cella fuori dalle colonne del foglio ${spec.sheetName}: colonna ${c.col}`);
      const forceText = c.data === true && typeof c.value === "string" && isFormulaLike(c.value);
      cells.push({
        row: r,
        col: c.col,
        value: c.value,
        style: c.style,
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
        ...(c.link ? { link: c.link } : {}),
        ...(forceText ? { forceText: true } : {}),
      });
      const span = c.span ?? 1;
      if (span > 1) merges.push({ top: r, left: c.col, bottom: r, right: c.col + span - 1 });
    }
    return h;
  };
  const measure = (rows: readonly RowSpec[]): number =>
    rows.reduce((sum, row) => sum + rowHeight(row, spec.columns, spec.styles), 0);

  let titleHeight = 0;
  for (const row of spec.titleRows) titleHeight += emit(row);
  const budget = pageBudgetPt() - titleHeight;

  let used = 0;
  let overflowPages = 0;
  for (const block of spec.blocks) {
    let rows = block.rows;
    if (used > 0 && used + measure(rows) > budget) {
      breaks.push(heights.length + 1);
      overflowPages += Math.max(0, Math.ceil(used / budget) - 1);
      used = 0;
      for (const row of block.continuation ?? []) used += emit(row);
    }
    if (used === 0) rows = dropLeadingSpacers(rows);
    for (const row of rows) used += emit(row);
  }
  overflowPages += Math.max(0, Math.ceil(used / budget) - 1);

  const lastCol = spec.columns.length;
  const layout: SchedaLayout = {
    sheetName: spec.sheetName,
    columns: spec.columns.map((width) => ({ width })),
    rows: heights.map((height) => ({ height })),
    cells,
    merges,
    styles: spec.styles,
    page: pageSpec(lastCol, heights.length, spec.titleRows.length, spec.header, spec.footer),
    breaks,
    expectedPages: breaks.length + 1 + overflowPages,
  };
  return { layout, tagged };
}
