/**
 * A SchedaLayout turned into the few commands the Excel JS API needs to draw it, as plain data:
 * one write of values for the whole used block, one named style per layout style applied to all
 * its cells at once (multi-area ranges, `worksheet.getRanges`, ExcelApi 1.9,
 * learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getranges-member(1)
 * and excel.rangeareas), merges grouped per column span, row heights and column widths grouped
 * by size. Pure, so the payload can be estimated before anything is sent.
 */
import type { SchedaLayout } from "../../../core/layout/types";
import { columnPixels } from "../../../core/layout/measure";
import type { Cover } from "./catalogue";
import { TEXT_FORMAT, cellUse, type StyleUse } from "./cell-use";
import { type Rect, a1, groupRects } from "./rects";

/** A sheet command; an address with commas names several areas (`worksheet.getRanges`). */
export type SheetOp =
  | { readonly t: "numberFormat"; readonly address: string; readonly format: string }
  | { readonly t: "values"; readonly address: string; readonly grid: (string | number)[][] }
  | { readonly t: "merge"; readonly address: string; readonly across: boolean }
  /** the formats (styles, number formats, merges) of catalogue rows, repeated to fill `address` */
  | { readonly t: "copyFormats"; readonly address: string; readonly source: string }
  | { readonly t: "style"; readonly address: string; readonly name: string }
  | { readonly t: "columnWidth"; readonly address: string; readonly points: number }
  | { readonly t: "rowHeight"; readonly address: string; readonly points: number }
  /** the hyperlink as sent (ExcelApi 1.7): a link inside the workbook is 'Sheet'!A1 */
  | {
      readonly t: "link";
      readonly address: string;
      readonly hyperlink: {
        readonly documentReference: string;
        readonly textToDisplay: string;
        readonly screenTip: string;
      };
    };

/**
 * Longest address list sent to `worksheet.getRanges`. Excel documents no limit but refuses long
 * lists (github.com/OfficeDev/office-js/issues/5198, office-js-docs-pr/issues/2255; 255
 * characters is the shortest limit reported), so the areas are cut into lists this long.
 */
export const AREAS_ADDRESS_LIMIT = 255;

/** "A1:B2,D4" lists of at most AREAS_ADDRESS_LIMIT characters. */
export function areaLists(addresses: readonly string[]): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current !== "" && current.length + 1 + a.length > AREAS_ADDRESS_LIMIT) {
      out.push(current);
      current = "";
    }
    current = current === "" ? a : `${current},${a}`;
  }
  if (current !== "") out.push(current);
  return out;
}

/** Cells grouped by key into rectangles, one op per key and address list. */
function byKey<K extends string | number>(
  grid: readonly (readonly (K | null)[])[],
  make: (key: K, address: string) => SheetOp,
): SheetOp[] {
  const groups = new Map<K, string[]>();
  for (const r of groupRects(grid)) {
    const list = groups.get(r.key) ?? [];
    list.push(a1(r));
    groups.set(r.key, list);
  }
  return [...groups].flatMap(([key, list]) => areaLists(list).map((a) => make(key, a)));
}

/**
 * Column widths: the layout counts Excel character units (the file format's `width`), while
 * `RangeFormat.columnWidth` of the JS API is in points (github.com/OfficeDev/office-js/issues/187:
 * "The unit-of-measure for columnWidth is points"). Characters → pixels with the ECMA-376 rule
 * the layout already uses (measure.ts), then pixels → points at 96 dpi (72 / 96).
 */
export function widthToPoints(widthChars: number): number {
  return (columnPixels(widthChars) * 72) / 96;
}

/** The style key of every cell of the used block (merged areas take their anchor's). */
function styleGrid(layout: SchedaLayout, rows: number, cols: number): (string | null)[][] {
  const grid: (string | null)[][] = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  for (const c of layout.cells) {
    const use = cellUse(layout, c);
    grid[c.row - 1][c.col - 1] = JSON.stringify([use.id, use.numberFormat]);
  }
  for (const m of layout.merges) {
    const s = grid[m.top - 1][m.left - 1];
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) grid[r - 1][c - 1] = s;
  }
  return grid;
}

