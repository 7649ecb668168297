/** `worksheet.pageLayout` and `worksheet.horizontalPageBreaks`: print settings kept as data. */
import { checkInGrid, formatLocal, parseLocal, splitSheet } from "./address";
import { invalidArgument, notImplemented } from "./errors";
import { FakeClientObject, FakeClientResult, type FakeSession } from "./proxy";
import type { RangeProxy } from "./range";
import type { PageLayoutState, SheetState } from "./state";

const ORIENTATIONS = ["Portrait", "Landscape"];
const UNIT_TO_POINTS: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
const PLAIN = [
  "orientation",
  "paperSize",
  "topMargin",
  "bottomMargin",
  "leftMargin",
  "rightMargin",
  "headerMargin",
  "footerMargin",
  "printGridlines",
  "printHeadings",
  "centerHorizontally",
  "centerVertically",
] as const;
type Plain = (typeof PLAIN)[number];

/** A Range proxy or an address on the same sheet, as the local address Excel stores. */
export function localOf(target: RangeProxy | string, sheet: SheetState, where: string): string {
  if (typeof target !== "string") return formatLocal(target.resolve().rect);
  const { sheet: named, local } = splitSheet(target);
  if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
    throw invalidArgument(where, "The address names another worksheet.");
  }
  return local
    .split(",")
    .map((part) => formatLocal(parseLocal(part)))
    .join(",");
}

export class PageLayoutProxy extends FakeClientObject<SheetState> {
  protected readonly entity = "PageLayout";
  protected readonly scalarProps = [...PLAIN, "zoom"];
  declare orientation: string;
  declare paperSize: string;
  declare topMargin: number;
  declare bottomMargin: number;
  declare leftMargin: number;
  declare rightMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;

  constructor(context: FakeSession, resolver: () => SheetState | null) {
    super(context, resolver);
    // Plain properties share one getter/setter shape; defined here to keep the file short.
    for (const name of PLAIN) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (v: unknown) => this.write(name, v, (s) => setPlain(s.pageLayout, name, v)),
      });
    }
  }

  protected readProp(s: SheetState, name: string): unknown {
    if (name === "zoom") return { ...s.pageLayout.zoom };
    return s.pageLayout[name as Plain];
  }

  get zoom(): Record<string, number | null> {
    return this.read("zoom");
  }
  set zoom(v: Record<string, number | null>) {
    this.write("zoom", v, (s) => {
      const { scale, horizontalFitToPages, verticalFitToPages } = v;
      if (scale !== undefined && scale !== null && !(scale >= 10 && scale <= 400)) {
        throw invalidArgument("PageLayout.zoom", "scale must be 10–400.");
      }
      s.pageLayout.zoom = { ...v };
      if (horizontalFitToPages !== undefined || verticalFitToPages !== undefined)
        delete s.pageLayout.zoom.scale;
    });
  }

  setPrintArea(printArea: RangeProxy | string): void {
    this.call("setPrintArea", typeof printArea === "string" ? printArea : "{range}", (s) => {
      s.pageLayout.printArea = localOf(printArea, s, "PageLayout.setPrintArea");
    });
  }
  setPrintTitleRows(rows: RangeProxy | string): void {
    this.call("setPrintTitleRows", typeof rows === "string" ? rows : "{range}", (s) => {
      s.pageLayout.printTitleRows = localOf(rows, s, "PageLayout.setPrintTitleRows");
    });
  }
  setPrintTitleColumns(columns: RangeProxy | string): void {
    this.call("setPrintTitleColumns", typeof columns === "string" ? columns : "{range}", (s) => {
      s.pageLayout.printTitleColumns = localOf(columns, s, "PageLayout.setPrintTitleColumns");
    });
  }
  setPrintMargins(unit: string, options: Record<string, number>): void {
    this.call("setPrintMargins", { unit, options }, (s) => {
      const k = UNIT_TO_POINTS[unit];
      if (!k) throw invalidArgument("PageLayout.setPrintMargins", `Unknown unit ${unit}.`);
      for (const [key, v] of Object.entries(options)) {
        const name =
          key === "top" || key === "bottom" || key === "left" || key === "right"
            ? `${key}Margin`
            : key === "header"
              ? "headerMargin"
              : key === "footer"
                ? "footerMargin"
                : null;
        if (!name) throw invalidArgument("PageLayout.setPrintMargins", key);
        setPlain(s.pageLayout, name as Plain, v * k);
      }
    });
  }
  get headersFooters(): { defaultForAllPages: HeaderFooterProxy } {
    return this.child("headersFooters", () => ({
      defaultForAllPages: new HeaderFooterProxy(this.context, () => this.resolveOrNull()),
    }));
  }
  getPrintAreaOrNullObject(): never {
    throw notImplemented("PageLayout.getPrintAreaOrNullObject (use the workbook snapshot)");
  }
}

