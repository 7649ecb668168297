/** `Excel.Range`, part one: the properties of a rectangle (values, formulas, formats). */
import { MAX_COLS, MAX_ROWS, type Rect, formatAddress, rectCols, rectRows } from "./address";
import { formulaAt, gridOf, textAt, toGrid, typeIntoCell, valueAt, valueTypeAt } from "./cells";
import { invalidArgument, itemNotFound, notImplemented, responseTooLarge } from "./errors";
import { beforeOf } from "./events";
import { RangeFormatProxy, applyStyle } from "./format";
import { FakeClientObject, type FakeSession } from "./proxy";
import {
  type HyperlinkState,
  type SheetState,
  type WorkbookState,
  findStyle,
  getCell,
  styleOf,
  touchCell,
} from "./state";
import { autoExpand, normalizeHeaders } from "./tables-state";
import { ConditionalFormatCollectionProxy, DataValidationProxy } from "./validation";

export interface RangeTarget {
  readonly sheet: SheetState;
  /** the range, or the first area of a RangeAreas */
  readonly rect: Rect;
  /** every area of a RangeAreas (`worksheet.getRanges`); formats apply to each */
  readonly areas?: readonly Rect[];
}

/** Proxies that `Range.copyFrom` accepts as its source: ranges and RangeAreas. */
export const RANGE_SOURCES = new WeakSet<FakeClientObject<RangeTarget>>();

export function rectsOf(t: RangeTarget): readonly Rect[] {
  return t.areas ?? [t.rect];
}

const GRID_PROPS = ["values", "formulas", "numberFormat", "text", "valueTypes"];

/** Contents and formats of a range; navigation lives in the subclass `RangeProxy`. */
export class RangeBase extends FakeClientObject<RangeTarget> {
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
    "style",
  ];

  constructor(context: FakeSession, resolver: () => RangeTarget | null) {
    super(context, resolver);
    RANGE_SOURCES.add(this);
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
      case "style":
        return styleNameOf(t);
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

  /** The named style of every cell (`Range.style`, ExcelApi 1.7); null when they differ. */
  get style(): string | null {
    return this.read("style");
  }
  set style(name: string | null) {
    this.write("style", name, (t) => applyNamedStyle(this.context.host.state, t, name));
  }

  private writeContents(t: RangeTarget, input: unknown, where: string): void {
    const grid = toGrid(input, t.rect, where);
    const before = beforeOf(t.sheet, t.rect);
    grid.forEach((row, i) =>
      row.forEach((v, j) => typeIntoCell(t.sheet, t.rect.r0 + i, t.rect.c0 + j, v, where)),
    );
    contentsWritten(this.context.host.state, t.sheet, t.rect);
    this.context.host.apiEdited(t.sheet, t.rect, before);
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
}

/** Tables react to new contents: growth below them, header names kept unique and non-empty. */
export function contentsWritten(wb: WorkbookState, sheet: SheetState, rect: Rect): void {
  autoExpand(wb, sheet, rect);
  for (const table of wb.tables) {
    if (table.sheetId === sheet.id && table.rect.r0 >= rect.r0 && table.rect.r0 <= rect.r1)
      normalizeHeaders(wb, table);
  }
}

/** Gives every cell the style; the style replaces the cells' own formatting, as in Excel. */
export function applyNamedStyle(wb: WorkbookState, t: RangeTarget, name: unknown): void {
  if (typeof name !== "string") throw invalidArgument("Range.style");
  const style = findStyle(wb, name);
  if (!style) throw itemNotFound("Range.style", `style "${name}"`);
  for (const rect of rectsOf(t)) {
    if (rectRows(rect) * rectCols(rect) > 1_000_000)
      throw notImplemented("Range.style over a million cells");
    for (let r = rect.r0; r <= rect.r1; r += 1) {
      for (let c = rect.c0; c <= rect.c1; c += 1) {
        const cell = touchCell(t.sheet, r, c);
        cell.style = {};
        cell.named = style;
      }
    }
  }
}

/** A cell never given a style has Excel's "Normal". */
export function styleNameOf(t: RangeTarget): string | null {
  const names = new Set<string>();
  for (const rect of rectsOf(t)) {
    for (let r = rect.r0; r <= rect.r1 && names.size < 2; r += 1)
      for (let c = rect.c0; c <= rect.c1 && names.size < 2; c += 1)
        names.add(getCell(t.sheet, r, c)?.named?.name ?? "Normal");
  }
  return names.size === 1 ? [...names][0] : null;
}
