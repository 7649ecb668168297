/**
 * The workbook as plain data: what "the file" holds. Proxies read and change it only while a
 * `context.sync()` runs; the test handle (`FakeWorkbook`) may touch it directly.
 */
import type { Rect } from "./address";
import type { ChartState } from "./charts";

export type Scalar = string | number | boolean;

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

/** Cell-level formatting; absent keys fall back to column, row, then workbook defaults. */
export interface StyleState {
  numberFormat?: string;
  fill?: string | null;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** Style.indentLevel (ExcelApi 1.7): 0 to 250 */
  indentLevel?: number;
  borders?: Record<string, BorderState>;
}

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellState {
  value: Scalar;
  /** the formula text ("=…") when the cell holds one */
  formula: string | null;
  /** direct formatting, on top of the cell's named style */
  style: StyleState;
  /** the workbook's named style applied to the cell (`Range.style`); its changes show at once */
  named?: NamedStyleState;
  hyperlink?: HyperlinkState;
}

/** A named cell style (`workbook.styles`): every category set, as Excel's styles based on Normal. */
export interface NamedStyleState {
  name: string;
  builtIn: boolean;
  props: StyleState;
}

export interface ValidationState {
  rect: Rect;
  rule: Record<string, unknown> | null;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  id: string;
  rect: Rect;
  type: string;
  formula: string | null;
  format: StyleState;
  stopIfTrue: boolean;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: Record<string, number | null>;
  printGridlines: boolean;
  printHeadings: boolean;
  centerHorizontally: boolean;
  centerVertically: boolean;
  printArea: string | null;
  printTitleRows: string | null;
  printTitleColumns: string | null;
  headers: Record<string, string>;
  horizontalPageBreaks: number[];
}

export interface SheetState {
  id: string;
  name: string;
  visibility: string;
  tabColor: string;
  /** Worksheet.showGridlines (ExcelApi 1.8), the on-screen grid */
  showGridlines: boolean;
  cells: Map<string, CellState>;
  columnStyles: Map<number, StyleState>;
  rowStyles: Map<number, StyleState>;
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  merges: Rect[];
  frozenRows: number;
  frozenColumns: number;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  pageLayout: PageLayoutState;
  /** `Worksheet.charts` (charts.ts) */
  charts: ChartState[];
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** header row included */
  rect: Rect;
  showTotals: boolean;
  style: string;
}

/** A workbook-scoped defined name: a reference to a cell (followed by sheet id) or a constant. */
export interface NameState {
  name: string;
  comment: string;
  visible: boolean;
  ref: { sheetId: string; r0: number; c0: number } | null;
  /** the formula of a name that is not a reference, e.g. ="text" */
  constant: string | null;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  settings: Map<string, unknown>;
  names: NameState[];
  /** named cell styles; "Normal" is always there */
  styles: NamedStyleState[];
  nextId: number;
}

/** Excel's defaults for a new workbook (Calibri 11, 15 pt rows, 48 pt ≈ 8.43 chars columns). */
export const DEFAULT_STYLE: Required<Omit<StyleState, "borders">> = {
  numberFormat: "General",
  fill: null,
  fontName: "Calibri",
  fontSize: 11,
  bold: false,
  italic: false,
  fontColor: "#000000",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
};
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_COLUMN_WIDTH = 48;
export const NO_BORDER: BorderState = { style: "None", weight: "Thin", color: "#000000" };

export function newId(wb: WorkbookState, prefix: string): string {
  wb.nextId += 1;
  return `{${prefix}-${wb.nextId}}`;
}

/** "Normal" margins in points: 0.75" top/bottom, 0.7" sides, 0.3" header/footer. */
export function defaultPageLayout(): PageLayoutState {
  return {
    orientation: "Portrait",
    paperSize: "A4",
    topMargin: 54,
    bottomMargin: 54,
    leftMargin: 50.4,
    rightMargin: 50.4,
    headerMargin: 21.6,
    footerMargin: 21.6,
    zoom: { scale: 100 },
    printGridlines: false,
    printHeadings: false,
    centerHorizontally: false,
    centerVertically: false,
    printArea: null,
    printTitleRows: null,
    printTitleColumns: null,
    headers: {},
    horizontalPageBreaks: [],
  };
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  return {
    id: newId(wb, "sheet"),
    name,
    visibility: "Visible",
    tabColor: "",
    showGridlines: true,
    cells: new Map(),
    columnStyles: new Map(),
    rowStyles: new Map(),
    rowHeights: new Map(),
    columnWidths: new Map(),
    merges: [],
    frozenRows: 0,
    frozenColumns: 0,
    validations: [],
    conditionalFormats: [],
    pageLayout: defaultPageLayout(),
    charts: [],
  };
}

export function cellKey(r: number, c: number): string {
  return `${r},${c}`;
}

export function getCell(sheet: SheetState, r: number, c: number): CellState | undefined {
  return sheet.cells.get(cellKey(r, c));
}

/** The cell, created on first write. */
export function touchCell(sheet: SheetState, r: number, c: number): CellState {
  const key = cellKey(r, c);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = { value: "", formula: null, style: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** The effective value of one style key for a cell: cell, then column, row, default. */
export function styleOf<K extends keyof StyleState>(
  sheet: SheetState,
  r: number,
  c: number,
  key: K,
): StyleState[K] {
  const cell = getCell(sheet, r, c);
  const own = cell?.style[key];
  if (own !== undefined) return own;
  // a styled cell has every category from its style (borders only where the style has them)
  if (cell?.named) return cell.named.props[key];
  const col = sheet.columnStyles.get(c)?.[key];
  if (col !== undefined) return col;
  const row = sheet.rowStyles.get(r)?.[key];
  if (row !== undefined) return row;
  return key === "borders"
    ? undefined
    : (DEFAULT_STYLE[key as keyof typeof DEFAULT_STYLE] as StyleState[K]);
}

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function sheetById(wb: WorkbookState, id: string): SheetState | undefined {
  return wb.sheets.find((s) => s.id === id);
}

export function findTable(wb: WorkbookState, name: string): TableState | undefined {
  const lower = name.toLowerCase();
  return wb.tables.find((t) => t.name.toLowerCase() === lower || t.id === name);
}

export function emptyWorkbookState(): WorkbookState {
  return {
    sheets: [],
    tables: [],
    settings: new Map(),
    names: [],
    styles: [normalStyle("Normal", true)],
    nextId: 0,
  };
}

/** A style as Excel creates it: the Normal style's look (workbook defaults), no borders. */
export function normalStyle(name: string, builtIn: boolean): NamedStyleState {
  return { name, builtIn, props: { ...DEFAULT_STYLE } };
}

export function findStyle(wb: WorkbookState, name: string): NamedStyleState | undefined {
  const lower = name.toLowerCase();
  return wb.styles.find((s) => s.name.toLowerCase() === lower);
}
