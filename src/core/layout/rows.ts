/**
 * Row builders shared by the printed sheets. Cells are placed by their left and right edges
 * in width units (e.g. `[8.5, 96.5]`), not by column numbers: each table of the scheda has
 * its own column widths, and the sheet's columns are the union of all their edges, so every
 * table gets exactly the widths its labels and values need (merges do the rest).
 */
import type { Block, CellSpec, RowSpec } from "./blocks";
import type { CellStyle } from "./types";
import { chunkText } from "./measure";
import { STYLES } from "./styles";
import { headerText } from "./format";

/** left and right edge of a cell, in width units from the sheet's left side */
export type Pos = readonly [from: number, to: number];

export interface Grid {
  /** column widths, in Excel width units */
  readonly columns: readonly number[];
  /** the whole width */
  readonly full: Pos;
  /** column and span of the cell between two edges */
  place(pos: Pos): { col: number; span: number };
}

export function grid(edges: readonly number[]): Grid {
  const columns = edges.slice(1).map((e, i) => Math.round((e - edges[i]) * 100) / 100);
  const index = (x: number): number => {
    const i = edges.indexOf(x);
    if (i < 0) throw new Error(`Bordo ${x} assente dalla griglia`);
    return i;
  };
  return {
    columns,
    full: [edges[0], edges[edges.length - 1]],
    place: ([from, to]) => {
      const a = index(from);
      return { col: a + 1, span: index(to) - a };
    },
  };
}

/** longest text piece per row: ~30 lines of 9 pt stay well under Excel's 409 pt */
const MAX_LINES_PER_ROW = 30;

/**
 * A text for one cell of one row: whole when it fits the row, else cut between words with a
 * mark saying where the rest is (a row cannot grow past Excel's 409 pt).
 */
export function fitInRow(text: string, width: number, style: CellStyle, rest: string): string {
  const pieces = chunkText(text, width, style.font, MAX_LINES_PER_ROW - 1, style.indent);
  return pieces.length <= 1 ? text : `${pieces[0]} … ${rest}`;
}

export function cell(
  g: Grid,
  pos: Pos,
  value: string | number | null,
  style: string,
  extra: Partial<CellSpec> = {},
): CellSpec {
  return { ...g.place(pos), value, style, ...extra };
}

/** a value from the data: empty strings become empty cells, formula-like text stays text */
export function data(
  g: Grid,
  pos: Pos,
  value: string | number | null,
  style: string,
  numberFormat?: string,
): CellSpec {
  const v = value === "" ? null : value;
  return {
    ...g.place(pos),
    value: v,
    style,
    data: true,
    ...(numberFormat && typeof v === "number" ? { numberFormat } : {}),
  };
}

/** a thin empty row between sections; dropped when it would open a page */
export function spacer(height = 6): RowSpec {
  return { cells: [], minHeight: height, collapsible: true };
}

export function band(g: Grid, title: string): RowSpec {
  return { cells: [cell(g, g.full, title, "band")], minHeight: 16 };
}

export function labels(g: Grid, items: readonly [pos: Pos, text: string][]): RowSpec {
  return { cells: items.map(([pos, text]) => cell(g, pos, text, "labelCenter")) };
}

/** Heading rows of a section: a spacer and the band, then the table's column labels. */
export function heading(g: Grid, title: string, columnLabels: readonly RowSpec[] = []): RowSpec[] {
  return [spacer(), band(g, title), ...columnLabels];
}

/**
 * A table section: the heading travels with the first item (never alone at a page foot),
 * every item is one unbreakable block, and a page break repeats the heading ("segue").
 */
export function tableSection(
  g: Grid,
  title: string,
  columnLabels: readonly RowSpec[],
  items: readonly (readonly RowSpec[])[],
): Block[] {
  if (items.length === 0) return [];
  const again = [band(g, `${title} (segue)`), ...columnLabels];
  return items.map((rows, i) =>
    i === 0
      ? { rows: [...heading(g, title, columnLabels), ...rows] }
      : { rows, continuation: again },
  );
}

/** A free-text section, split in row-sized pieces; left out when the text is empty. */
export function textSection(g: Grid, title: string, text: string): Block[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  const width = g.full[1] - g.full[0];
  const pieces = chunkText(trimmed, width, STYLES.text.font, MAX_LINES_PER_ROW, STYLES.text.indent);
  return tableSection(
    g,
    title,
    [],
    pieces.map((piece) => [{ cells: [data(g, g.full, piece, "text")] }]),
  );
}

/**
 * The title rows of a printed report (repeated on every page): the ente on the left up to
 * `split`, the title on the right, then a thin gap; and its page header with `center` in bold.
 */
export function reportTitle(
  g: Grid,
  ente: string,
  title: string,
  split: number,
  center: string,
): { titleRows: RowSpec[]; header: string } {
  const left = ente === "" ? "" : `&L${headerText(ente)}`;
  return {
    titleRows: [
      {
        cells: [
          cell(g, [g.full[0], split], ente, "ente"),
          cell(g, [split, g.full[1]], title, "title"),
        ],
        minHeight: 24,
      },
      { cells: [], minHeight: 6 },
    ],
    header: `${left}&C&B${center}&B&RPagina &P di &N`,
  };
}
