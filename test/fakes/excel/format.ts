/** `Range.format`: fill, font, borders, alignment, wrap, row heights and column widths. */
import { MAX_COLS, MAX_ROWS, type Rect, rectCols, rectRows } from "./address";
import { cellsIn, uniform } from "./cells";
import { invalidArgument, notImplemented } from "./errors";
import { RangeBorderCollectionProxy } from "./borders";
import { FakeClientObject } from "./proxy";
import { type RangeTarget, rectsOf } from "./range-base";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type SheetState,
  type StyleState,
  styleOf,
  touchCell,
} from "./state";

const PER_CELL_LIMIT = 1_000_000;

function isWholeColumns(rect: Rect): boolean {
  return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
}

function isWholeRows(rect: Rect): boolean {
  return rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
}

/** Sets style keys on a range; whole columns or rows keep one style each, as Excel does. */
export function applyStyle(sheet: SheetState, rect: Rect, partial: StyleState): void {
  const keys = Object.keys(partial) as (keyof StyleState)[];
  const layer = isWholeColumns(rect)
    ? sheet.columnStyles
    : isWholeRows(rect)
      ? sheet.rowStyles
      : null;
  if (layer) {
    const [from, to] = layer === sheet.columnStyles ? [rect.c0, rect.c1] : [rect.r0, rect.r1];
    for (let i = from; i <= to; i += 1) layer.set(i, { ...layer.get(i), ...partial });
    for (const cell of cellsIn(sheet, rect)) for (const k of keys) delete cell.style[k];
    return;
  }
  if (rectRows(rect) * rectCols(rect) > PER_CELL_LIMIT)
    throw notImplemented("formatting over a million cells");
  for (let r = rect.r0; r <= rect.r1; r += 1) {
    for (let c = rect.c0; c <= rect.c1; c += 1)
      Object.assign(touchCell(sheet, r, c).style, partial);
  }
}

export function clearFormats(sheet: SheetState, rect: Rect): void {
  for (const cell of cellsIn(sheet, rect)) {
    cell.style = {};
    delete cell.named;
  }
  if (isWholeColumns(rect))
    for (let c = rect.c0; c <= rect.c1; c += 1) sheet.columnStyles.delete(c);
  if (isWholeRows(rect)) for (let r = rect.r0; r <= rect.r1; r += 1) sheet.rowStyles.delete(r);
}

/** A proxy whose properties are style keys of the range's cells. */
abstract class StyleProxy extends FakeClientObject<RangeTarget> {
  protected abstract readonly keys: Readonly<Record<string, keyof StyleState>>;

  protected readProp(t: RangeTarget, name: string): unknown {
    const key = this.keys[name];
    if (!key) throw notImplemented(`${this.entity}.${name}`);
    return acrossAreas(t, (rect) => uniform(rect, (r, c) => styleOf(t.sheet, r, c, key) ?? null));
  }

  protected setStyle(name: string, value: unknown): void {
    const key = this.keys[name];
    this.write(name, value, (t) => {
      for (const rect of rectsOf(t)) applyStyle(t.sheet, rect, { [key]: value });
    });
  }
}

export class RangeFillProxy extends StyleProxy {
  protected readonly entity = "RangeFill";
  protected readonly scalarProps = ["color"];
  protected readonly keys = { color: "fill" } as const;
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string | null) {
    this.setStyle("color", v);
  }
  clear(): void {
    this.call("clear", null, (t) => {
      for (const rect of rectsOf(t)) applyStyle(t.sheet, rect, { fill: null });
    });
  }
}

export class RangeFontProxy extends StyleProxy {
  protected readonly entity = "RangeFont";
  protected readonly scalarProps = ["name", "size", "bold", "italic", "color"];
  protected readonly keys = {
    name: "fontName",
    size: "fontSize",
    bold: "bold",
    italic: "italic",
    color: "fontColor",
  } as const;
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.setStyle("name", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.setStyle("size", v);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setStyle("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.setStyle("italic", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setStyle("color", v);
  }
}

function lineSizes(
  map: Map<number, number>,
  from: number,
  to: number,
  fallback: number,
): number | null {
  let first: number | undefined;
  for (let i = from; i <= to; i += 1) {
    const v = map.get(i) ?? fallback;
    if (first === undefined) first = v;
    else if (v !== first) return null;
    if (i - from > 100_000) break;
  }
  return first ?? null;
}

export class RangeFormatProxy extends StyleProxy {
  protected readonly entity = "RangeFormat";
  protected readonly scalarProps = [
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
    "rowHeight",
    "columnWidth",
  ];
  protected readonly keys = {
    horizontalAlignment: "horizontalAlignment",
    verticalAlignment: "verticalAlignment",
    wrapText: "wrapText",
  } as const;

  protected override readProp(t: RangeTarget, name: string): unknown {
    if (name === "rowHeight")
      return acrossAreas(t, (a) => lineSizes(t.sheet.rowHeights, a.r0, a.r1, DEFAULT_ROW_HEIGHT));
    if (name === "columnWidth")
      return acrossAreas(t, (a) =>
        lineSizes(t.sheet.columnWidths, a.c0, a.c1, DEFAULT_COLUMN_WIDTH),
      );
    return super.readProp(t, name);
  }

  get fill(): RangeFillProxy {
    return this.child("fill", () => new RangeFillProxy(this.context, () => this.resolve()));
  }
  get font(): RangeFontProxy {
    return this.child("font", () => new RangeFontProxy(this.context, () => this.resolve()));
  }
  get borders(): RangeBorderCollectionProxy {
    return this.child(
      "borders",
      () => new RangeBorderCollectionProxy(this.context, () => this.resolve()),
    );
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.setStyle("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.setStyle("verticalAlignment", v);
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.setStyle("wrapText", v);
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(v: number) {
    this.write("rowHeight", v, (t) => {
      for (const a of rectsOf(t)) setLines(t.sheet.rowHeights, a.r0, a.r1, v, 409, "rowHeight");
    });
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.write("columnWidth", v, (t) => {
      for (const a of rectsOf(t))
        setLines(t.sheet.columnWidths, a.c0, a.c1, v, 1790, "columnWidth");
    });
  }

  /** Layout is not computed by the fake: autofit is accepted and changes nothing. */
  autofitRows(): void {
    this.call("autofitRows", null, () => undefined);
  }
  autofitColumns(): void {
    this.call("autofitColumns", null, () => undefined);
  }
}

/** One value when every area agrees (null otherwise), as a RangeAreas reads. */
function acrossAreas<V>(t: RangeTarget, read: (rect: Rect) => V | null): V | null {
  const values = rectsOf(t).map(read);
  return values.every((v) => JSON.stringify(v) === JSON.stringify(values[0])) ? values[0] : null;
}

/** Row heights go up to 409 points; column widths are capped here at 255 characters (~1790 pt). */
function setLines(
  map: Map<number, number>,
  from: number,
  to: number,
  v: number,
  max: number,
  what: string,
): void {
  if (typeof v !== "number" || !(v >= 0 && v <= max))
    throw invalidArgument(`RangeFormat.${what}`, `${what} must be 0–${max}.`);
  if (to - from > 100_000) throw notImplemented(`${what} on more than 100,000 lines`);
  for (let i = from; i <= to; i += 1) map.set(i, v);
}
