/** `Excel.Range`: a rectangle of one worksheet, resolved anew at every sync; here its navigation. */
import { MAX_COLS, MAX_ROWS, type Rect, checkInGrid, parseLocal, splitSheet } from "./address";
import { clearContents } from "./cells";
import { type CopyArea, copyRange } from "./copy-range";
import { invalidArgument, itemNotFound, notImplemented } from "./errors";
import { clearFormats } from "./format";
import { mergeRange, unmergeRange } from "./merge";
import type { FakeClientObject } from "./proxy";
import { RANGE_SOURCES, RangeBase, type RangeTarget, rectsOf } from "./range-base";
import { type SheetState, type WorkbookState, findSheet } from "./state";
import { usedRect } from "./used";

export type { RangeTarget } from "./range-base";

export class RangeProxy extends RangeBase {
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
  /**
   * The rectangle both ranges cover (ExcelApi 1.1, learn.microsoft.com/javascript/api/excel/
   * excel.range#excel-excel-range-getintersection-member(1)). Only a range of the same sheet is
   * accepted; ranges that do not meet fail at sync (use it where they always meet).
   */
  getIntersection(anotherRange: RangeProxy): RangeProxy {
    if (!(anotherRange instanceof RangeProxy))
      throw notImplemented("Range.getIntersection with an address");
    return new RangeProxy(this.context, () => {
      const a = this.resolve();
      const b = anotherRange.resolve();
      if (a.sheet !== b.sheet)
        throw invalidArgument("Range.getIntersection", "The ranges are on different sheets.");
      const rect = {
        r0: Math.max(a.rect.r0, b.rect.r0),
        c0: Math.max(a.rect.c0, b.rect.c0),
        r1: Math.min(a.rect.r1, b.rect.r1),
        c1: Math.min(a.rect.c1, b.rect.c1),
      };
      if (rect.r0 > rect.r1 || rect.c0 > rect.c1)
        throw itemNotFound("Range.getIntersection", "the ranges do not intersect");
      return { sheet: a.sheet, rect };
    });
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
  /**
   * Copies from a range, a one-area RangeAreas or an address ("'Sheet A'!A1:P2"; without a sheet
   * name, this range's sheet). The source is read when the command runs, after the commands
   * queued before it in the same sync.
   */
  copyFrom(
    sourceRange: FakeClientObject<RangeTarget> | string,
    copyType: string = "All",
    skipBlanks = false,
    transpose = false,
  ): void {
    if (skipBlanks) throw notImplemented("Range.copyFrom with skipBlanks");
    if (transpose) throw notImplemented("Range.copyFrom with transpose");
    if (copyType === "Link") throw notImplemented('Range.copyFrom(…, "Link")');
    const isProxy = typeof sourceRange !== "string" && RANGE_SOURCES.has(sourceRange);
    if (typeof sourceRange !== "string" && !isProxy)
      throw invalidArgument("Range.copyFrom", "The source must be a Range, RangeAreas or address.");
    const args = { sourceRange, copyType, skipBlanks, transpose };
    this.call("copyFrom", args, (t) => {
      const wb = this.context.host.state;
      const from =
        typeof sourceRange === "string"
          ? sourceByAddress(wb, t.sheet, sourceRange)
          : sourceOfProxy(sourceRange);
      copyRange(wb, t, from, copyType);
    });
  }
}

function sourceByAddress(wb: WorkbookState, here: SheetState, address: string): CopyArea {
  if (address.includes(",")) throw notImplemented("Range.copyFrom from several areas");
  const { sheet: name, local } = splitSheet(address.trim());
  const sheet = name === null ? here : findSheet(wb, name);
  if (!sheet) throw invalidArgument("Range.copyFrom", `No worksheet named "${name}".`);
  return { sheet, rect: parseLocal(local) };
}

function sourceOfProxy(proxy: FakeClientObject<RangeTarget>): CopyArea {
  const t = proxy.resolve();
  if (rectsOf(t).length > 1) throw notImplemented("Range.copyFrom from several areas");
  return { sheet: t.sheet, rect: t.rect };
}

function inRect(key: string, rect: Rect): boolean {
  const [r, c] = key.split(",").map(Number);
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}

function notFoundUsed(): Error {
  return itemNotFound("Range.getUsedRange", "no used cell in the range");
}
