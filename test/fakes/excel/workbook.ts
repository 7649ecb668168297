/** `Excel.Workbook` and `workbook.settings` (add-in settings stored in the document). */
import { invalidArgument, itemNotFound, notImplemented } from "./errors";
import { FakeClientObject, FakeClientResult, WorkbookCollection, type FakeSession } from "./proxy";
import { NamedItemCollectionProxy } from "./named-items";
import { RangeProxy } from "./range";
import { StyleCollectionProxy } from "./styles";
import { TableCollectionProxy } from "./table";
import { WorksheetCollectionProxy } from "./worksheet";

interface SettingTarget {
  key: string;
}

export class SettingProxy extends FakeClientObject<SettingTarget> {
  protected readonly entity = "Setting";
  protected readonly scalarProps = ["key", "value"];
  protected readProp(t: SettingTarget, name: string): unknown {
    if (name === "key") return t.key;
    return clone(this.context.host.state.settings.get(t.key));
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(v: unknown) {
    this.write("value", v, (t) => this.context.host.state.settings.set(t.key, checkValue(v)));
  }
  delete(): void {
    this.call("delete", null, (t) => this.context.host.state.settings.delete(t.key));
  }
}

function clone(v: unknown): unknown {
  return v === undefined ? null : (JSON.parse(JSON.stringify(v)) as unknown);
}

/** Setting values travel as JSON; functions and undefined are refused. */
function checkValue(v: unknown): unknown {
  if (v === undefined || typeof v === "function") throw invalidArgument("Setting.value");
  return clone(v);
}

export class SettingCollectionProxy extends WorkbookCollection<SettingTarget, SettingProxy> {
  protected readonly entity = "SettingCollection";
  protected readonly itemProps = ["key", "value"];
  protected listItems(): SettingTarget[] {
    return [...this.context.host.state.settings.keys()].map((key) => ({ key }));
  }
  protected itemProxy(item: SettingTarget): SettingProxy {
    return new SettingProxy(this.context, () => item);
  }
  protected itemValue(item: SettingTarget, name: string): unknown {
    return name === "key" ? item.key : clone(this.context.host.state.settings.get(item.key));
  }
  /** Adds or replaces a setting. */
  add(key: string, value: unknown): SettingProxy {
    this.context.enqueue("SettingCollection.add", { key, value }, () => {
      if (typeof key !== "string" || key === "")
        throw invalidArgument("SettingCollection.add", "key");
      this.context.host.state.settings.set(key, checkValue(value));
    });
    return new SettingProxy(this.context, () => ({ key }));
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.context, () => {
      if (!this.context.host.state.settings.has(key))
        throw itemNotFound("SettingCollection.getItem", `setting "${key}"`);
      return { key };
    });
  }
  getItemOrNullObject(key: string): SettingProxy {
    const proxy = new SettingProxy(this.context, () =>
      this.context.host.state.settings.has(key) ? { key } : null,
    );
    this.context.enqueue("SettingCollection.getItemOrNullObject", key, () => {
      proxy.resolveOrNull();
    });
    return proxy;
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(
      this.context,
      "SettingCollection.getCount",
      () => this.context.host.state.settings.size,
    );
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;

  constructor(private readonly context: FakeSession) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, () => null);
    this.settings = new SettingCollectionProxy(context);
  }

  /** This user's selection; A1 of the active sheet when nothing was selected through the API. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const host = this.context.host;
      const sheet = host.activeSheet();
      const sel = host.selection;
      const rect = sel && sel.sheetId === sheet.id ? sel.rect : { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet, rect };
    });
  }
  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const host = this.context.host;
      const sheet = host.activeSheet();
      const sel = host.selection;
      const rect =
        sel && sel.sheetId === sheet.id
          ? { ...sel.rect, r1: sel.rect.r0, c1: sel.rect.c0 }
          : { r0: 0, c0: 0, r1: 0, c1: 0 };
      return { sheet, rect };
    });
  }
  /** Named cell styles (ExcelApi 1.7). */
  get styles(): StyleCollectionProxy {
    return new StyleCollectionProxy(this.context);
  }
  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.context);
  }
  get customXmlParts(): never {
    throw notImplemented("Workbook.customXmlParts (use workbook.settings)");
  }
  get properties(): never {
    throw notImplemented("Workbook.properties");
  }
  get protection(): never {
    throw notImplemented("Workbook.protection");
  }
  get application(): never {
    throw notImplemented("Workbook.application (use context.application)");
  }
  load(): never {
    throw notImplemented("Workbook.load");
  }
}
