/**
 * `workbook.styles` (Excel.StyleCollection / Style, ExcelApi 1.7): named cell styles. A new
 * style starts as the Normal style (workbook font, no fill, no borders); a cell given a style
 * through `Range.style` shows the style's formatting, and later changes to the style show on
 * every such cell at once, as in Excel.
 */
import { invalidArgument, itemAlreadyExists, itemNotFound, notImplemented } from "./errors";
import { FakeClientObject, WorkbookCollection, type FakeSession } from "./proxy";
import {
  type BorderState,
  NO_BORDER,
  type NamedStyleState,
  type StyleState,
  findStyle,
  normalStyle,
} from "./state";

type Key = keyof Omit<StyleState, "borders">;

/** A proxy whose scalar properties are keys of a style's `props`. */
abstract class StylePartProxy extends FakeClientObject<NamedStyleState> {
  protected abstract readonly keys: Readonly<Record<string, Key>>;
  protected readProp(s: NamedStyleState, name: string): unknown {
    if (name === "name") return s.name;
    if (name === "builtIn") return s.builtIn;
    const key = this.keys[name];
    if (!key) throw notImplemented(`${this.entity}.${name}`);
    return s.props[key] ?? null;
  }
  protected set(name: string, value: unknown, check: (v: unknown) => boolean): void {
    this.write(name, value, (s) => {
      if (!check(value)) throw invalidArgument(`${this.entity}.${name}`);
      s.props[this.keys[name]] = value as never;
    });
  }
  /** Plain get/set pairs for every key, defined here to keep the file short. */
  protected define(checks: Record<string, (v: unknown) => boolean>): void {
    for (const [name, check] of Object.entries(checks)) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (v: unknown) => this.set(name, v, check),
      });
    }
  }
}

const isString = (v: unknown): boolean => typeof v === "string";
const isBool = (v: unknown): boolean => typeof v === "boolean";
const isSize = (v: unknown): boolean => typeof v === "number" && v >= 1 && v <= 409;
const H = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection"];
const V = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class StyleFontProxy extends StylePartProxy {
  protected readonly entity = "StyleFont";
  protected readonly scalarProps = ["name", "size", "bold", "italic", "color"];
  protected readonly keys = {
    name: "fontName",
    size: "fontSize",
    bold: "bold",
    italic: "italic",
    color: "fontColor",
  } as const;
  declare name: string;
  declare size: number;
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  constructor(context: FakeSession, resolver: () => NamedStyleState | null) {
    super(context, resolver);
    this.define({ name: isString, size: isSize, bold: isBool, italic: isBool, color: isString });
  }
  protected override readProp(s: NamedStyleState, name: string): unknown {
    // "name" is the font's here, not the style's
    return name === "name" ? s.props.fontName : super.readProp(s, name);
  }
  get underline(): never {
    throw notImplemented("StyleFont.underline");
  }
  get strikethrough(): never {
    throw notImplemented("StyleFont.strikethrough");
  }
}

export class StyleFillProxy extends StylePartProxy {
  protected readonly entity = "StyleFill";
  protected readonly scalarProps = ["color"];
  protected readonly keys = { color: "fill" } as const;
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string | null) {
    this.set("color", v, isString);
  }
  clear(): void {
    this.call("clear", null, (s) => {
      s.props.fill = null;
    });
  }
  get pattern(): never {
    throw notImplemented("StyleFill.pattern");
  }
}

/** A cell style paints each cell's own edges: inside lines and diagonals are refused here. */
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];

