/**
 * A SchedaLayout turned into the few commands the Excel JS API needs to draw it, as plain data:
 * one 2-D write of number formats and one of values for the whole used block, formats grouped
 * into rectangles per property, merges grouped per column span, sizes grouped in runs, and the
 * page setup. Pure, so the payload can be estimated before anything is sent.
 */
import type { BorderSide, CellStyle, SchedaLayout } from "../../../core/layout/types";
import { columnPixels } from "../../../core/layout/measure";
import { type KeyedRect, type Rect, a1, commonest, groupRects } from "./rects";

export type CellFormatProp =
  | "fontName"
  | "fontSize"
  | "bold"
  | "italic"
  | "fontColor"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrapText";

export type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export interface BorderLine {
  readonly style: "Continuous";
  readonly weight: "Thin" | "Medium" | "Hairline";
  readonly color: string;
}

export type SheetOp =
  | { readonly t: "numberFormat"; readonly address: string; readonly format: string }
  | { readonly t: "values"; readonly address: string; readonly grid: (string | number)[][] }
  | { readonly t: "merge"; readonly address: string; readonly across: boolean }
  | {
      readonly t: "format";
      readonly address: string;
      readonly prop: CellFormatProp;
      readonly value: string | number | boolean;
    }
  | { readonly t: "fill"; readonly address: string; readonly color: string }
  | {
      readonly t: "border";
      readonly address: string;
      readonly index: BorderIndex;
      readonly line: BorderLine;
    }
  | { readonly t: "columnWidth"; readonly address: string; readonly points: number }
  | { readonly t: "rowHeight"; readonly address: string; readonly points: number }
  | {
      readonly t: "link";
      readonly address: string;
      readonly target: string;
      readonly text: string;
    };

export const TEXT_FORMAT = "@";
const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const WEIGHT = { thin: "Thin", medium: "Medium", hair: "Hairline" } as const;

/**
 * Column widths: the layout counts Excel character units (the file format's `width`), while
 * `RangeFormat.columnWidth` of the JS API is in points (github.com/OfficeDev/office-js/issues/187:
 * "The unit-of-measure for columnWidth is points"). Characters → pixels with the ECMA-376 rule
 * the layout already uses (measure.ts), then pixels → points at 96 dpi (72 / 96).
 */
export function widthToPoints(widthChars: number): number {
  return (columnPixels(widthChars) * 72) / 96;
}

function hex(color: string): string {
  return `#${color.toUpperCase()}`;
}

/** The style of every cell of the used block (merged areas take their anchor's style). */
function styleGrid(layout: SchedaLayout, rows: number, cols: number): (CellStyle | null)[][] {
  const grid: (CellStyle | null)[][] = Array.from({ length: rows }, () =>
    Array<CellStyle | null>(cols).fill(null),
  );
  for (const c of layout.cells) {
    const s = layout.styles[c.style];
    if (!s) throw new Error(`Stile sconosciuto nella scheda ${layout.sheetName}: ${c.style}`);
    grid[c.row - 1][c.col - 1] = s;
  }
  for (const m of layout.merges) {
    const s = grid[m.top - 1][m.left - 1];
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) grid[r - 1][c - 1] = s;
  }
  return grid;
}

const PROPS: ReadonlyArray<[CellFormatProp, (s: CellStyle) => string | number | boolean]> = [
  ["fontName", (s) => s.font.name],
  ["fontSize", (s) => s.font.size],
  ["bold", (s) => s.font.bold === true],
  ["italic", (s) => s.font.italic === true],
  ["fontColor", (s) => hex(s.font.color ?? "000000")],
  ["horizontalAlignment", (s) => H_ALIGN[s.horizontal]],
  ["verticalAlignment", (s) => V_ALIGN[s.vertical]],
  ["wrapText", (s) => s.wrap],
];

/** Font and alignment: the commonest value over the whole block, then the exceptions. */
function cellFormats(styles: (CellStyle | null)[][], block: Rect): SheetOp[] {
  const ops: SheetOp[] = [];
  for (const [prop, read] of PROPS) {
    // keys are strings so that true/false/numbers group the same way
    const keys = styles.map((row) => row.map((s) => (s ? JSON.stringify(read(s)) : null)));
    const base = commonest(keys);
    if (base === null) continue;
    ops.push({ t: "format", address: a1(block), prop, value: JSON.parse(base) as string });
    const rest = keys.map((row) => row.map((k) => (k === base ? null : k)));
    for (const r of groupRects(rest))
      ops.push({ t: "format", address: a1(r), prop, value: JSON.parse(r.key) as string });
  }
  return ops;
}

function fills(styles: (CellStyle | null)[][]): SheetOp[] {
  const keys = styles.map((row) => row.map((s) => s?.fill ?? null));
  return groupRects(keys).map((r) => ({ t: "fill", address: a1(r), color: hex(r.key) }));
}

function line(side: BorderSide | undefined): BorderLine | null {
  return side ? { style: "Continuous", weight: WEIGHT[side.weight], color: hex(side.color) } : null;
}

/** Edges of a rectangle whose cells share one border spec; inside lines only where both agree. */
function borderOps(rect: KeyedRect<string>, spec: NonNullable<CellStyle["border"]>): SheetOp[] {
  const ops: SheetOp[] = [];
  const add = (index: BorderIndex, side: BorderSide | undefined): void => {
    const l = line(side);
    if (l) ops.push({ t: "border", address: a1(rect), index, line: l });
  };
  add("EdgeTop", spec.top);
  add("EdgeBottom", spec.bottom);
  add("EdgeLeft", spec.left);
  add("EdgeRight", spec.right);
  if (rect.r1 > rect.r0) add("InsideHorizontal", spec.top);
  if (rect.c1 > rect.c0) add("InsideVertical", spec.left);
  return ops;
}

