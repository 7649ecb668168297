/** `Excel.Range`: a rectangle of one worksheet, resolved anew at every sync. */
import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  checkInGrid,
  formatAddress,
  rectCols,
  rectRows,
} from "./address";
import {
  clearContents,
  formulaAt,
  gridOf,
  textAt,
  toGrid,
  typeIntoCell,
  valueAt,
  valueTypeAt,
} from "./cells";
import { itemNotFound, notImplemented, responseTooLarge } from "./errors";
import { RangeFormatProxy, applyStyle, clearFormats } from "./format";
import { FakeClientObject, type FakeSession } from "./proxy";
import { type HyperlinkState, type SheetState, styleOf, touchCell } from "./state";
import { autoExpand, normalizeHeaders } from "./tables-state";
import { ConditionalFormatCollectionProxy, DataValidationProxy } from "./validation";
import { mergeRange, unmergeRange } from "./merge";
import { usedRect } from "./used";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

const GRID_PROPS = ["values", "formulas", "numberFormat", "text", "valueTypes"];

export class RangeProxy extends FakeClientObject<RangeTarget> {
  protected readonly entity = "Range";
  protected readonly scalarProps = [
    "address",
    "addressLocal",
    "values",
    "formulas",
    "numberFormat",
    "text",
    "valueTypes",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "cellCount",
    "isEntireColumn",
    "isEntireRow",
    "hyperlink",
  ];

  constructor(context: FakeSession, resolver: () => RangeTarget | null) {
    super(context, resolver);
  }

