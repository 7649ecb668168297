/** `Range.format.borders`: one border per side, stored on the cells it paints. */
import { type Rect, rectCols, rectRows } from "./address";
import { invalidArgument, notImplemented } from "./errors";
import { uniform } from "./cells";
import { FakeClientObject, type FakeSession } from "./proxy";
import { type RangeTarget, rectsOf } from "./range-base";
import { type BorderState, NO_BORDER, styleOf, touchCell } from "./state";

const PER_CELL_LIMIT = 1_000_000;

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
      for (const area of rectsOf(t)) this.paint(t, area, name, value);
    });
  }

  private paint(t: RangeTarget, area: Rect, name: keyof BorderState, value: string): void {
    if (rectRows(area) * rectCols(area) > PER_CELL_LIMIT)
      throw notImplemented("borders over a million cells");
    for (const [rect, side] of borderSides(area, this.index)) {
      for (let r = rect.r0; r <= rect.r1; r += 1) {
        for (let c = rect.c0; c <= rect.c1; c += 1) {
          const cell = touchCell(t.sheet, r, c);
          const style = cell.style;
          // direct borders go on top of the named style's ones
          const borders = { ...(style.borders ?? cell.named?.props.borders ?? {}) };
          borders[side] = { ...(borders[side] ?? NO_BORDER), [name]: value };
          if (name === "style" && value !== "None" && borders[side].weight === undefined)
            borders[side].weight = "Thin";
          style.borders = borders;
        }
      }
    }
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
