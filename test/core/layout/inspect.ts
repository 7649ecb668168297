/** Read-only helpers to question a SchedaLayout in tests. */
import type { LayoutCell, SchedaLayout } from "../../../src/core/layout/types";

export function cellsWithStyle(layout: SchedaLayout, style: string): LayoutCell[] {
  return layout.cells.filter((c) => c.style === style).sort((a, b) => a.row - b.row);
}

/** band titles (section headings) in print order */
export function bands(layout: SchedaLayout): string[] {
  return cellsWithStyle(layout, "band").map((c) => String(c.value));
}

export function cellWithValue(layout: SchedaLayout, value: string | number): LayoutCell {
  const found = layout.cells.find((c) => c.value === value);
  if (!found) throw new Error(`valore non trovato: ${value}`);
  return found;
}

export function titleRowCount(layout: SchedaLayout): number {
  const t = layout.page.printTitleRows;
  return t === null ? 0 : Number(t.split(":")[1]);
}

/** 1-based page of a row, from the manual breaks */
export function pageOf(layout: SchedaLayout, row: number): number {
  return 1 + layout.breaks.filter((b) => b <= row).length;
}

/** height of each page's rows, the repeated title rows included */
export function pageHeights(layout: SchedaLayout): number[] {
  const titles = titleRowCount(layout);
  const titleHeight = layout.rows.slice(0, titles).reduce((s, r) => s + r.height, 0);
  const pages: number[] = [];
  layout.rows.forEach((r, i) => {
    const row = i + 1;
    if (row <= titles) return;
    const p = pageOf(layout, row) - 1;
    pages[p] = (pages[p] ?? titleHeight) + r.height;
  });
  return pages;
}