  protected readProp(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    if (GRID_PROPS.includes(name) && rectRows(rect) * rectCols(rect) > 1_700_000) {
      throw responseTooLarge(rectRows(rect) * rectCols(rect) * 3);
    }
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(sheet.name, rect);
      case "values":
        return gridOf(sheet, rect, valueAt);
      case "formulas":
        return gridOf(sheet, rect, formulaAt);
      case "numberFormat":
        return gridOf(sheet, rect, (s, r, c) => styleOf(s, r, c, "numberFormat"));
      case "text":
        return gridOf(sheet, rect, textAt);
      case "valueTypes":
        return gridOf(sheet, rect, valueTypeAt);
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectCols(rect);
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "cellCount":
        return rectRows(rect) * rectCols(rect);
      case "isEntireColumn":
        return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
      case "isEntireRow":
        return rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
      case "hyperlink":
        return sheet.cells.get(`${rect.r0},${rect.c0}`)?.hyperlink ?? null;
      default:
        throw notImplemented(`Range.${name}`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown) {
    this.write("values", input, (t) => this.writeContents(t, input, "Range.values"));
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown) {
    this.write("formulas", input, (t) => this.writeContents(t, input, "Range.formulas"));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.write("numberFormat", input, (t) => {
      if (!Array.isArray(input))
        return applyStyle(t.sheet, t.rect, { numberFormat: String(input) });
      const grid = toGrid(input, t.rect, "Range.numberFormat");
      grid.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null && f !== undefined)
            touchCell(t.sheet, t.rect.r0 + i, t.rect.c0 + j).style.numberFormat = String(f);
        }),
      );
    });
  }

  get hyperlink(): HyperlinkState | null {
    return this.read("hyperlink");
  }
  set hyperlink(link: HyperlinkState | null) {
    this.write("hyperlink", link, (t) => {
      for (let r = t.rect.r0; r <= t.rect.r1; r += 1) {
        for (let c = t.rect.c0; c <= t.rect.c1; c += 1) {
          const cell = touchCell(t.sheet, r, c);
          if (link === null) delete cell.hyperlink;
          else cell.hyperlink = { ...link };
          if (link?.textToDisplay !== undefined)
            typeIntoCell(t.sheet, r, c, link.textToDisplay, "Range.hyperlink");
        }
      }
    });
  }

  private writeContents(t: RangeTarget, input: unknown, where: string): void {
    const grid = toGrid(input, t.rect, where);
    grid.forEach((row, i) =>
      row.forEach((v, j) => typeIntoCell(t.sheet, t.rect.r0 + i, t.rect.c0 + j, v, where)),
    );
    const wb = this.context.host.state;
    autoExpand(wb, t.sheet, t.rect);
    for (const table of wb.tables) {
      if (table.sheetId === t.sheet.id && table.rect.r0 >= t.rect.r0 && table.rect.r0 <= t.rect.r1)
        normalizeHeaders(wb, table);
    }
  }

  get format(): RangeFormatProxy {
    return this.child("format", () => new RangeFormatProxy(this.context, () => this.resolve()));
  }
  get dataValidation(): DataValidationProxy {
    return this.child(
      "dataValidation",
      () => new DataValidationProxy(this.context, () => this.resolve()),
    );
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this.child(
      "conditionalFormats",
      () => new ConditionalFormatCollectionProxy(this.context, () => this.resolve()),
    );
  }

  /** A range derived from this one; outside the grid it fails at sync, like Excel. */
  private derive(name: string, f: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.resolve();
      const rect = f(t.rect);
      checkInGrid(rect, `Range.${name}`);
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive("getCell", (r) => ({
      r0: r.r0 + row,
      c0: r.c0 + column,
      r1: r.r0 + row,
      c1: r.c0 + column,
    }));
  }
  getRow(row: number): RangeProxy {
    return this.derive("getRow", (r) => ({ ...r, r0: r.r0 + row, r1: r.r0 + row }));
  }
  getColumn(column: number): RangeProxy {
    return this.derive("getColumn", (r) => ({ ...r, c0: r.c0 + column, c1: r.c0 + column }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("getOffsetRange", (r) => ({
      r0: r.r0 + rowOffset,
      r1: r.r1 + rowOffset,
      c0: r.c0 + columnOffset,
      c1: r.c1 + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("getResizedRange", (r) => ({
      ...r,
      r1: r.r1 + deltaRows,
      c1: r.c1 + deltaColumns,
    }));
  }
  getRowsBelow(count = 1): RangeProxy {
    return this.derive("getRowsBelow", (r) =>
      count >= 0 ? { ...r, r0: r.r1 + 1, r1: r.r1 + count } : { ...r, r0: r.r1 + count + 1 },
    );
  }
  getRowsAbove(count = 1): RangeProxy {
    return this.derive("getRowsAbove", (r) =>
      count >= 0 ? { ...r, r0: r.r0 - count, r1: r.r0 - 1 } : { ...r, r1: r.r0 - count - 1 },
    );
  }
  getColumnsAfter(count = 1): RangeProxy {
    return this.derive("getColumnsAfter", (r) => ({ ...r, c0: r.c1 + 1, c1: r.c1 + count }));
  }
  getColumnsBefore(count = 1): RangeProxy {
    return this.derive("getColumnsBefore", (r) => ({ ...r, c0: r.c0 - count, c1: r.c0 - 1 }));
  }
  getLastRow(): RangeProxy {
    return this.derive("getLastRow", (r) => ({ ...r, r0: r.r1 }));
  }
  getLastColumn(): RangeProxy {
    return this.derive("getLastColumn", (r) => ({ ...r, c0: r.c1 }));
  }
  getLastCell(): RangeProxy {
    return this.derive("getLastCell", (r) => ({ r0: r.r1, c0: r.c1, r1: r.r1, c1: r.c1 }));
  }
  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn", (r) => ({ ...r, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow", (r) => ({ ...r, c0: 0, c1: MAX_COLS - 1 }));
  }

  /** Inside a range, no used cell means ItemNotFound (Excel.Range.getUsedRange). */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.resolve();
      const used = usedRect(t.sheet, valuesOnly === true, t.rect);
      if (!used) throw notFoundUsed();
      return { sheet: t.sheet, rect: used };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    const proxy = new RangeProxy(this.context, () => {
      const t = this.resolve();
      const used = usedRect(t.sheet, valuesOnly === true, t.rect);
      return used ? { sheet: t.sheet, rect: used } : null;
    });
    return proxy.eagerly();
  }

  /** Exposes `eager()` to the worksheet and table proxies that build null-object ranges. */
  eagerly(): this {
    return this.eager();
  }

  select(): void {
    this.call("select", null, (t) => {
      this.context.host.activeSheetId = t.sheet.id;
      this.context.host.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }

  clear(applyTo?: string): void {
    this.call("clear", applyTo ?? "All", (t) => {
      const what = applyTo ?? "All";
      if (what === "All" || what === "Contents") clearContents(t.sheet, t.rect);
      if (what === "All" || what === "Formats") clearFormats(t.sheet, t.rect);
      if (what === "Hyperlinks" || what === "All") {
        for (const [key, cell] of t.sheet.cells) if (inRect(key, t.rect)) delete cell.hyperlink;
      }
      if (!["All", "Contents", "Formats", "Hyperlinks"].includes(what))
        throw notImplemented(`Range.clear("${what}")`);
    });
  }

  merge(across?: boolean): void {
    this.call("merge", across ?? false, (t) => mergeRange(t.sheet, t.rect, across === true));
  }
  unmerge(): void {
    this.call("unmerge", null, (t) => unmergeRange(t.sheet, t.rect));
  }

  get worksheet(): never {
    throw notImplemented("Range.worksheet (use the worksheet proxy you started from)");
  }
  insert(): never {
    throw notImplemented("Range.insert");
  }
  delete(): never {
    throw notImplemented("Range.delete");
  }
  set(): never {
    throw notImplemented("Range.set");
  }
  copyFrom(): never {
    throw notImplemented("Range.copyFrom");
  }
}

function inRect(key: string, rect: Rect): boolean {
  const [r, c] = key.split(",").map(Number);
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

function notFoundUsed(): Error {
  return itemNotFound("Range.getUsedRange", "no used cell in the range");
}