function setPlain(layout: PageLayoutState, name: Plain, v: unknown): void {
  const where = `PageLayout.${name}`;
  if (name === "orientation") {
    if (!ORIENTATIONS.includes(String(v))) throw invalidArgument(where);
  } else if (name === "paperSize") {
    if (typeof v !== "string") throw invalidArgument(where);
  } else if (name.endsWith("Margin")) {
    if (typeof v !== "number" || v < 0)
      throw invalidArgument(where, "Margins are non-negative points.");
  } else if (typeof v !== "boolean") {
    throw invalidArgument(where);
  }
  (layout as unknown as Record<string, unknown>)[name] = v;
}

const HEADER_PARTS = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
];

/** `headersFooters.defaultForAllPages`: six strings. */
export class HeaderFooterProxy extends FakeClientObject<SheetState> {
  protected readonly entity = "HeaderFooter";
  protected readonly scalarProps = HEADER_PARTS;
  declare leftHeader: string;
  declare centerHeader: string;
  declare rightHeader: string;
  declare leftFooter: string;
  declare centerFooter: string;
  declare rightFooter: string;
  constructor(context: FakeSession, resolver: () => SheetState | null) {
    super(context, resolver);
    for (const name of HEADER_PARTS) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (v: unknown) =>
          this.write(name, v, (s) => {
            if (typeof v !== "string") throw invalidArgument(`HeaderFooter.${name}`);
            s.pageLayout.headers[name] = v;
          }),
      });
    }
  }
  protected readProp(s: SheetState, name: string): unknown {
    return s.pageLayout.headers[name] ?? "";
  }
}

/** Manual page breaks above the top row of each given range. */
export class HorizontalPageBreakCollectionProxy extends FakeClientObject<SheetState> {
  protected readonly entity = "PageBreakCollection";
  protected readonly scalarProps = [];
  protected readProp(): unknown {
    throw notImplemented("PageBreakCollection property");
  }
  add(pageBreakRange: RangeProxy | string): void {
    this.call("add", typeof pageBreakRange === "string" ? pageBreakRange : "{range}", (s) => {
      const rect =
        typeof pageBreakRange === "string"
          ? parseLocal(splitSheet(pageBreakRange).local)
          : pageBreakRange.resolve().rect;
      checkInGrid(rect, "PageBreakCollection.add");
      if (rect.r0 === 0)
        throw invalidArgument("PageBreakCollection.add", "No page break above the first row.");
      const breaks = s.pageLayout.horizontalPageBreaks;
      if (!breaks.includes(rect.r0)) breaks.push(rect.r0);
      breaks.sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.call("removePageBreaks", null, (s) => {
      s.pageLayout.horizontalPageBreaks = [];
    });
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(
      this.context,
      "PageBreakCollection.getCount",
      () => this.resolve().pageLayout.horizontalPageBreaks.length,
    );
  }
}

/** `worksheet.freezePanes`: frozen top rows and left columns. */
export class FreezePanesProxy extends FakeClientObject<SheetState> {
  protected readonly entity = "WorksheetFreezePanes";
  protected readonly scalarProps = [];
  protected readProp(): unknown {
    throw notImplemented("WorksheetFreezePanes property");
  }
  freezeRows(count = 1): void {
    this.call("freezeRows", count, (s) => {
      s.frozenRows = count;
    });
  }
  freezeColumns(count = 1): void {
    this.call("freezeColumns", count, (s) => {
      s.frozenColumns = count;
    });
  }
  unfreeze(): void {
    this.call("unfreeze", null, (s) => {
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
  freezeAt(): never {
    throw notImplemented("WorksheetFreezePanes.freezeAt");
  }
  getLocationOrNullObject(): never {
    throw notImplemented("WorksheetFreezePanes.getLocationOrNullObject");
  }
}