export class StyleBorderProxy extends FakeClientObject<NamedStyleState> {
  protected readonly entity = "StyleBorder";
  protected readonly scalarProps = ["style", "weight", "color"];
  constructor(
    context: FakeSession,
    resolver: () => NamedStyleState | null,
    private readonly index: string,
  ) {
    super(context, resolver);
  }
  protected readProp(s: NamedStyleState, name: string): unknown {
    return (s.props.borders?.[this.index] ?? NO_BORDER)[name as keyof BorderState];
  }
  private setPart(name: keyof BorderState, value: string): void {
    this.write(name, value, (s) => {
      if (typeof value !== "string") throw invalidArgument(`StyleBorder.${name}`);
      const borders = { ...(s.props.borders ?? {}) };
      const side = { ...(borders[this.index] ?? NO_BORDER), [name]: value };
      if (side.style === "None") delete borders[this.index];
      else borders[this.index] = side;
      s.props.borders = borders;
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

export class StyleProxy extends StylePartProxy {
  protected readonly entity = "Style";
  protected readonly scalarProps = [
    "name",
    "builtIn",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
    "indentLevel",
    "numberFormat",
  ];
  protected readonly keys = {
    horizontalAlignment: "horizontalAlignment",
    verticalAlignment: "verticalAlignment",
    wrapText: "wrapText",
    indentLevel: "indentLevel",
    numberFormat: "numberFormat",
  } as const;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;
  declare wrapText: boolean;
  declare indentLevel: number;
  declare numberFormat: string;
  constructor(context: FakeSession, resolver: () => NamedStyleState | null) {
    super(context, resolver);
    this.define({
      horizontalAlignment: (v) => H.includes(String(v)),
      verticalAlignment: (v) => V.includes(String(v)),
      wrapText: isBool,
      // "An integer from 0 to 250 that indicates the indent level" (Excel.Style, ExcelApi 1.7)
      indentLevel: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 250,
      numberFormat: isString,
    });
  }
  get name(): string {
    return this.read("name");
  }
  get builtIn(): boolean {
    return this.read("builtIn");
  }
  get font(): StyleFontProxy {
    return this.child("font", () => new StyleFontProxy(this.context, () => this.resolve()));
  }
  get fill(): StyleFillProxy {
    return this.child("fill", () => new StyleFillProxy(this.context, () => this.resolve()));
  }
  get borders(): { getItem: (index: string) => StyleBorderProxy } {
    return this.child("borders", () => ({
      getItem: (index: string) => {
        if (!EDGES.includes(index))
          throw invalidArgument("Style.borders.getItem", `Unsupported border "${index}".`);
        return new StyleBorderProxy(this.context, () => this.resolve(), index);
      },
    }));
  }
  delete(): void {
    this.call("delete", null, (s) => {
      if (s.builtIn) throw invalidArgument("Style.delete", "A built-in style can't be deleted.");
      const wb = this.context.host.state;
      wb.styles = wb.styles.filter((x) => x !== s);
    });
  }
  get includeNumber(): never {
    throw notImplemented("Style.include* (every category is included)");
  }
  get shrinkToFit(): never {
    throw notImplemented("Style.shrinkToFit");
  }
  get protection(): never {
    throw notImplemented("Style.protection");
  }
}

export class StyleCollectionProxy extends WorkbookCollection<NamedStyleState, StyleProxy> {
  protected readonly entity = "StyleCollection";
  protected readonly itemProps = ["name", "builtIn"];
  protected listItems(): NamedStyleState[] {
    return this.context.host.state.styles;
  }
  protected itemProxy(item: NamedStyleState): StyleProxy {
    return new StyleProxy(
      this.context,
      () => findStyle(this.context.host.state, item.name) ?? null,
    );
  }
  protected itemValue(item: NamedStyleState, name: string): unknown {
    return name === "name" ? item.name : item.builtIn;
  }
  /** Excel's `add` returns nothing; the new style is reached with `getItem`. */
  add(name: string): void {
    this.context.enqueue("StyleCollection.add", name, () => {
      const wb = this.context.host.state;
      if (typeof name !== "string" || name.trim() === "" || name.length > 255)
        throw invalidArgument("StyleCollection.add", "A style name must be 1 to 255 characters.");
      if (findStyle(wb, name)) throw itemAlreadyExists("StyleCollection.add", `style "${name}"`);
      wb.styles.push(normalStyle(name, false));
    });
  }
  getItem(name: string): StyleProxy {
    return new StyleProxy(this.context, () => {
      const found = findStyle(this.context.host.state, name);
      if (!found) throw itemNotFound("StyleCollection.getItem", `style "${name}"`);
      return found;
    });
  }
  getItemOrNullObject(name: string): StyleProxy {
    const proxy = new StyleProxy(
      this.context,
      () => findStyle(this.context.host.state, name) ?? null,
    );
    this.context.enqueue("StyleCollection.getItemOrNullObject", name, () => {
      proxy.resolveOrNull();
    });
    return proxy;
  }
}
