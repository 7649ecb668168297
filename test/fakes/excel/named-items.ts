/**
 * `workbook.names` (Excel.NamedItemCollection / NamedItem, ExcelApi 1.1–1.7): workbook-scoped
 * names that refer to a cell or hold a constant. A reference follows its sheet by id, so it
 * survives a rename and reads "=#REF!" once the sheet is deleted, as in Excel.
 */
import { columnLetters } from "./address";
import { invalidArgument, itemAlreadyExists, itemNotFound, notImplemented } from "./errors";
import { FakeClientObject, WorkbookCollection } from "./proxy";
import type { RangeProxy } from "./range";
import { type NameState, type WorkbookState, sheetById } from "./state";

const PROPS = ["name", "comment", "formula", "type", "visible"];

/** Sheet names that need no quotes in a reference: a plain identifier that is not a cell. */
function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function nameFormula(wb: WorkbookState, n: NameState): string {
  if (!n.ref) return n.constant ?? "";
  const sheet = sheetById(wb, n.ref.sheetId);
  if (!sheet) return "=#REF!";
  return `=${quoteSheet(sheet.name)}!$${columnLetters(n.ref.c0)}$${n.ref.r0 + 1}`;
}

function readName(wb: WorkbookState, n: NameState, prop: string): unknown {
  if (prop === "formula") return nameFormula(wb, n);
  if (prop === "type") return n.ref ? "Range" : "String";
  return (n as unknown as Record<string, unknown>)[prop];
}

/** Name rules: a letter, "_" or "\\" first, then letters, digits, "_" or "."; not a cell. */
function checkName(wb: WorkbookState, name: unknown): string {
  const where = "NamedItemCollection.add";
  if (typeof name !== "string" || name.length < 1 || name.length > 255)
    throw invalidArgument(where, "A name must be 1 to 255 characters long.");
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
    throw invalidArgument(where, `"${name}" is not a valid name.`);
  const lower = name.toLowerCase();
  if (wb.names.some((n) => n.name.toLowerCase() === lower))
    throw itemAlreadyExists(where, `a name "${name}"`);
  return name;
}

export class NamedItemProxy extends FakeClientObject<NameState> {
  protected readonly entity = "NamedItem";
  protected readonly scalarProps = PROPS;
  protected readProp(n: NameState, prop: string): unknown {
    return readName(this.context.host.state, n, prop);
  }
  get name(): string {
    return this.read("name");
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(v: string) {
    this.write("comment", v, (n) => {
      if (typeof v !== "string") throw invalidArgument("NamedItem.comment");
      n.comment = v;
    });
  }
  get formula(): string {
    return this.read("formula");
  }
  get type(): string {
    return this.read("type");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.write("visible", v, (n) => {
      if (typeof v !== "boolean") throw invalidArgument("NamedItem.visible");
      n.visible = v;
    });
  }
  delete(): void {
    this.call("delete", null, (n) => {
      const wb = this.context.host.state;
      wb.names = wb.names.filter((x) => x !== n);
    });
  }
  getRange(): never {
    throw notImplemented("NamedItem.getRange");
  }
}

export class NamedItemCollectionProxy extends WorkbookCollection<NameState, NamedItemProxy> {
  protected readonly entity = "NamedItemCollection";
  protected readonly itemProps = PROPS;
  protected listItems(): NameState[] {
    return this.context.host.state.names;
  }
  private find(name: string): NameState | null {
    const lower = name.toLowerCase();
    return this.listItems().find((n) => n.name.toLowerCase() === lower) ?? null;
  }
  protected itemProxy(item: NameState): NamedItemProxy {
    return new NamedItemProxy(this.context, () => this.find(item.name));
  }
  protected itemValue(item: NameState, prop: string): unknown {
    return readName(this.context.host.state, item, prop);
  }

  /** `reference`: a Range proxy, or a formula such as ="text" (a string reference is kept as is). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const args = {
      name,
      reference: typeof reference === "string" ? reference : "{range}",
      comment,
    };
    this.context.enqueue("NamedItemCollection.add", args, () => {
      const wb = this.context.host.state;
      const checked = checkName(wb, name);
      let ref: NameState["ref"] = null;
      let constant: string | null = null;
      if (typeof reference === "string") {
        if (!reference.startsWith("="))
          throw invalidArgument("NamedItemCollection.add", "The reference must start with =.");
        constant = reference;
      } else {
        const t = reference.resolve();
        ref = { sheetId: t.sheet.id, r0: t.rect.r0, c0: t.rect.c0 };
      }
      wb.names.push({ name: checked, comment: comment ?? "", visible: true, ref, constant });
    });
    return new NamedItemProxy(this.context, () => this.find(name));
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      const n = this.find(name);
      if (!n) throw itemNotFound("NamedItemCollection.getItem", `name "${name}"`);
      return n;
    });
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    const proxy = new NamedItemProxy(this.context, () => this.find(name));
    this.context.enqueue("NamedItemCollection.getItemOrNullObject", name, () => {
      proxy.resolveOrNull();
    });
    return proxy;
  }
}
