/** Tables as ranges on a sheet: header names, body, growth and overlap rules. */
import { type Rect, intersects, rectRows } from "./address";
import { invalidArgument } from "./errors";
import { valueAt } from "./cells";
import {
  type SheetState,
  type TableState,
  type WorkbookState,
  getCell,
  sheetById,
  touchCell,
} from "./state";

export function tableSheet(wb: WorkbookState, table: TableState): SheetState {
  const sheet = sheetById(wb, table.sheetId);
  if (!sheet) throw invalidArgument("Table", "The table's worksheet no longer exists.");
  return sheet;
}

export function headerRect(t: TableState): Rect {
  return { ...t.rect, r1: t.rect.r0 };
}

/** A table always has at least one body row (an empty one right after creation). */
export function bodyRect(t: TableState): Rect {
  return { ...t.rect, r0: t.rect.r0 + 1 };
}

export function bodyRowCount(t: TableState): number {
  return rectRows(t.rect) - 1;
}

export function headerNames(wb: WorkbookState, t: TableState): string[] {
  const sheet = tableSheet(wb, t);
  const names: string[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c += 1) names.push(String(valueAt(sheet, t.rect.r0, c)));
  return names;
}

/**
 * Excel keeps header cells as unique, non-empty text: a blank header becomes "ColumnN" and a
 * repeated one gets a number appended ("Nome2").
 */
export function normalizeHeaders(wb: WorkbookState, t: TableState): void {
  const sheet = tableSheet(wb, t);
  const seen = new Set<string>();
  for (let c = t.rect.c0; c <= t.rect.c1; c += 1) {
    const cell = touchCell(sheet, t.rect.r0, c);
    let name = String(cell.value);
    if (name === "") name = `Column${c - t.rect.c0 + 1}`;
    const base = name;
    for (let n = 2; seen.has(name.toLowerCase()); n += 1) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    cell.value = name;
    cell.formula = null;
  }
}

export function checkNoOverlap(
  wb: WorkbookState,
  sheetId: string,
  rect: Rect,
  selfId: string | null,
): void {
  const other = wb.tables.find(
    (t) => t.sheetId === sheetId && t.id !== selfId && intersects(t.rect, rect),
  );
  if (other)
    throw invalidArgument(
      "TableCollection.add",
      `A table can't overlap another table (${other.name}).`,
    );
}

function rowIsEmpty(sheet: SheetState, r: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c += 1) if (valueAt(sheet, r, c) !== "") return false;
  return true;
}

/**
 * AutoExpansion: values written into the rows right below a table make it grow over them, as
 * when a user types below a table. Growth stops at the last written row that holds a value
 * inside the table's columns (OfficeDev/office-js issues #3013 and #3191 describe this
 * behaviour, including trailing empty rows left outside).
 */
export function autoExpand(wb: WorkbookState, sheet: SheetState, written: Rect): void {
  for (const t of wb.tables) {
    if (t.sheetId !== sheet.id || written.r0 !== t.rect.r1 + 1) continue;
    if (written.c1 < t.rect.c0 || written.c0 > t.rect.c1) continue;
    let last = -1;
    for (let r = written.r0; r <= written.r1; r += 1) {
      if (!rowIsEmpty(sheet, r, Math.max(t.rect.c0, written.c0), Math.min(t.rect.c1, written.c1)))
        last = r;
      else break;
    }
    if (last < 0) continue;
    const grown = { ...t.rect, r1: last };
    const blocked = wb.tables.some(
      (o) => o.id !== t.id && o.sheetId === sheet.id && intersects(o.rect, grown),
    );
    if (blocked) continue;
    const oldLast = t.rect.r1;
    t.rect = grown;
    extendTableFormats(sheet, t, oldLast);
  }
}

/** True when the table's only body row is the empty one Excel adds to a new table. */
export function hasOnlyPlaceholderRow(wb: WorkbookState, t: TableState): boolean {
  const sheet = tableSheet(wb, t);
  return bodyRowCount(t) === 1 && rowIsEmpty(sheet, t.rect.r0 + 1, t.rect.c0, t.rect.c1);
}

/**
 * New table rows take the formats of the row above and extend the data validation of the
 * table's columns, as Excel propagates a table column's formatting to rows it adds.
 */
export function extendTableFormats(sheet: SheetState, t: TableState, oldLast: number): void {
  for (let c = t.rect.c0; c <= t.rect.c1; c += 1) {
    const model = getCell(sheet, oldLast, c)?.style;
    if (!model) continue;
    for (let r = oldLast + 1; r <= t.rect.r1; r += 1) {
      const cell = touchCell(sheet, r, c);
      if (Object.keys(cell.style).length === 0)
        cell.style = JSON.parse(JSON.stringify(model)) as typeof model;
    }
  }
  for (const v of sheet.validations) {
    if (
      v.rect.r1 === oldLast &&
      v.rect.r0 > t.rect.r0 &&
      v.rect.c0 >= t.rect.c0 &&
      v.rect.c1 <= t.rect.c1
    ) {
      v.rect = { ...v.rect, r1: t.rect.r1 };
    }
  }
}
