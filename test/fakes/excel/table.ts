/** `Excel.TableCollection` (workbook- or sheet-scoped) and `Excel.Table`. */
import { type Rect, checkInGrid, parseLocal, rectRows, splitSheet } from "./address";
import { clearContents } from "./cells";
import type { TableChangedArgs } from "./events";
import { invalidArgument, itemNotFound, notImplemented } from "./errors";
import { checkTableName, nextFreeName } from "./names";
import { FakeClientObject, FakeClientResult, FakeCollection, type FakeSession } from "./proxy";
import { RangeProxy, type RangeTarget } from "./range";
import { type SheetState, type TableState, findSheet, findTable, newId } from "./state";
import { TableColumnCollectionProxy } from "./table-columns";
import { TableRowCollectionProxy } from "./table-rows";
import { bodyRect, checkNoOverlap, headerRect, normalizeHeaders, tableSheet } from "./tables-state";
import { sheetProxy, type WorksheetProxy } from "./worksheet";

type TableChangedHandler = (args: TableChangedArgs) => Promise<unknown>;

/** `OfficeExtension.EventHandlerResult`: `remove()` is queued on the context that added it. */
export interface EventHandlerResult {
  readonly context: FakeSession;
  remove(): void;
}

/** A table found once and then followed by id, so renaming keeps the proxy valid. */
export function tableProxy(context: FakeSession, lookup: () => TableState | null): TableProxy {
  let id: string | null = null;
  return new TableProxy(context, () => {
    if (id !== null) {
      const t = context.host.state.tables.find((x) => x.id === id);
      if (!t) throw itemNotFound("Table", "the table was deleted");
      return t;
    }
    const t = lookup();
    if (t) id = t.id;
    return t;
  });
}

export class TableProxy extends FakeClientObject<TableState> {
  protected readonly entity = "Table";
  protected readonly scalarProps = ["name", "id", "showTotals", "showHeaders", "style"];

