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

type Layout = Excel.PageLayout;

/**
 * One part of the print setup: how many commands it sends, whether two specs agree on it, how
 * to set it. A sheet copied from a model sheet already has the model's setup, so only the parts
 * that differ are sent (the print area and the centre header, for a scheda).
 */
interface PagePart {
  readonly commands: number;
  readonly same: (a: PageSpec, b: PageSpec) => boolean;
  readonly apply: (pl: Layout, p: PageSpec, sheet: Excel.Worksheet) => void;
}

const sameJson = (pick: (p: PageSpec) => unknown) => (a: PageSpec, b: PageSpec) =>
  JSON.stringify(pick(a)) === JSON.stringify(pick(b));

type Section = keyof HeaderParts;
const SECTIONS: readonly Section[] = ["left", "center", "right"];

function headerPart(which: "header" | "footer", section: Section): PagePart {
  const key = `${section}${which === "header" ? "Header" : "Footer"}` as const;
  const text = (p: PageSpec) => splitHeader(p[which])[section];
  return {
    commands: 1,
    same: (a, b) => text(a) === text(b),
    apply: (pl, p) => {
      pl.headersFooters.defaultForAllPages[key] = text(p);
    },
  };
}

const PAGE_PARTS: readonly PagePart[] = [
  {
    commands: 2,
    same: sameJson((p) => [p.orientation, p.paper]),
    apply: (pl) => {
      pl.orientation = Excel.PageOrientation.portrait;
      pl.paperSize = Excel.PaperType.a4;
    },
  },
  {
    commands: 1,
    same: sameJson((p) => p.margins),
    // margins are inches in the layout; setPrintMargins takes the unit, so no conversion here
    apply: (pl, p) => pl.setPrintMargins(Excel.PrintMarginUnit.inches, { ...p.margins }),
  },
  {
    commands: 1,
    same: sameJson((p) => p.centerHorizontally),
    apply: (pl, p) => {
      pl.centerHorizontally = p.centerHorizontally;
    },
  },
  {
    commands: 2,
    same: sameJson((p) => p.gridlines),
    apply: (pl, p, sheet) => {
      pl.printGridlines = p.gridlines;
      // on screen too (Worksheet.showGridlines, ExcelApi 1.8): the sheet looks like its printout
      sheet.showGridlines = p.gridlines;
    },
  },
  {
    commands: 1,
    same: sameJson((p) => [p.fitToWidth, p.fitToHeight]),
    // 1 page wide, as many tall as needed: 0 pages tall means "automatic", like fitToHeight=0
    // in the file format (learn.microsoft.com, Excel.PageLayoutZoomOptions)
    apply: (pl, p) => {
      pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
    },
  },
  {
    commands: 1,
    same: sameJson((p) => p.printArea),
    apply: (pl, p) => pl.setPrintArea(p.printArea),
  },
  {
    commands: 1,
    // a copied sheet keeps the model's titles; a spec without titles never differs from one
    same: (a, b) => a.printTitleRows === b.printTitleRows || b.printTitleRows === null,
    apply: (pl, p) => {
      if (p.printTitleRows) pl.setPrintTitleRows(absoluteRows(p.printTitleRows));
    },
  },
  ...SECTIONS.map((s) => headerPart("header", s)),
  ...SECTIONS.map((s) => headerPart("footer", s)),
];

/** The parts to send: all of them on a new sheet, those that differ on a copy of `base`. */
function partsFor(spec: PageSpec, base: PageSpec | null): PagePart[] {
  return PAGE_PARTS.filter((part) => base === null || !part.same(base, spec));
}

/** What is sent for the page setup, for payload estimates (mirrors `applyPage`). */
export function pageArgs(spec: PageSpec, breaks: readonly number[]): unknown {
  return { spec, breaks };
}

/** Number of commands `applyPage` queues. */
export function pageCommands(
  spec: PageSpec,
  breaks: readonly number[],
  base: PageSpec | null = null,
): number {
  return partsFor(spec, base).reduce((n, part) => n + part.commands, 0) + breaks.length;
}

/**
 * The print setup of `layout` on `sheet`. With `base`, the sheet is a copy of a sheet set up
 * for `base`: only what differs is sent. Page breaks are the layout's own in any case.
 */
export function applyPage(
  sheet: Excel.Worksheet,
  layout: SchedaLayout,
  base: PageSpec | null = null,
): void {
  const pl = sheet.pageLayout;
  for (const part of partsFor(layout.page, base)) part.apply(pl, layout.page, sheet);
  // a break "before row r": Excel puts it above the top row of the given range
  for (const r of layout.breaks) if (r > 1) sheet.horizontalPageBreaks.add(`A${r}`);
}
