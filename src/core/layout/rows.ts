/** Row builders shared by the scheda sections: the 10-column grid and its common rows. */
import type { Block, CellSpec, RowSpec } from "./blocks";
import { chunkText } from "./measure";
import { STYLES } from "./styles";

/**
 * The scheda grid, in Excel width units (see page.ts for why the sum stays under 97).
 * It is shaped by the phase table, the widest one: four dates (A–D), Peso (E),
 * Avanzamento (F), Atteso (G), Responsabile (H), Centro di Responsabilità (I), Note (J).
 */
export const GRID = [9.5, 9.5, 9.5, 9.5, 7, 10, 8.5, 11, 12, 10] as const;
export const LAST_COL: number = GRID.length;

/** longest text piece per row: ~30 lines of 9 pt stay well under Excel's 409 pt */
const MAX_LINES_PER_ROW = 30;

export function cell(
  col: number,
  span: number,
  value: string | number | null,
  style: string,
  extra: Partial<CellSpec> = {},
): CellSpec {
  return { col, span, value, style, ...extra };
}

/** a value from the data: empty strings become empty cells, formula-like text stays text */
export function data(
  col: number,
  span: number,
  value: string | number | null,
  style: string,
  numberFormat?: string,
): CellSpec {
  const v = value === "" ? null : value;
  return {
    col,
    span,
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

export function band(title: string, lastCol = LAST_COL): RowSpec {
  return { cells: [cell(1, lastCol, title, "band")], minHeight: 16 };
}

export function labels(items: readonly [col: number, span: number, text: string][]): RowSpec {
  return { cells: items.map(([col, span, text]) => cell(col, span, text, "labelCenter")) };
}

/** Heading rows of a section: a spacer and the band, then the table's column labels. */
export function heading(
  title: string,
  columnLabels: readonly RowSpec[] = [],
  lastCol = LAST_COL,
): RowSpec[] {
  return [spacer(), band(title, lastCol), ...columnLabels];
}

export function continuation(
  title: string,
  columnLabels: readonly RowSpec[] = [],
  lastCol = LAST_COL,
): RowSpec[] {
  return [band(`${title} (segue)`, lastCol), ...columnLabels];
}

/**
 * A table section: the heading travels with the first item (never alone at a page foot),
 * every item is one unbreakable block, and a page break repeats the heading.
 */
export function tableSection(
  title: string,
  columnLabels: readonly RowSpec[],
  items: readonly (readonly RowSpec[])[],
  lastCol = LAST_COL,
): Block[] {
  if (items.length === 0) return [];
  const again = continuation(title, columnLabels, lastCol);
  return items.map((rows, i) =>
    i === 0
      ? { rows: [...heading(title, columnLabels, lastCol), ...rows] }
      : { rows, continuation: again },
  );
}

/** A free-text section, split in row-sized pieces; left out when the text is empty. */
export function textSection(title: string, text: string): Block[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  const width = GRID.reduce((a, b) => a + b, 0);
  const pieces = chunkText(trimmed, width, STYLES.text.font, MAX_LINES_PER_ROW);
  return tableSection(
    title,
    [],
    pieces.map((piece) => [{ cells: [data(1, LAST_COL, piece, "text")] }]),
  );
}
