/** `Range.dataValidation` and `Range.conditionalFormats`, stored per rectangle on the sheet. */
import { type Rect, contains, intersects, sameRect } from "./address";
import { invalidArgument, notImplemented } from "./errors";
import type { RangeFillProxy, RangeFontProxy } from "./format";
import { FakeClientObject, FakeClientResult, FakeCollection, type FakeSession } from "./proxy";
import type { RangeTarget } from "./range";
import {
  type ConditionalFormatState,
  type SheetState,
  type StyleState,
  type ValidationState,
  newId,
} from "./state";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};
const TWO_OPERANDS = ["Between", "NotBetween"];

/** Checks a `DataValidationRule` the way Excel rejects incomplete ones. */
function checkRule(rule: unknown): Record<string, unknown> {
  const where = "DataValidation.rule";
  if (typeof rule !== "object" || rule === null)
    throw invalidArgument(where, "The rule must be an object.");
  const keys = Object.keys(rule);
  if (keys.length !== 1 || !RULE_TYPES[keys[0]])
    throw invalidArgument(where, "A rule has exactly one known type.");
  const body = (rule as Record<string, Record<string, unknown> | undefined>)[keys[0]] ?? {};
  if (keys[0] === "list" && (typeof body.source !== "string" || body.source === "")) {
    throw invalidArgument(where, "A list rule needs a source.");
  }
  if (keys[0] === "custom" && typeof body.formula !== "string")
    throw invalidArgument(where, "A custom rule needs a formula.");
  if (!["list", "custom"].includes(keys[0])) {
    if (typeof body.operator !== "string" || body.formula1 === undefined) {
      throw invalidArgument(where, "A basic or date rule needs an operator and formula1.");
    }
    if (TWO_OPERANDS.includes(body.operator) && body.formula2 === undefined) {
      throw invalidArgument(where, `Operator ${body.operator} needs formula2.`);
    }
  }
  return JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
}

function entryFor(list: ValidationState[], rect: Rect): ValidationState {
  const same = list.find((v) => sameRect(v.rect, rect));
  if (same) return same;
  if (list.some((v) => intersects(v.rect, rect) && !contains(rect, v.rect))) {
    throw notImplemented("data validation partly overlapping another validated range");
  }
  const kept = list.filter((v) => !contains(rect, v.rect));
  list.splice(0, list.length, ...kept);
  const entry: ValidationState = {
    rect,
    rule: null,
    errorAlert: {},
    prompt: {},
    ignoreBlanks: true,
  };
  list.push(entry);
  return entry;
}

export class DataValidationProxy extends FakeClientObject<RangeTarget> {
  protected readonly entity = "DataValidation";
  protected readonly scalarProps = ["type", "rule", "errorAlert", "prompt", "ignoreBlanks"];

  protected readProp(t: RangeTarget, name: string): unknown {
    const hits = t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
    const one = hits.length === 1 && contains(hits[0].rect, t.rect) ? hits[0] : null;
    if (name === "type") {
      if (hits.length === 0) return "None";
      return one?.rule ? RULE_TYPES[Object.keys(one.rule)[0]] : "Inconsistent";
    }
    if (!one) return name === "ignoreBlanks" ? true : null;
    return (one as unknown as Record<string, unknown>)[name];
  }

  get type(): string {
    return this.read("type");
  }
  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.write("rule", rule, (t) => {
      entryFor(t.sheet.validations, t.rect).rule = checkRule(rule);
    });
  }
  get errorAlert(): Record<string, unknown> {
    return this.read("errorAlert");
  }
  set errorAlert(v: Record<string, unknown>) {
    this.write("errorAlert", v, (t) => {
      entryFor(t.sheet.validations, t.rect).errorAlert = { ...v };
    });
  }
  get prompt(): Record<string, unknown> {
    return this.read("prompt");
  }
  set prompt(v: Record<string, unknown>) {
    this.write("prompt", v, (t) => {
      entryFor(t.sheet.validations, t.rect).prompt = { ...v };
    });
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.write("ignoreBlanks", v, (t) => {
      entryFor(t.sheet.validations, t.rect).ignoreBlanks = v;
    });
  }
  get valid(): never {
    throw notImplemented("DataValidation.valid");
  }
  clear(): void {
    this.call("clear", null, (t) => {
      if (
        t.sheet.validations.some((v) => intersects(v.rect, t.rect) && !contains(t.rect, v.rect))
      ) {
        throw notImplemented("clearing part of a validated range");
      }
      t.sheet.validations = t.sheet.validations.filter((v) => !contains(t.rect, v.rect));
    });
  }
}

type CfTarget = { cf: ConditionalFormatState; sheet: SheetState };

