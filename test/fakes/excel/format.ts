/** `Range.format`: fill, font, borders, alignment, wrap, row heights and column widths. */
import { MAX_COLS, MAX_ROWS, type Rect, rectCols, rectRows } from "./address";
import { cellsIn } from "./cells";
import { invalidArgument, notImplemented } from "./errors";
import { FakeClientObject, type FakeSession } from "./proxy";
import type { RangeTarget } from "./range";
import {
  type BorderState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  NO_BORDER,
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
  for (const cell of cellsIn(sheet, rect)) cell.style = {};
  if (isWholeColumns(rect))
    for (let c = rect.c0; c <= rect.c1; c += 1) sheet.columnStyles.delete(c);
  if (isWholeRows(rect)) for (let r = rect.r0; r <= rect.r1; r += 1) sheet.rowStyles.delete(r);
}

/** One value when every cell agrees, else null (Excel's answer for mixed formatting). */
export function uniform<V>(rect: Rect, read: (r: number, c: number) => V): V | null {
  if (rectRows(rect) * rectCols(rect) > PER_CELL_LIMIT) return read(rect.r0, rect.c0);
  let first: V | undefined;
  for (let r = rect.r0; r <= rect.r1; r += 1) {
    for (let c = rect.c0; c <= rect.c1; c += 1) {
      const v = read(r, c);
      if (first === undefined) first = v;
      else if (JSON.stringify(v) !== JSON.stringify(first)) return null;
    }
  }
  return first ?? null;
}

/** A proxy whose properties are style keys of the range's cells. */
abstract class StyleProxy extends FakeClientObject<RangeTarget> {
  protected abstract readonly keys: Readonly<Record<string, keyof StyleState>>;

  protected readProp(t: RangeTarget, name: string): unknown {
    const key = this.keys[name];
    if (!key) throw notImplemented(`${this.entity}.${name}`);
    return uniform(t.rect, (r, c) => styleOf(t.sheet, r, c, key) ?? null);
  }

  protected setStyle(name: string, value: unknown): void {
    const key = this.keys[name];
    this.write(name, value, (t) => applyStyle(t.sheet, t.rect, { [key]: value }));
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
    this.call("clear", null, (t) => applyStyle(t.sheet, t.rect, { fill: null }));
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

const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

/** Cells and the side of each that a border index paints; inside borders paint both neighbours. */
function borderSides(rect: Rect, index: string): Array<[Rect, string]> {
  const { r0, r1, c0, c1 } = rect;
  switch (index) {
    case "EdgeTop":
      return [[{ r0, r1: r0, c0, c1 }, "EdgeTop"]];
    case "EdgeBottom":
      return [[{ r0: r1, r1, c0, c1 }, "EdgeBottom"]];
    case "EdgeLeft":
      return [[{ r0, r1, c0, c1: c0 }, "EdgeLeft"]];
    case "EdgeRight":
      return [[{ r0, r1, c0: c1, c1 }, "EdgeRight"]];
    case "InsideHorizontal":
      return r0 === r1
        ? []
        : [
            [{ r0, r1: r1 - 1, c0, c1 }, "EdgeBottom"],
            [{ r0: r0 + 1, r1, c0, c1 }, "EdgeTop"],
          ];
    case "InsideVertical":
      return c0 === c1
        ? []
        : [
            [{ r0, r1, c0, c1: c1 - 1 }, "EdgeRight"],
            [{ r0, r1, c0: c0 + 1, c1 }, "EdgeLeft"],
          ];
    default:
      return [[rect, index]];
  }
}

export class RangeBorderProxy extends FakeClientObject<RangeTarget> {
  protected readonly entity = "RangeBorder";
  protected readonly scalarProps = ["style", "weight", "color", "sideIndex"];

  constructor(
    context: FakeSession,
    resolver: () => RangeTarget | null,
    private readonly index: string,
  ) {
    super(context, resolver);
  }

  protected readProp(t: RangeTarget, name: string): unknown {
    if (name === "sideIndex") return this.index;
    const [first] = borderSides(t.rect, this.index);
    if (!first) return null;
    const [rect, side] = first;
    return uniform(
      rect,
      (r, c) => (styleOf(t.sheet, r, c, "borders")?.[side] ?? NO_BORDER)[name as keyof BorderState],
    );
  }

  private setPart(name: keyof BorderState, value: string): void {
    this.write(name, value, (t) => {
      if (rectRows(t.rect) * rectCols(t.rect) > PER_CELL_LIMIT)
        throw notImplemented("borders over a million cells");
      for (const [rect, side] of borderSides(t.rect, this.index)) {
        for (let r = rect.r0; r <= rect.r1; r += 1) {
          for (let c = rect.c0; c <= rect.c1; c += 1) {
            const style = touchCell(t.sheet, r, c).style;
            const borders = { ...(style.borders ?? {}) };
            borders[side] = { ...(borders[side] ?? NO_BORDER), [name]: value };
            if (name === "style" && value !== "None" && borders[side].weight === undefined)
              borders[side].weight = "Thin";
            style.borders = borders;
          }
        }
      }
    });
  }

  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.setPart("style", v);
  }
  get weight(): string {
    return this.read("weight");
  }
  set weight(v: string) {
    this.setPart("weight", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setPart("color", v);
  }
}

export class RangeBorderCollectionProxy {
  constructor(
    private readonly context: FakeSession,
    private readonly resolver: () => RangeTarget | null,
  ) {}
  getItem(index: string): RangeBorderProxy {
    if (!BORDER_INDEXES.includes(index))
      throw invalidArgument("RangeBorderCollection.getItem", `Unknown border "${index}".`);
    return new RangeBorderProxy(this.context, this.resolver, index);
  }
  load(): never {
    throw notImplemented("RangeBorderCollection.load (use getItem(index).load)");
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
      return lineSizes(t.sheet.rowHeights, t.rect.r0, t.rect.r1, DEFAULT_ROW_HEIGHT);
    if (name === "columnWidth")
      return lineSizes(t.sheet.columnWidths, t.rect.c0, t.rect.c1, DEFAULT_COLUMN_WIDTH);
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
    this.write("rowHeight", v, (t) =>
      setLines(t.sheet.rowHeights, t.rect.r0, t.rect.r1, v, 409, "rowHeight"),
    );
  }
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(v: number) {
    this.write("columnWidth", v, (t) =>
      setLines(t.sheet.columnWidths, t.rect.c0, t.rect.c1, v, 1790, "columnWidth"),
    );
  }

  /** Layout is not computed by the fake: autofit is accepted and changes nothing. */
  autofitRows(): void {
    this.call("autofitRows", null, () => undefined);
  }
  autofitColumns(): void {
    this.call("autofitColumns", null, () => undefined);
  }
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
