/**
 * Print setup of a generated sheet through `worksheet.pageLayout` (ExcelApi 1.9,
 * learn.microsoft.com/javascript/api/excel/excel.pagelayout) and manual page breaks through
 * `worksheet.horizontalPageBreaks` (ExcelApi 1.9).
 */
import type { PageSpec, SchedaLayout } from "../../../core/layout/types";

export interface HeaderParts {
  readonly left: string;
  readonly center: string;
  readonly right: string;
}

/**
 * The layout keeps one Excel header string with &L &C &R section codes (the file format's way);
 * the JS API wants the three sections apart. A doubled && is a literal ampersand, kept as is.
 */
export function splitHeader(text: string): HeaderParts {
  const parts = { left: "", center: "", right: "" };
  let section: keyof HeaderParts = "center";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1] ?? "";
    if (ch === "&" && next === "&") {
      parts[section] += "&&";
      i++;
    } else if (ch === "&" && (next === "L" || next === "C" || next === "R")) {
      section = next === "L" ? "left" : next === "C" ? "center" : "right";
      i++;
    } else {
      parts[section] += ch;
    }
  }
  return parts;
}

/** "1:4" → "$1:$4", as Excel stores print titles. */
function absoluteRows(rows: string): string {
  return rows
    .split(":")
    .map((r) => `$${r}`)
    .join(":");
}

/** What is sent for the page setup, for payload estimates (mirrors `applyPage`). */
export function pageArgs(spec: PageSpec, breaks: readonly number[]): unknown {
  return { spec, breaks };
}

/** Number of commands `applyPage` queues. */
export function pageCommands(spec: PageSpec, breaks: readonly number[]): number {
  return 14 + (spec.printTitleRows ? 1 : 0) + breaks.length;
}

export function applyPage(sheet: Excel.Worksheet, layout: SchedaLayout): void {
  const p = layout.page;
  const pl = sheet.pageLayout;
  pl.orientation = Excel.PageOrientation.portrait;
  pl.paperSize = Excel.PaperType.a4;
  // margins are inches in the layout; setPrintMargins takes the unit, so no conversion here
  pl.setPrintMargins(Excel.PrintMarginUnit.inches, { ...p.margins });
  pl.centerHorizontally = p.centerHorizontally;
  pl.printGridlines = p.gridlines;
  // on screen too (Worksheet.showGridlines, ExcelApi 1.8): the sheet looks like its printout
  sheet.showGridlines = p.gridlines;
  // 1 page wide, as many tall as needed: 0 pages tall means "automatic", like fitToHeight=0
  // in the file format (learn.microsoft.com, Excel.PageLayoutZoomOptions)
  pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
  pl.setPrintArea(p.printArea);
  if (p.printTitleRows) pl.setPrintTitleRows(absoluteRows(p.printTitleRows));
  const header = splitHeader(p.header);
  const footer = splitHeader(p.footer);
  const hf = pl.headersFooters.defaultForAllPages;
  hf.leftHeader = header.left;
  hf.centerHeader = header.center;
  hf.rightHeader = header.right;
  hf.leftFooter = footer.left;
  hf.centerFooter = footer.center;
  hf.rightFooter = footer.right;
  // a break "before row r": Excel puts it above the top row of the given range
  for (const r of layout.breaks) if (r > 1) sheet.horizontalPageBreaks.add(`A${r}`);
}
