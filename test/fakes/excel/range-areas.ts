/**
 * `Excel.RangeAreas` from `worksheet.getRanges("A1:B2, D4:E5")` (ExcelApi 1.9,
 * learn.microsoft.com/javascript/api/excel/excel.rangeareas): several rectangles of one sheet
 * formatted, or given a style, with one command. Only what the add-in uses is here; every other
 * member fails loudly.
 */
import {
  type Rect,
  checkInGrid,
  formatAddress,
  parseLocal,
  rectCols,
  rectRows,
  splitSheet,
} from "./address";
import { invalidArgument, notImplemented } from "./errors";
import { RangeFormatProxy } from "./format";
import { FakeClientObject, FakeCollection, type FakeSession } from "./proxy";
import { RangeProxy } from "./range";
import {
  RANGE_SOURCES,
  type RangeTarget,
  applyNamedStyle,
  rectsOf,
  styleNameOf,
} from "./range-base";
import type { SheetState } from "./state";

/**
 * No documented limit; Excel refuses long lists of areas (github.com/OfficeDev/office-js
 * issues 5198, about 8,000 characters, and office-js-docs-pr 2255). The fake refuses anything
 * over 255 characters, the shortest limit reported, so callers split early.
 */
export const RANGES_ADDRESS_LIMIT = 255;

/** The areas of a "A1:B2, D4:E5" (or ";"-separated) address on `sheet`. */
export function parseAreas(sheet: SheetState, address: string): Rect[] {
  const where = "Worksheet.getRanges";
  if (typeof address !== "string" || address.trim() === "")
    throw notImplemented(`${where}() without an address`);
  if (address.length > RANGES_ADDRESS_LIMIT)
    throw invalidArgument(where, `The address is longer than ${RANGES_ADDRESS_LIMIT} characters.`);
  return address.split(/[,;]/).map((part) => {
    const { sheet: named, local } = splitSheet(part.trim());
    if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase())
      throw invalidArgument(where, "The address names another worksheet.");
    const rect = parseLocal(local);
    checkInGrid(rect, where);
    return rect;
  });
}

class AreaCollectionProxy extends FakeCollection<RangeTarget, RangeTarget, RangeProxy> {
  protected readonly entity = "RangeCollection";
  protected readonly scalarProps = [];
  protected readonly itemProps = ["address"];
  protected readProp(): unknown {
    throw notImplemented("RangeCollection property");
  }
  protected listItems(t: RangeTarget): RangeTarget[] {
    return rectsOf(t).map((rect) => ({ sheet: t.sheet, rect }));
  }
  protected itemProxy(item: RangeTarget): RangeProxy {
    return new RangeProxy(this.context, () => item);
  }
  protected itemValue(item: RangeTarget, name: string): unknown {
    if (name !== "address") throw notImplemented(`RangeCollection item ${name}`);
    return formatAddress(item.sheet.name, item.rect);
  }
}

export class RangeAreasProxy extends FakeClientObject<RangeTarget> {
  protected readonly entity = "RangeAreas";
  protected readonly scalarProps = ["address", "areaCount", "cellCount", "style"];

  constructor(context: FakeSession, resolver: () => RangeTarget | null) {
    super(context, resolver);
    RANGE_SOURCES.add(this);
  }

  protected readProp(t: RangeTarget, name: string): unknown {
    const areas = rectsOf(t);
    switch (name) {
      case "address":
        return areas.map((a) => formatAddress(t.sheet.name, a)).join(",");
      case "areaCount":
        return areas.length;
      case "cellCount":
        return areas.reduce((n, a) => n + rectRows(a) * rectCols(a), 0);
      case "style":
        return styleNameOf(t);
      default:
        throw notImplemented(`RangeAreas.${name}`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get style(): string | null {
    return this.read("style");
  }
  set style(name: string | null) {
    this.write("style", name, (t) => applyNamedStyle(this.context.host.state, t, name));
  }
  get format(): RangeFormatProxy {
    return this.child("format", () => new RangeFormatProxy(this.context, () => this.resolve()));
  }
  get areas(): AreaCollectionProxy {
    return this.child("areas", () => new AreaCollectionProxy(this.context, () => this.resolve()));
  }

  get worksheet(): never {
    throw notImplemented("RangeAreas.worksheet");
  }
  get dataValidation(): never {
    throw notImplemented("RangeAreas.dataValidation");
  }
  get conditionalFormats(): never {
    throw notImplemented("RangeAreas.conditionalFormats");
  }
  clear(): never {
    throw notImplemented("RangeAreas.clear");
  }
  copyFrom(): never {
    throw notImplemented("RangeAreas.copyFrom");
  }
  getEntireRow(): never {
    throw notImplemented("RangeAreas.getEntireRow");
  }
  getEntireColumn(): never {
    throw notImplemented("RangeAreas.getEntireColumn");
  }
  getIntersection(): never {
    throw notImplemented("RangeAreas.getIntersection");
  }
  getOffsetRangeAreas(): never {
    throw notImplemented("RangeAreas.getOffsetRangeAreas");
  }
  getSpecialCells(): never {
    throw notImplemented("RangeAreas.getSpecialCells");
  }
  getUsedRangeAreas(): never {
    throw notImplemented("RangeAreas.getUsedRangeAreas");
  }
  select(): never {
    throw notImplemented("RangeAreas.select");
  }
  set(): never {
    throw notImplemented("RangeAreas.set");
  }
  calculate(): never {
    throw notImplemented("RangeAreas.calculate");
  }
}
