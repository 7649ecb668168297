/**
 * `workbook.names` for the Excel fake, as generation uses it: add a name referring to a range
 * (or a constant formula), read name/comment/formula/type/visible, hide it, delete it. A name
 * that refers to a range follows its sheet by id, so it survives a rename and reads "=#REF!"
 * once the sheet is deleted, as in Excel. Installed on the fake's WorkbookProxy by
 * `installNamedItems()`, until the fake has named items of its own.
 */
import { FakeClientObject, FakeCollection, type FakeSession } from "../../fakes/excel/proxy";
import type { RangeProxy } from "../../fakes/excel/range";
import { sheetById, type WorkbookState } from "../../fakes/excel/state";
import { WorkbookProxy } from "../../fakes/excel/workbook";
import { FakeOfficeError } from "../../fakes/excel/errors";

interface NameState {
  name: string;
  comment: string;
  visible: boolean;
  /** a reference to a range, followed by sheet id */
  ref: { sheetId: string; r0: number; c0: number } | null;
  /** a constant formula such as ="text" */
  constant: string | null;
}

const store = new WeakMap<WorkbookState, NameState[]>();

export function namesOf(wb: WorkbookState): NameState[] {
  let list = store.get(wb);
  if (!list) {
    list = [];
    store.set(wb, list);
  }
  return list;
}

const PROPS = ["name", "comment", "formula", "type", "visible"];

function col(c0: number): string {
  let n = c0 + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function formulaOf(wb: WorkbookState, n: NameState): string {
  if (!n.ref) return n.constant ?? "";
  const sheet = sheetById(wb, n.ref.sheetId);
  if (!sheet) return "=#REF!";
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) && !/^[A-Za-z]{1,3}\d+$/.test(sheet.name);
  const shown = plain ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `=${shown}!$${col(n.ref.c0)}$${n.ref.r0 + 1}`;
}

function read(wb: WorkbookState, n: NameState, prop: string): unknown {
  if (prop === "formula") return formulaOf(wb, n);
  if (prop === "type") return n.ref ? "Range" : "String";
  return (n as unknown as Record<string, unknown>)[prop];
}

function invalid(where: string, message: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", message, where);
}

class NamedItemProxy extends FakeClientObject<NameState> {
  protected readonly entity = "NamedItem";
  protected readonly scalarProps = PROPS;
  protected readProp(n: NameState, prop: string): unknown {
    return read(this.context.host.state, n, prop);
  }
  get name(): string {
    return this.read("name");
  }
  get comment(): string {
    return this.read("comment");
  }
  get formula(): string {
    return this.read("formula");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: boolean) {
    this.write("visible", v, (n) => {
      if (typeof v !== "boolean") throw invalid("NamedItem.visible", "visible is a boolean.");
      n.visible = v;
    });
  }
  delete(): void {
    this.call("delete", null, (n) => {
      const list = namesOf(this.context.host.state);
      list.splice(list.indexOf(n), 1);
    });
  }
}

class NamedItemCollectionProxy extends FakeCollection<null, NameState, NamedItemProxy> {
  protected readonly entity = "NamedItemCollection";
  protected readonly scalarProps = [];
  protected readonly itemProps = PROPS;
  constructor(context: FakeSession) {
    super(context, () => null);
  }
  override resolve(): null {
    return null;
  }
  override resolveOrNull(): null {
    return null;
  }
  protected readProp(): unknown {
    throw invalid("NamedItemCollection", "no such property");
  }
  protected listItems(): NameState[] {
    return namesOf(this.context.host.state);
  }
  private find(name: string): NameState | null {
    const lower = name.toLowerCase();
    return this.listItems().find((n) => n.name.toLowerCase() === lower) ?? null;
  }
  protected itemProxy(item: NameState): NamedItemProxy {
    return new NamedItemProxy(this.context, () => this.find(item.name));
  }
  protected itemValue(item: NameState, prop: string): unknown {
    return read(this.context.host.state, item, prop);
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    const args = {
      name,
      reference: typeof reference === "string" ? reference : "{range}",
      comment,
    };
    this.context.enqueue("NamedItemCollection.add", args, () => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw invalid("NamedItemCollection.add", `"${name}" is not a valid name.`);
      if (this.find(name))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A name "${name}" already exists.`,
          "NamedItemCollection.add",
        );
      let ref: NameState["ref"] = null;
      let constant: string | null = null;
      if (typeof reference === "string") constant = reference;
      else {
        const t = reference.resolve();
        ref = { sheetId: t.sheet.id, r0: t.rect.r0, c0: t.rect.c0 };
      }
      this.listItems().push({ name, comment: comment ?? "", visible: true, ref, constant });
    });
    return new NamedItemProxy(this.context, () => this.find(name));
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      const n = this.find(name);
      if (!n)
        throw new FakeOfficeError(
          "ItemNotFound",
          `No name "${name}".`,
          "NamedItemCollection.getItem",
        );
      return n;
    });
  }
}

/** Gives the fake's workbook proxy a `names` collection (idempotent). */
export function installNamedItems(): void {
  Object.defineProperty(WorkbookProxy.prototype, "names", {
    configurable: true,
    get(this: { context: FakeSession }) {
      return new NamedItemCollectionProxy(this.context);
    },
  });
}
