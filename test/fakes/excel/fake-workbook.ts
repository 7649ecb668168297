/**
 * The test handle on a fake workbook: seeds sheets, cells and tables directly (no API, no
 * syncs), reads them back, and snapshots everything. Share one instance between two
 * `createFakeExcel` calls to simulate two co-authors.
 */
import { type Rect, parseLocal, splitSheet } from "./address";
import { evaluate, gridOf, valueAt } from "./cells";
import { ChangeEvents } from "./events";
import { invalidArgument, itemNotFound } from "./errors";
import { checkSheetName, checkTableName } from "./names";
import {
  type Scalar,
  type SheetState,
  type WorkbookState,
  emptyWorkbookState,
  findSheet,
  findTable,
  newId,
  newSheet,
  touchCell,
} from "./state";
import { type WorkbookSnapshot, snapshotWorkbook } from "./snapshot";
import {
  bodyRect,
  checkNoOverlap,
  headerNames,
  normalizeHeaders,
  tableSheet,
} from "./tables-state";

export class FakeWorkbook {
  readonly state: WorkbookState = emptyWorkbookState();
  /** the change handlers of every co-author's add-in (events.ts) */
  readonly events = new ChangeEvents();

  /** A new workbook has one sheet, as in Excel. */
  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
  }

  addSheet(name: string): this {
    this.state.sheets.push(
      newSheet(this.state, checkSheetName(this.state, name, null, "FakeWorkbook.addSheet")),
    );
    return this;
  }

  sheet(name: string): SheetState {
    const sheet = findSheet(this.state, name);
    if (!sheet) throw itemNotFound("FakeWorkbook.sheet", `worksheet "${name}"`);
    return sheet;
  }

  private target(address: string, sheetName?: string): { sheet: SheetState; rect: Rect } {
    const { sheet, local } = splitSheet(address);
    const name = sheet ?? sheetName;
    if (!name) throw invalidArgument("FakeWorkbook", "The address needs a sheet name.");
    return { sheet: this.sheet(name), rect: parseLocal(local) };
  }

  /**
   * Stores cells as they would be in a saved file: strings stay strings, except "=…" which is a
   * formula. `address` is "Sheet!A1" (the top-left cell) or a full range.
   */
  setValues(address: string, rows: readonly (readonly Scalar[])[]): this {
    const { sheet, rect } = this.target(address);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = touchCell(sheet, rect.r0 + i, rect.c0 + j);
        cell.formula = typeof v === "string" && v.startsWith("=") ? v : null;
        cell.value = cell.formula !== null ? evaluate(cell.formula) : v;
      }),
    );
    return this;
  }

  setNumberFormat(address: string, format: string): this {
    const { sheet, rect } = this.target(address);
    for (let r = rect.r0; r <= rect.r1; r += 1) {
      for (let c = rect.c0; c <= rect.c1; c += 1)
        touchCell(sheet, r, c).style.numberFormat = format;
    }
    return this;
  }

  values(address: string): Scalar[][] {
    const { sheet, rect } = this.target(address);
    return gridOf(sheet, rect, valueAt);
  }

  /** A table over `address` ("Sheet!A1:D5", headers in the first row). */
  addTable(address: string, name: string): this {
    const { sheet, rect } = this.target(address);
    checkTableName(this.state, name, null, "FakeWorkbook.addTable");
    const full = rect.r0 === rect.r1 ? { ...rect, r1: rect.r1 + 1 } : rect;
    checkNoOverlap(this.state, sheet.id, full, null);
    const table = {
      id: newId(this.state, "table"),
      name,
      sheetId: sheet.id,
      rect: full,
      showTotals: false,
      style: "TableStyleMedium2",
    };
    this.state.tables.push(table);
    normalizeHeaders(this.state, table);
    return this;
  }

  /** A table's sheet, address, headers and body values. */
  table(name: string): { sheet: string; address: string; headers: string[]; rows: Scalar[][] } {
    const t = findTable(this.state, name);
    if (!t) throw itemNotFound("FakeWorkbook.table", `table "${name}"`);
    const sheet = tableSheet(this.state, t);
    const snap = snapshotWorkbook(this.state).tables.find((x) => x.name === t.name);
    return {
      sheet: sheet.name,
      address: snap?.address ?? "",
      headers: headerNames(this.state, t),
      rows: gridOf(sheet, bodyRect(t), valueAt),
    };
  }

  setSetting(key: string, value: unknown): this {
    this.state.settings.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    return this;
  }

  snapshot(): WorkbookSnapshot {
    return snapshotWorkbook(this.state);
  }
}