/** Style keys of a conditional format, reached as `custom.format.fill/font`. */
class ConditionalRangeFormatProxy {
  constructor(
    private readonly context: FakeSession,
    private readonly owner: ConditionalFormatProxy,
  ) {}
  private readonly parts = new Map<string, CfStyle>();
  private part(name: string): CfStyle {
    if (!this.parts.has(name)) this.parts.set(name, new CfStyle(this.context, this.owner, name));
    return this.parts.get(name) as CfStyle;
  }
  get fill(): RangeFillProxy {
    return this.part("fill") as unknown as RangeFillProxy;
  }
  get font(): RangeFontProxy {
    return this.part("font") as unknown as RangeFontProxy;
  }
  get numberFormat(): never {
    throw notImplemented("ConditionalRangeFormat.numberFormat");
  }
}

const CF_KEYS: Record<string, Record<string, keyof StyleState>> = {
  fill: { color: "fill" },
  font: { color: "fontColor", bold: "bold", italic: "italic" },
};

/** `fill`/`font` of a conditional format: writable, and readable after load. */
class CfStyle extends FakeClientObject<CfTarget> {
  protected readonly entity = "ConditionalRangeFormat";
  protected readonly scalarProps: readonly string[];
  constructor(
    context: FakeSession,
    owner: ConditionalFormatProxy,
    private readonly part: string,
  ) {
    super(context, () => owner.resolveOrNull());
    this.scalarProps = Object.keys(CF_KEYS[part]);
    for (const name of this.scalarProps) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (v: unknown) =>
          this.write(name, v, (t) => Object.assign(t.cf.format, { [CF_KEYS[part][name]]: v })),
      });
    }
  }
  protected readProp(t: CfTarget, name: string): unknown {
    return t.cf.format[CF_KEYS[this.part][name]] ?? null;
  }
}

/** `custom.rule`: the formula deciding when the format applies. */
export class ConditionalFormatRuleProxy extends FakeClientObject<CfTarget> {
  protected readonly entity = "ConditionalFormatRule";
  protected readonly scalarProps = ["formula"];
  protected readProp(t: CfTarget): unknown {
    return t.cf.formula;
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(v: string) {
    this.write("formula", v, (t) => {
      if (typeof v !== "string" || !v.startsWith("="))
        throw invalidArgument("ConditionalFormatRule.formula");
      t.cf.formula = v;
    });
  }
}

export class ConditionalFormatProxy extends FakeClientObject<CfTarget> {
  protected readonly entity = "ConditionalFormat";
  protected readonly scalarProps = ["id", "type", "stopIfTrue", "priority"];

  protected readProp(t: CfTarget, name: string): unknown {
    if (name === "priority") return 0;
    return (t.cf as unknown as Record<string, unknown>)[name];
  }
  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this.write("stopIfTrue", v, (t) => (t.cf.stopIfTrue = v));
  }
  get custom(): { rule: ConditionalFormatRuleProxy; format: ConditionalRangeFormatProxy } {
    return this.child("custom", () => ({
      rule: new ConditionalFormatRuleProxy(this.context, () => this.resolveOrNull()),
      format: new ConditionalRangeFormatProxy(this.context, this),
    }));
  }
  delete(): void {
    this.call("delete", null, (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
    });
  }
}

export class ConditionalFormatCollectionProxy extends FakeCollection<
  RangeTarget,
  CfTarget,
  ConditionalFormatProxy
> {
  protected readonly entity = "ConditionalFormatCollection";
  protected readonly scalarProps = [];
  protected readonly itemProps = ["id", "type", "stopIfTrue"];

  protected readProp(): unknown {
    throw notImplemented("ConditionalFormatCollection property");
  }
  protected listItems(t: RangeTarget): CfTarget[] {
    return t.sheet.conditionalFormats
      .filter((cf) => intersects(cf.rect, t.rect))
      .map((cf) => ({ cf, sheet: t.sheet }));
  }
  protected itemProxy(item: CfTarget): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.context, () => item);
  }
  protected itemValue(item: CfTarget, name: string): unknown {
    return (item.cf as unknown as Record<string, unknown>)[name];
  }

  /** Only custom (formula) rules are supported. */
  add(type: string): ConditionalFormatProxy {
    if (type !== "Custom") throw notImplemented(`conditionalFormats.add("${type}")`);
    let created: CfTarget | null = null;
    this.call("add", type, (t) => {
      const cf: ConditionalFormatState = {
        id: newId(this.context.host.state, "cf"),
        rect: t.rect,
        type,
        formula: null,
        format: {},
        stopIfTrue: false,
      };
      t.sheet.conditionalFormats.push(cf);
      created = { cf, sheet: t.sheet };
    });
    return new ConditionalFormatProxy(this.context, () => created);
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(
      this.context,
      "ConditionalFormatCollection.getCount",
      () => this.listItems(this.resolve()).length,
    );
  }
  clearAll(): void {
    this.call("clearAll", null, (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !intersects(cf.rect, t.rect),
      );
    });
  }
}
