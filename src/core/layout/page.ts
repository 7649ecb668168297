/**
 * Page geometry. The columns are chosen to fit the A4 portrait printable width at 100 %,
 * so the sheet prints right even where "fit to page" is ignored:
 *
 *   A4 width 8.27 in − margins 0.5 + 0.5 in = 7.27 in × 96 px/in = 697 px available.
 *   One Excel width unit ≈ 7 px (the maximum digit width of the Calibri 11 Normal style at
 *   96 dpi, ECMA-376 §18.3.1.13), so the widths may add up to at most 697 / 7 ≈ 99.6 units;
 *   we stay under 97 units (≤ 680 px) to leave room for renderer rounding.
 *
 * Height: A4 11.69 in − top and bottom margins 0.75 + 0.75 in = 10.19 in = 733.7 pt for the
 * body (header and footer sit inside those margins, 0.3 in from the edge). Pagination uses
 * that height less 1 %, minus the repeated title rows. Row heights are whole pixels, so Excel
 * and LibreOffice lay out exactly the planned height; the 1 % (7 pt) absorbs printer rounding.
 * Measured on the sample: LibreOffice's body ends within 1 pt of the planned height.
 */
import type { PageSpec } from "./types";
import { columnPixels } from "./measure";
import { columnLetters } from "../schema/address";

export const PAGE_WIDTH_IN = 8.27;
export const PAGE_HEIGHT_IN = 11.69;

export const MARGINS: PageSpec["margins"] = {
  left: 0.5,
  right: 0.5,
  top: 0.75,
  bottom: 0.75,
  header: 0.3,
  footer: 0.3,
};

export const MAX_WIDTH_UNITS = 97;
/** keeps pagination on the safe side of printer rounding */
const HEIGHT_SAFETY = 0.99;

export function printableWidthPx(): number {
  return Math.floor((PAGE_WIDTH_IN - MARGINS.left - MARGINS.right) * 96);
}

export function printableHeightPt(): number {
  return (PAGE_HEIGHT_IN - MARGINS.top - MARGINS.bottom) * 72;
}

/** Height a page can give to rows, before the repeated title rows. */
export function pageBudgetPt(): number {
  return Math.floor(printableHeightPt() * HEIGHT_SAFETY);
}

export function columnsPixels(widths: readonly number[]): number {
  return widths.reduce((sum, w) => sum + columnPixels(w), 0);
}

export function pageSpec(
  lastCol: number,
  lastRow: number,
  titleRows: number,
  header: string,
  footer: string,
): PageSpec {
  return {
    orientation: "portrait",
    paper: "A4",
    margins: MARGINS,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitleRows: titleRows > 0 ? `1:${titleRows}` : null,
    printArea: `A1:${columnLetters(lastCol - 1)}${lastRow}`,
    header,
    footer,
    centerHorizontally: true,
    gridlines: false,
  };
}