/** One `style` op per layout style and number format (and list of areas). */
function styleOps(
  layout: SchedaLayout,
  rows: number,
  cols: number,
  nameOf: (use: StyleUse) => string,
): SheetOp[] {
  return byKey(styleGrid(layout, rows, cols), (key, address) => {
    const [id, numberFormat] = JSON.parse(key) as [string, string];
    return { t: "style", address, name: nameOf({ id, style: layout.styles[id], numberFormat }) };
  });
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

/** Columns grouped by width: one op per width and list of areas. */
export function widthOps(layout: SchedaLayout): SheetOp[] {
  const points = [layout.columns.map((c) => widthToPoints(c.width))];
  return byKey(points, (p, address): SheetOp => ({ t: "columnWidth", address, points: p }));
}

/**
 * Rows grouped by height (Excel does not fit merged cells: the layout computed them). On a copy
 * of the model sheet, only the rows whose height differs from the model's; the model's rows
 * past the layout's end go back to Excel's standard height.
 */
function heights(layout: SchedaLayout, model: SchedaLayout | null = null): SheetOp[] {
  const points: (number | null)[][] = layout.rows.map((r, i) =>
    model && model.rows[i]?.height === r.height ? [null] : [r.height],
  );
  for (let i = layout.rows.length; i < (model?.rows.length ?? 0); i++)
    points.push([STANDARD_ROW_POINTS]);
  return byKey(points, (p, address): SheetOp => ({ t: "rowHeight", address, points: p }));
}

/** Excel's row height for the default Calibri 11 (points). */
const STANDARD_ROW_POINTS = 15;

/**
 * Every column width and row height of a layout: a sheet drawn in full, or the model sheet
 * every scheda is copied from (the copy then changes only what differs).
 */
export function sizeOps(layout: SchedaLayout): SheetOp[] {
  return [...widthOps(layout), ...heights(layout)];
}

/** The values (one write for the block) and the links of the index. */
function contents(layout: SchedaLayout, rows: number, cols: number, block: Rect): SheetOp[] {
  const values: (string | number)[][] = Array.from({ length: rows }, () =>
    Array<string | number>(cols).fill(""),
  );
  const links: SheetOp[] = [];
  for (const c of layout.cells) {
    if (c.value === null) continue;
    values[c.row - 1][c.col - 1] = c.value;
    if (c.link)
      links.push({
        t: "link",
        address: a1({ r0: c.row - 1, c0: c.col - 1, r1: c.row - 1, c1: c.col - 1 }),
        hyperlink: {
          documentReference: c.link,
          textToDisplay: String(c.value),
          screenTip: "Apri la scheda",
        },
      });
  }
  return [{ t: "values", address: a1(block), grid: values }, ...links];
}

/**
 * Everything but the page setup, in the order it must run: "@" (text) for the whole block and
 * the styles, which carry each cell's number format, before the values, so no text can be taken
 * for a formula, a date or a number and every number finds its format; then merges and sizes.
 * `nameOf` names the workbook style of a layout style and number format.
 */
export function sheetOps(layout: SchedaLayout, nameOf: (use: StyleUse) => string): SheetOp[] {
  // a sheet of plain tables (a version's copy) sets no row heights: its cells give the block
  const rows = layout.cells.reduce((n, c) => Math.max(n, c.row), layout.rows.length);
  const cols = layout.columns.length;
  if (rows === 0 || cols === 0) return sizeOps(layout);
  const block: Rect = { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 };
  return [
    { t: "numberFormat", address: a1(block), format: TEXT_FORMAT },
    ...styleOps(layout, rows, cols, nameOf),
    ...contents(layout, rows, cols, block),
    ...merges(layout, rows, cols),
    ...sizeOps(layout),
  ];
}

/** Styles and merges only: what the catalogue holds and what `copyFormats` brings back. */
export function formatOps(layout: SchedaLayout, nameOf: (use: StyleUse) => string): SheetOp[] {
  const rows = layout.rows.length;
  const cols = layout.columns.length;
  return [...styleOps(layout, rows, cols, nameOf), ...merges(layout, rows, cols)];
}

/** The layout's rows `from`..`to` (0-based) alone, moved to row `at`: a catalogue addition. */
export function rowsAt(layout: SchedaLayout, from: number, to: number, at: number): SchedaLayout {
  const shift = at - from;
  const inside = (row: number) => row - 1 >= from && row - 1 <= to;
  return {
    ...layout,
    rows: Array.from({ length: at + to - from + 1 }, () => ({ height: 0 })),
    cells: layout.cells.filter((c) => inside(c.row)).map((c) => ({ ...c, row: c.row + shift })),
    merges: layout.merges
      .filter((m) => inside(m.top))
      .map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift })),
  };
}

/** The layout's rows in `keep` (0-based) alone, in place. */
function onlyRows(layout: SchedaLayout, keep: ReadonlySet<number>): SchedaLayout {
  return {
    ...layout,
    cells: layout.cells.filter((c) => keep.has(c.row - 1)),
    merges: layout.merges.filter((m) => keep.has(m.top - 1)),
  };
}

const sameWidths = (a: SchedaLayout, b: SchedaLayout): boolean =>
  a.columns.length === b.columns.length &&
  a.columns.every((c, i) => c.width === b.columns[i].width);

/**
 * A scheda drawn on a copy of the model sheet (which has `model`'s column widths and print
 * setup): "@" for the block, then its formats copied from the catalogue as `cover` says (and the
 * few rows it cannot copy drawn directly), the values, the row heights. The copies bring "@" to
 * the text cells too; the first command stays as one cheap guarantee that text from the data
 * is never taken for a formula, whatever a copy carries in a given Excel.
 */
export function copiedSheetOps(
  layout: SchedaLayout,
  cover: Cover,
  model: SchedaLayout,
  nameOf: (use: StyleUse) => string,
): SheetOp[] {
  const rows = layout.rows.length;
  const cols = layout.columns.length;
  const widths = sameWidths(layout, model) ? [] : widthOps(layout);
  if (rows === 0 || cols === 0) return widths;
  const block: Rect = { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 };
  const copies = cover.copies.map((c): SheetOp => ({
    t: "copyFormats",
    address: a1({ r0: c.target, c0: 0, r1: c.target + c.rows * c.times - 1, c1: cols - 1 }),
    source: a1({ r0: c.source, c0: 0, r1: c.source + c.rows - 1, c1: cols - 1 }),
  }));
  const direct =
    cover.direct.length > 0 ? formatOps(onlyRows(layout, new Set(cover.direct)), nameOf) : [];
  return [
    { t: "numberFormat", address: a1(block), format: TEXT_FORMAT },
    ...copies,
    ...direct,
    ...contents(layout, rows, cols, block),
    ...heights(layout, model),
    ...widths,
  ];
}
