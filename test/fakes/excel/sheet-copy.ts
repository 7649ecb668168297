/**
 * `Worksheet.copy` on the workbook data: a deep copy of everything a sheet holds, the name Excel
 * gives a copy and where the copy goes (learn.microsoft.com, Excel.Worksheet.copy, ExcelApi 1.7).
 */
import { invalidArgument, invalidOperation, notImplemented } from "./errors";
import { type CellState, type SheetState, type WorkbookState, newId, newSheet } from "./state";

export const POSITION_TYPES = ["None", "Before", "After", "Beginning", "End"];

function clone<V>(v: V): V {
  return structuredClone(v);
}

/** A cell's own data copied; the named style stays the same workbook-wide object. */
export function cloneCell(cell: CellState): CellState {
  const out: CellState = { value: cell.value, formula: cell.formula, style: clone(cell.style) };
  if (cell.named) out.named = cell.named;
  if (cell.hyperlink) out.hyperlink = { ...cell.hyperlink };
  return out;
}

/**
 * "Fasi" → "Fasi (2)", "Fasi (2)" → "Fasi (3)": Excel numbers copies from the name without its
 * " (n)" and shortens it so the result keeps to 31 characters.
 */
export function copyName(wb: WorkbookState, source: string): string {
  const base = source.replace(/ \(\d+\)$/, "");
  const taken = new Set(wb.sheets.map((s) => s.name.toLowerCase()));
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A new sheet state holding a deep copy of `src`; tables and hidden sheets are refused. */
export function cloneSheet(wb: WorkbookState, src: SheetState): SheetState {
  if (src.visibility !== "Visible") {
    throw invalidOperation("Worksheet.copy", "A hidden sheet can't be copied; show it first.");
  }
  if (wb.tables.some((t) => t.sheetId === src.id)) {
    throw notImplemented("Worksheet.copy of a sheet holding tables (Excel renames the copies)");
  }
  if (src.charts.length > 0) throw notImplemented("Worksheet.copy of a sheet holding charts");
  const copy = newSheet(wb, copyName(wb, src.name));
  copy.tabColor = src.tabColor;
  copy.showGridlines = src.showGridlines;
  for (const [key, cell] of src.cells) copy.cells.set(key, cloneCell(cell));
  for (const [c, style] of src.columnStyles) copy.columnStyles.set(c, clone(style));
  for (const [r, style] of src.rowStyles) copy.rowStyles.set(r, clone(style));
  copy.rowHeights = new Map(src.rowHeights);
  copy.columnWidths = new Map(src.columnWidths);
  copy.merges = src.merges.map((m) => ({ ...m }));
  copy.frozenRows = src.frozenRows;
  copy.frozenColumns = src.frozenColumns;
  copy.validations = clone(src.validations);
  copy.conditionalFormats = src.conditionalFormats.map((cf) => ({
    ...clone(cf),
    id: newId(wb, "cf"),
  }));
  copy.pageLayout = clone(src.pageLayout);
  return copy;
}

/**
 * The index the copy takes. "None" is the default and, as documented, inserts at the beginning.
 * "Before"/"After" need another sheet: Excel answers InvalidArgument without one, and also when
 * it is the copied sheet itself (github.com/OfficeDev/office-js issue 775, still open), so the
 * fake refuses both.
 */
export function copyIndex(
  wb: WorkbookState,
  src: SheetState,
  positionType: string,
  relativeTo: SheetState | null,
): number {
  const where = "Worksheet.copy";
  if (!POSITION_TYPES.includes(positionType)) throw invalidArgument(where, "Unknown positionType.");
  const relative = positionType === "Before" || positionType === "After";
  if (relative && relativeTo === null)
    throw invalidArgument(where, `"${positionType}" needs relativeTo.`);
  if (relative && relativeTo === src)
    throw invalidArgument(where, "relativeTo can't be the copied sheet itself.");
  if (!relative && relativeTo !== null)
    throw invalidArgument(where, `relativeTo is only for "Before" and "After".`);
  if (positionType === "End") return wb.sheets.length;
  if (!relative) return 0;
  const at = wb.sheets.indexOf(relativeTo as SheetState);
  return positionType === "Before" ? at : at + 1;
}
