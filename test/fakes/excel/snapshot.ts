/** The whole workbook as plain JSON, for before/after comparisons in tests. */
import { columnLetters, formatLocal } from "./address";
import type { CellState, HyperlinkState, SheetState, StyleState, WorkbookState } from "./state";
import { nameFormula } from "./named-items";
import { headerNames, tableSheet } from "./tables-state";

export interface CellSnapshot {
  value: string | number | boolean;
  formula?: string;
  /** the resolved formatting: the named style's, then the cell's own on top */
  style?: StyleState;
  /** the named style applied to the cell */
  styleName?: string;
  hyperlink?: HyperlinkState;
}

export interface SheetSnapshot {
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  frozenRows: number;
  frozenColumns: number;
  cells: Record<string, CellSnapshot>;
  columnStyles: Record<string, StyleState>;
  rowStyles: Record<string, StyleState>;
  rowHeights: Record<string, number>;
  columnWidths: Record<string, number>;
  merges: string[];
  validations: Array<Record<string, unknown>>;
  conditionalFormats: Array<Record<string, unknown>>;
  pageLayout: Record<string, unknown>;
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  style: string;
  showTotals: boolean;
}

export interface NameSnapshot {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  settings: Record<string, unknown>;
  names: NameSnapshot[];
}

function copy<V>(v: V): V {
  return JSON.parse(JSON.stringify(v)) as V;
}

function cellSnapshot(cell: CellState): CellSnapshot | null {
  const hasStyle = Object.keys(cell.style).length > 0 || cell.named !== undefined;
  if (cell.value === "" && cell.formula === null && !hasStyle && !cell.hyperlink) return null;
  const out: CellSnapshot = { value: cell.value };
  if (cell.formula !== null) out.formula = cell.formula;
  if (hasStyle) out.style = copy({ ...cell.named?.props, ...cell.style });
  if (cell.named) out.styleName = cell.named.name;
  if (cell.hyperlink) out.hyperlink = copy(cell.hyperlink);
  return out;
}

function sortedCells(sheet: SheetState): Record<string, CellSnapshot> {
  const entries = [...sheet.cells.entries()]
    .map(([key, cell]) => ({ rc: key.split(",").map(Number), snap: cellSnapshot(cell) }))
    .filter((e) => e.snap !== null)
    .sort((a, b) => a.rc[0] - b.rc[0] || a.rc[1] - b.rc[1]);
  const out: Record<string, CellSnapshot> = {};
  for (const e of entries) out[`${columnLetters(e.rc[1])}${e.rc[0] + 1}`] = e.snap as CellSnapshot;
  return out;
}

function byKey<V>(map: Map<number, V>, label: (i: number) => string): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of [...map.keys()].sort((a, b) => a - b)) out[label(k)] = copy(map.get(k) as V);
  return out;
}

function sheetSnapshot(sheet: SheetState): SheetSnapshot {
  const layout = sheet.pageLayout;
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    cells: sortedCells(sheet),
    columnStyles: byKey(sheet.columnStyles, columnLetters),
    rowStyles: byKey(sheet.rowStyles, (r) => String(r + 1)),
    rowHeights: byKey(sheet.rowHeights, (r) => String(r + 1)),
    columnWidths: byKey(sheet.columnWidths, columnLetters),
    merges: sheet.merges.map(formatLocal),
    validations: sheet.validations.map((v) => ({
      address: formatLocal(v.rect),
      rule: copy(v.rule),
      errorAlert: copy(v.errorAlert),
      prompt: copy(v.prompt),
      ignoreBlanks: v.ignoreBlanks,
    })),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      address: formatLocal(cf.rect),
      type: cf.type,
      formula: cf.formula,
      format: copy(cf.format),
      stopIfTrue: cf.stopIfTrue,
    })),
    pageLayout: {
      ...copy(layout),
      horizontalPageBreaks: layout.horizontalPageBreaks.map((r) => r + 1),
    },
  };
}

export function snapshotWorkbook(wb: WorkbookState): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map(sheetSnapshot),
    tables: wb.tables.map((t) => ({
      name: t.name,
      sheet: tableSheet(wb, t).name,
      address: formatLocal(t.rect),
      headers: headerNames(wb, t),
      style: t.style,
      showTotals: t.showTotals,
    })),
    settings: Object.fromEntries([...wb.settings.entries()].map(([k, v]) => [k, copy(v)])),
    names: wb.names.map((n) => ({
      name: n.name,
      formula: nameFormula(wb, n),
      comment: n.comment,
      visible: n.visible,
    })),
  };
}