function sameSide(a: BorderSide | undefined, b: BorderSide | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Borders. A multi-row rectangle may draw inside lines only when its cells have the same top and
 * bottom line (same for left/right across columns); otherwise it is drawn row by row or cell by cell.
 */
function borders(styles: (CellStyle | null)[][]): SheetOp[] {
  const specs = new Map<string, NonNullable<CellStyle["border"]>>();
  const keys = styles.map((row) =>
    row.map((s) => {
      if (!s?.border) return null;
      const key = JSON.stringify(s.border);
      specs.set(key, s.border);
      return key;
    }),
  );
  const ops: SheetOp[] = [];
  for (const rect of groupRects(keys)) {
    const spec = specs.get(rect.key);
    if (!spec) continue;
    const rowsOk = rect.r0 === rect.r1 || sameSide(spec.top, spec.bottom);
    const colsOk = rect.c0 === rect.c1 || sameSide(spec.left, spec.right);
    const pieces: KeyedRect<string>[] = [];
    for (let r = rect.r0; r <= (rowsOk ? rect.r0 : rect.r1); r++)
      for (let c = rect.c0; c <= (colsOk ? rect.c0 : rect.c1); c++)
        pieces.push({
          key: rect.key,
          r0: rowsOk ? rect.r0 : r,
          r1: rowsOk ? rect.r1 : r,
          c0: colsOk ? rect.c0 : c,
          c1: colsOk ? rect.c1 : c,
        });
    for (const p of pieces) ops.push(...borderOps(p, spec));
  }
  return ops;
}

/** Merges of one row each, stacked rows with the same span merged "across" in one command. */
function merges(layout: SchedaLayout, rows: number, cols: number): SheetOp[] {
  const grid: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  const tall: SheetOp[] = [];
  for (const m of layout.merges) {
    if (m.top !== m.bottom) {
      tall.push({
        t: "merge",
        address: a1({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 }),
        across: false,
      });
      continue;
    }
    const key = `${m.left}-${m.right}`;
    for (let c = m.left; c <= m.right; c++) grid[m.top - 1][c - 1] = key;
  }
  const flat = groupRects(grid).map((r): SheetOp => ({
    t: "merge",
    address: a1(r),
    across: r.r1 > r.r0,
  }));
  return [...flat, ...tall];
}

/** Runs of equal sizes: one command per run of rows (or columns). */
function runs(sizes: readonly number[]): { from: number; to: number; size: number }[] {
  const out: { from: number; to: number; size: number }[] = [];
  sizes.forEach((size, i) => {
    const last = out[out.length - 1];
    if (last && last.size === size && last.to === i - 1) last.to = i;
    else out.push({ from: i, to: i, size });
  });
  return out;
}

function sizes(layout: SchedaLayout, lastRow: number): SheetOp[] {
  const ops: SheetOp[] = [];
  for (const run of runs(layout.columns.map((c) => widthToPoints(c.width))))
    ops.push({
      t: "columnWidth",
      address: a1({ r0: 0, c0: run.from, r1: lastRow, c1: run.to }),
      points: run.size,
    });
  for (const run of runs(layout.rows.map((r) => r.height)))
    ops.push({
      t: "rowHeight",
      address: a1({ r0: run.from, c0: 0, r1: run.to, c1: 0 }),
      points: run.size,
    });
  return ops;
}

/**
 * Number formats, before the values: "@" (text) for the whole block, so no text can be taken
 * for a formula, a date or a number, then the numeric formats where numbers go.
 */
function contents(layout: SchedaLayout, rows: number, cols: number, block: Rect): SheetOp[] {
  const values: (string | number)[][] = Array.from({ length: rows }, () =>
    Array<string | number>(cols).fill(""),
  );
  const formats: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  const links: SheetOp[] = [];
  for (const c of layout.cells) {
    if (c.value === null) continue;
    values[c.row - 1][c.col - 1] = c.value;
    if (typeof c.value === "number") formats[c.row - 1][c.col - 1] = c.numberFormat ?? "General";
    if (c.link)
      links.push({
        t: "link",
        address: a1({ r0: c.row - 1, c0: c.col - 1, r1: c.row - 1, c1: c.col - 1 }),
        target: c.link,
        text: String(c.value),
      });
  }
  return [
    { t: "numberFormat", address: a1(block), format: TEXT_FORMAT },
    ...groupRects(formats).map((r): SheetOp => ({
      t: "numberFormat",
      address: a1(r),
      format: r.key,
    })),
    { t: "values", address: a1(block), grid: values },
    ...links,
  ];
}

/** Everything but the page setup, in the order it must run. */
export function sheetOps(layout: SchedaLayout): SheetOp[] {
  const rows = layout.rows.length;
  const cols = layout.columns.length;
  if (rows === 0 || cols === 0) return sizes(layout, 0);
  const block: Rect = { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 };
  const styles = styleGrid(layout, rows, cols);
  return [
    ...contents(layout, rows, cols, block),
    ...merges(layout, rows, cols),
    ...cellFormats(styles, block),
    ...fills(styles),
    ...borders(styles),
    ...sizes(layout, rows - 1),
  ];
}
