/** `table.columns`: header names, lookup by name, appending. */
import { type Rect, checkInGrid, rectCols } from "./address";
import { gridOf, toGrid, typeIntoCell, valueAt } from "./cells";
import { invalidArgument, itemNotFound, notImplemented } from "./errors";
import { FakeClientObject, FakeClientResult, FakeCollection } from "./proxy";
import { RangeProxy } from "./range";
import { type TableState, getCell } from "./state";
import {
  bodyRect,
  checkNoOverlap,
  headerNames,
  normalizeHeaders,
  tableSheet,
} from "./tables-state";

interface ColumnTarget {
  table: TableState;
  offset: number;
}

export class TableColumnProxy extends FakeClientObject<ColumnTarget> {
  protected readonly entity = "TableColumn";
  protected readonly scalarProps = ["name", "index", "id", "values"];
  protected readProp(t: ColumnTarget, name: string): unknown {
    const wb = this.context.host.state;
    if (name === "name") return headerNames(wb, t.table)[t.offset];
    if (name === "index") return t.offset;
    if (name === "id") return t.offset + 1;
    return gridOf(tableSheet(wb, t.table), columnRect(t), valueAt);
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, (t) => {
      const wb = this.context.host.state;
      typeIntoCell(
        tableSheet(wb, t.table),
        t.table.rect.r0,
        t.table.rect.c0 + t.offset,
        String(v),
        "TableColumn.name",
      );
      normalizeHeaders(wb, t.table);
    });
  }
  get index(): number {
    return this.read("index");
  }
  get id(): number {
    return this.read("id");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  private part(f: (t: ColumnTarget) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.resolve();
      return { sheet: tableSheet(this.context.host.state, t.table), rect: f(t) };
    });
  }
  getRange(): RangeProxy {
    return this.part(columnRect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((t) => ({ ...columnRect(t), r1: t.table.rect.r0 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part((t) => ({ ...columnRect(t), r0: bodyRect(t.table).r0 }));
  }
  delete(): never {
    throw notImplemented("TableColumn.delete");
  }
}

function columnRect(t: ColumnTarget): Rect {
  const c = t.table.rect.c0 + t.offset;
  return { ...t.table.rect, c0: c, c1: c };
}

export class TableColumnCollectionProxy extends FakeCollection<
  TableState,
  ColumnTarget,
  TableColumnProxy
> {
  protected readonly entity = "TableColumnCollection";
  protected readonly scalarProps = ["count"];
  protected readonly itemProps = ["name", "index", "id", "values"];

  protected readProp(t: TableState, name: string): unknown {
    if (name === "count") return rectCols(t.rect);
    throw notImplemented(`TableColumnCollection.${name}`);
  }
  get count(): number {
    return this.read("count");
  }
  protected listItems(t: TableState): ColumnTarget[] {
    return Array.from({ length: rectCols(t.rect) }, (_, offset) => ({ table: t, offset }));
  }
  protected itemProxy(item: ColumnTarget): TableColumnProxy {
    return new TableColumnProxy(this.context, () => item);
  }
  protected itemValue(item: ColumnTarget, name: string): unknown {
    const wb = this.context.host.state;
    if (name === "name") return headerNames(wb, item.table)[item.offset];
    if (name === "index") return item.offset;
    if (name === "id") return item.offset + 1;
    return gridOf(tableSheet(wb, item.table), columnRect(item), valueAt);
  }

  /** By header name (ignoring case) or by numeric id; followed by position afterwards. */
  private find(t: TableState, key: string | number): ColumnTarget | null {
    const names = headerNames(this.context.host.state, t);
    const offset =
      typeof key === "number"
        ? key - 1
        : names.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
    return offset >= 0 && offset < names.length ? { table: t, offset } : null;
  }
  private columnProxy(lookup: () => ColumnTarget | null): TableColumnProxy {
    let offset: number | null = null;
    return new TableColumnProxy(this.context, () => {
      if (offset !== null) return { table: this.resolve(), offset };
      const found = lookup();
      if (found) offset = found.offset;
      return found;
    });
  }
  getItem(key: string | number): TableColumnProxy {
    return this.columnProxy(() => {
      const found = this.find(this.resolve(), key);
      if (!found) throw itemNotFound("TableColumnCollection.getItem", `column "${key}"`);
      return found;
    });
  }
  getItemOrNullObject(key: string | number): TableColumnProxy {
    const proxy = this.columnProxy(() => this.find(this.resolve(), key));
    this.context.enqueue("TableColumnCollection.getItemOrNullObject", key, () => {
      proxy.resolveOrNull();
    });
    return proxy;
  }
  getItemAt(index: number): TableColumnProxy {
    return this.columnProxy(() => {
      const t = this.resolve();
      if (!Number.isInteger(index) || index < 0 || index >= rectCols(t.rect))
        throw invalidArgument("getItemAt");
      return { table: t, offset: index };
    });
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, "TableColumnCollection.getCount", () =>
      rectCols(this.resolve().rect),
    );
  }

  /** Appends a column on the right; the cells it takes over must be empty. `values` include the header. */
  add(index?: number | null, values?: unknown, name?: string): TableColumnProxy {
    let created: ColumnTarget | null = null;
    this.call("add", { index: index ?? null, values: values ?? null, name: name ?? null }, (t) => {
      const wb = this.context.host.state;
      const sheet = tableSheet(wb, t);
      const width = rectCols(t.rect);
      if (index !== undefined && index !== null && index !== -1 && index !== width) {
        throw notImplemented("TableColumnCollection.add in the middle of a table");
      }
      const grown = { ...t.rect, c1: t.rect.c1 + 1 };
      checkInGrid(grown, "TableColumnCollection.add");
      checkNoOverlap(wb, sheet.id, grown, t.id);
      for (let r = t.rect.r0; r <= t.rect.r1; r += 1) {
        if (getCell(sheet, r, grown.c1)?.value)
          throw notImplemented("adding a table column over non-empty cells");
      }
      const column: Rect = { ...grown, c0: grown.c1 };
      const grid =
        values === undefined || values === null
          ? null
          : toGrid(values, column, "TableColumnCollection.add");
      t.rect = grown;
      grid?.forEach((row, i) =>
        typeIntoCell(sheet, column.r0 + i, column.c0, row[0], "TableColumnCollection.add"),
      );
      if (name !== undefined && name !== null)
        typeIntoCell(sheet, column.r0, column.c0, String(name), "TableColumnCollection.add");
      normalizeHeaders(wb, t);
      created = { table: t, offset: width };
    });
    return new TableColumnProxy(this.context, () => created);
  }
}
