/**
 * The look of one layout cell, shared by the sheet ops and the format catalogue so that both
 * give a cell the same named style and number format.
 */
import type { CellStyle, LayoutCell, SchedaLayout } from "../../../core/layout/types";

/** the number format of text and empty cells */
export const TEXT_FORMAT = "@";

/** A cell's look: its layout style and its number format ("@" for text and empty cells). */
export interface StyleUse {
  readonly id: string;
  readonly style: CellStyle;
  readonly numberFormat: string;
}

/** The look a layout cell takes: text and empty cells are "@", numbers keep their format. */
export function cellUse(layout: SchedaLayout, c: LayoutCell): StyleUse {
  const style = layout.styles[c.style];
  if (!style) throw new Error(`Stile sconosciuto nella scheda ${layout.sheetName}: ${c.style}`);
  const numberFormat = typeof c.value === "number" ? (c.numberFormat ?? "General") : TEXT_FORMAT;
  return { id: c.style, style, numberFormat };
}