  protected readProp(t: TableState, name: string): unknown {
    return name === "showHeaders" ? true : (t as unknown as Record<string, unknown>)[name];
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, (t) => {
      t.name = checkTableName(this.context.host.state, v, t.id, "Table.name");
    });
  }
  get id(): string {
    return this.read("id");
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(v: boolean) {
    if (v) throw notImplemented("Table.showTotals = true");
    this.write("showTotals", v, () => undefined);
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.write("style", v, (t) => {
      t.style = v;
    });
  }

  /** `Table.onChanged` (ExcelApi 1.7): registered when the batch syncs (events.ts). */
  get onChanged(): { add(handler: TableChangedHandler): EventHandlerResult } {
    const context = this.context;
    const resolve = () => this.resolve();
    return {
      add(handler) {
        let tableId = "";
        context.enqueue("Table.onChanged.add", null, () => {
          tableId = resolve().id;
          context.host.book.events.register(context.host, tableId, handler);
        });
        return {
          context,
          remove: () =>
            context.enqueue("EventHandlerResult.remove", null, () =>
              context.host.book.events.remove(context.host, tableId, handler),
            ),
        };
      },
    };
  }

  /** A range computed from the table as it is when the sync reaches it. */
  part(rect: (t: TableState) => Rect): RangeProxy {
    return new RangeProxy(this.context, (): RangeTarget => {
      const t = this.resolve();
      return { sheet: tableSheet(this.context.host.state, t), rect: rect(t) };
    });
  }
  getRange(): RangeProxy {
    return this.part((t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part(headerRect);
  }
  getDataBodyRange(): RangeProxy {
    return this.part(bodyRect);
  }
  getTotalRowRange(): never {
    throw notImplemented("Table.getTotalRowRange");
  }
  get rows(): TableRowCollectionProxy {
    return this.child(
      "rows",
      () => new TableRowCollectionProxy(this.context, () => this.resolve()),
    );
  }
  get columns(): TableColumnCollectionProxy {
    return this.child(
      "columns",
      () => new TableColumnCollectionProxy(this.context, () => this.resolve()),
    );
  }
  get worksheet(): WorksheetProxy {
    return this.child("worksheet", () =>
      sheetProxy(this.context, () => tableSheet(this.context.host.state, this.resolve())),
    );
  }
  delete(): void {
    this.call("delete", null, (t) => {
      const wb = this.context.host.state;
      clearContents(tableSheet(wb, t), t.rect);
      wb.tables = wb.tables.filter((x) => x !== t);
    });
  }
  convertToRange(): RangeProxy {
    const range = this.getRange();
    this.call("convertToRange", null, (t) => {
      range.resolveOrNull();
      const wb = this.context.host.state;
      wb.tables = wb.tables.filter((x) => x !== t);
    });
    return range;
  }
  clearFilters(): void {
    this.call("clearFilters", null, () => undefined);
  }
  get sort(): never {
    throw notImplemented("Table.sort");
  }
  get autoFilter(): never {
    throw notImplemented("Table.autoFilter");
  }
}

export class TableCollectionProxy extends FakeCollection<
  SheetState | null,
  TableState,
  TableProxy
> {
  protected readonly entity = "TableCollection";
  protected readonly scalarProps = ["count"];
  protected readonly itemProps = ["name", "id", "showTotals", "showHeaders", "style"];

  /** `resolveSheet` returns the sheet for `worksheet.tables`, null for `workbook.tables`. */
  constructor(
    context: FakeSession,
    private readonly resolveSheet: () => SheetState | null,
  ) {
    super(context, resolveSheet);
  }
  override resolve(): SheetState | null {
    return this.resolveSheet();
  }
  protected readProp(scope: SheetState | null, name: string): unknown {
    if (name === "count") return this.listItems(scope).length;
    throw notImplemented(`TableCollection.${name}`);
  }
  get count(): number {
    return this.read("count");
  }
  protected listItems(scope: SheetState | null): TableState[] {
    return this.context.host.state.tables.filter((t) => scope === null || t.sheetId === scope.id);
  }
  protected itemProxy(item: TableState): TableProxy {
    return tableProxy(this.context, () => item);
  }
  protected itemValue(item: TableState, name: string): unknown {
    return name === "showHeaders" ? true : (item as unknown as Record<string, unknown>)[name];
  }

  private find(key: string): TableState | null {
    const scope = this.resolveSheet();
    const t = findTable(this.context.host.state, key);
    return t && (scope === null || t.sheetId === scope.id) ? t : null;
  }
  getItem(key: string): TableProxy {
    return tableProxy(this.context, () => {
      const t = this.find(key);
      if (!t) throw itemNotFound("TableCollection.getItem", `table "${key}"`);
      return t;
    });
  }
  getItemOrNullObject(key: string): TableProxy {
    const proxy = tableProxy(this.context, () => this.find(key));
    this.context.enqueue("TableCollection.getItemOrNullObject", key, () => {
      proxy.resolveOrNull();
    });
    return proxy;
  }
  getItemAt(index: number): TableProxy {
    return tableProxy(this.context, () => {
      const t = this.listItems(this.resolveSheet())[index];
      if (!t) throw invalidArgument("TableCollection.getItemAt", `No table at ${index}.`);
      return t;
    });
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(
      this.context,
      "TableCollection.getCount",
      () => this.listItems(this.resolveSheet()).length,
    );
  }

  /**
   * Creates a table over `address`; without a sheet in the address, the collection's sheet or
   * (for `workbook.tables`) the active sheet. A header-only address gets one empty body row,
   * as in Excel. `hasHeaders: false` (Excel would insert a header row) is not implemented.
   */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    if (!hasHeaders) throw notImplemented("TableCollection.add(address, false)");
    let created: TableState | null = null;
    const args = typeof address === "string" ? address : "{range}";
    this.context.enqueue("TableCollection.add", { address: args, hasHeaders }, () => {
      const wb = this.context.host.state;
      let sheet: SheetState;
      let rect: Rect;
      if (typeof address === "string") {
        const { sheet: named, local } = splitSheet(address);
        const scope = this.resolveSheet();
        const found =
          named !== null ? findSheet(wb, named) : (scope ?? this.context.host.activeSheet());
        if (!found) throw itemNotFound("TableCollection.add", `worksheet "${named}"`);
        if (scope && found.id !== scope.id)
          throw invalidArgument("TableCollection.add", "The address is on another sheet.");
        sheet = found;
        rect = parseLocal(local);
      } else {
        ({ sheet, rect } = address.resolve());
      }
      if (rectRows(rect) === 1) rect = { ...rect, r1: rect.r1 + 1 };
      checkInGrid(rect, "TableCollection.add");
      checkNoOverlap(wb, sheet.id, rect, null);
      created = {
        id: newId(wb, "table"),
        name: nextFreeName(
          wb.tables.map((t) => t.name),
          "Table",
        ),
        sheetId: sheet.id,
        rect,
        showTotals: false,
        style: "TableStyleMedium2",
      };
      wb.tables.push(created);
      normalizeHeaders(wb, created);
    });
    return tableProxy(this.context, () => created);
  }
}
