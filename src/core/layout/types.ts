/**
 * A printable sheet described as plain data: what goes in which cell, how it looks, and how
 * it prints. Renderers (ExcelJS for files, the Excel JS API in the task pane) only copy it.
 *
 * Units: column widths in Excel character units (the stored `width`, ≈ 7 px each with the
 * workbook's Calibri 11 Normal style), row heights and font sizes in points, margins in inches.
 * Rows and columns are 1-based, like the spreadsheet.
 */

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";
export type BorderWeight = "thin" | "medium" | "hair";

export interface FontSpec {
  /** set explicitly on every cell so no renderer falls back to the workbook default */
  readonly name: string;
  /** points */
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** RGB hex without "#", e.g. "1F3864" */
  readonly color?: string;
}

export interface BorderSide {
  readonly weight: BorderWeight;
  readonly color: string;
}

export interface CellStyle {
  readonly font: FontSpec;
  /** solid fill colour, RGB hex */
  readonly fill?: string;
  readonly border?: {
    readonly top?: BorderSide;
    readonly left?: BorderSide;
    readonly bottom?: BorderSide;
    readonly right?: BorderSide;
  };
  readonly horizontal: HAlign;
  readonly vertical: VAlign;
  readonly wrap: boolean;
  /** indent level of left-aligned text (Excel: three spaces each), off the cell's left border */
  readonly indent?: number;
  /** shrink the font rather than show ### when a number is wider than its cell (no wrap) */
  readonly shrink?: boolean;
}

export type StyleId = string;

export interface LayoutCell {
  readonly row: number;
  readonly col: number;
  readonly value: string | number | null;
  /** Excel number format code, for numeric values */
  readonly numberFormat?: string;
  /** key into `SchedaLayout.styles`; for a merged cell it styles the whole merged area */
  readonly style: StyleId;
  /**
   * The value comes from the data and starts with = + - or @: renderers must write it as
   * text (number format "@" first), never let it become a formula.
   */
  readonly forceText?: boolean;
  /** internal hyperlink target, e.g. `'2021_S08_20'!A1` */
  readonly link?: string;
}

export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface PageSpec {
  readonly orientation: "portrait";
  readonly paper: "A4";
  /** inches */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
  /** pages wide; the columns already fit at 100 %, so this is only a safety net */
  readonly fitToWidth: 1;
  /** 0 = as many pages tall as needed (our manual breaks decide) */
  readonly fitToHeight: 0;
  /** rows repeated on every page, "first:last"; null when none */
  readonly printTitleRows: string | null;
  /** e.g. "A1:J84" */
  readonly printArea: string;
  /** Excel header/footer strings with &L &C &R &P &N codes (literal & doubled) */
  readonly header: string;
  readonly footer: string;
  readonly centerHorizontally: boolean;
  readonly gridlines: false;
}

/** An Excel table over cells of a layout: its name, range ("A4:K36") and column names. */
export interface SheetTable {
  readonly name: string;
  readonly ref: string;
  /** the header cells' texts, in order (Excel wants them equal) */
  readonly columns: readonly string[];
}

export interface SchedaLayout {
  readonly sheetName: string;
  readonly columns: readonly { readonly width: number }[];
  /** one entry per row, index 0 = row 1 */
  readonly rows: readonly { readonly height: number }[];
  readonly cells: readonly LayoutCell[];
  readonly merges: readonly Merge[];
  readonly styles: Readonly<Record<StyleId, CellStyle>>;
  readonly page: PageSpec;
  /** rows before which a manual page break goes */
  readonly breaks: readonly number[];
  /** how many printed pages the layout expects (breaks + 1, when no block overflows a page) */
  readonly expectedPages: number;
}
