/** `table.rows`: body rows, counted `add`. */
import { type Rect, checkInGrid } from "./address";
import { gridOf, toGrid, typeIntoCell, valueAt } from "./cells";
import { invalidArgument, notImplemented } from "./errors";
import { FakeClientObject, FakeClientResult, FakeCollection } from "./proxy";
import { RangeProxy } from "./range";
import { type TableState, cellKey } from "./state";
import {
  bodyRowCount,
  checkNoOverlap,
  extendTableFormats,
  hasOnlyPlaceholderRow,
  tableSheet,
} from "./tables-state";

interface RowTarget {
  table: TableState;
  index: number;
}

export class TableRowProxy extends FakeClientObject<RowTarget> {
  protected readonly entity = "TableRow";
  protected readonly scalarProps = ["index", "values"];
  protected readProp(t: RowTarget, name: string): unknown {
    if (name === "index") return t.index;
    return gridOf(tableSheet(this.context.host.state, t.table), rowRect(t), valueAt);
  }
  get index(): number {
    return this.read("index");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.resolve();
      return { sheet: tableSheet(this.context.host.state, t.table), rect: rowRect(t) };
    });
  }
  delete(): never {
    throw notImplemented("TableRow.delete");
  }
}

function rowRect(t: RowTarget): Rect {
  const r = t.table.rect.r0 + 1 + t.index;
  return { ...t.table.rect, r0: r, r1: r };
}

/** Moves the cells of columns c0..c1 at or below `row` down by `n` (a table row insertion). */
function shiftDown(
  cells: Map<string, unknown>,
  row: number,
  n: number,
  c0: number,
  c1: number,
): void {
  const moving = [...cells.entries()].filter(([k]) => {
    const [r, c] = k.split(",").map(Number);
    return r >= row && c >= c0 && c <= c1;
  });
  for (const [k] of moving) cells.delete(k);
  for (const [k, v] of moving) {
    const [r, c] = k.split(",").map(Number);
    cells.set(cellKey(r + n, c), v);
  }
}

export class TableRowCollectionProxy extends FakeCollection<TableState, RowTarget, TableRowProxy> {
  protected readonly entity = "TableRowCollection";
  protected readonly scalarProps = ["count"];
  protected readonly itemProps = ["index", "values"];

  protected readProp(t: TableState, name: string): unknown {
    if (name === "count") return bodyRowCount(t);
    throw notImplemented(`TableRowCollection.${name}`);
  }
  get count(): number {
    return this.read("count");
  }
  protected listItems(t: TableState): RowTarget[] {
    return Array.from({ length: bodyRowCount(t) }, (_, index) => ({ table: t, index }));
  }
  protected itemProxy(item: RowTarget): TableRowProxy {
    return new TableRowProxy(this.context, () => item);
  }
  protected itemValue(item: RowTarget, name: string): unknown {
    return name === "index"
      ? item.index
      : gridOf(tableSheet(this.context.host.state, item.table), rowRect(item), valueAt);
  }
  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, "TableRowCollection.getCount", () =>
      bodyRowCount(this.resolve()),
    );
  }
  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this.context, () => {
      const table = this.resolve();
      if (!Number.isInteger(index) || index < 0 || index >= bodyRowCount(table)) {
        throw invalidArgument("TableRowCollection.getItemAt", `No row at ${index}.`);
      }
      return { table, index };
    });
  }

  /**
   * Inserts rows (at the end when index is null/undefined/-1), shifting the cells below inside the
   * table's columns. A new table's single empty row is filled first. Counted in stats().calls, so
   * tests can prove a co-authoring-safe path avoided it.
   */
  add(index?: number | null, values?: unknown, alwaysInsert?: boolean): TableRowProxy {
    if (alwaysInsert === false)
      throw notImplemented("TableRowCollection.add(…, alwaysInsert = false)");
    let first: RowTarget | null = null;
    this.call("add", { index: index ?? null, values: values ?? null }, (t) => {
      const wb = this.context.host.state;
      const sheet = tableSheet(wb, t);
      const count = bodyRowCount(t);
      const at = index === undefined || index === null || index === -1 ? count : index;
      if (!Number.isInteger(at) || at < 0 || at > count)
        throw invalidArgument("TableRowCollection.add", "index");
      const n = Array.isArray(values) ? values.length : 1;
      if (n < 1) throw invalidArgument("TableRowCollection.add", "values");
      const reuse = at === count && hasOnlyPlaceholderRow(wb, t) ? 1 : 0;
      const start = at - reuse;
      const inserted = n - reuse;
      if (inserted > 0) {
        const row = t.rect.r0 + 1 + at;
        checkInGrid({ ...t.rect, r0: row, r1: t.rect.r1 + inserted }, "TableRowCollection.add");
        shiftDown(sheet.cells as Map<string, unknown>, row, inserted, t.rect.c0, t.rect.c1);
        checkNoOverlap(wb, sheet.id, { ...t.rect, r1: t.rect.r1 + inserted }, t.id);
        const oldLast = t.rect.r1;
        t.rect = { ...t.rect, r1: t.rect.r1 + inserted };
        extendTableFormats(sheet, t, oldLast);
      }
      const target: Rect = { ...t.rect, r0: t.rect.r0 + 1 + start, r1: t.rect.r0 + start + n };
      if (values !== undefined && values !== null) {
        const grid = toGrid(
          Array.isArray(values) ? values : [[values]],
          target,
          "TableRowCollection.add",
        );
        grid.forEach((cells, i) =>
          cells.forEach((v, j) =>
            typeIntoCell(sheet, target.r0 + i, target.c0 + j, v, "TableRowCollection.add"),
          ),
        );
      }
      first = { table: t, index: start };
    });
    return new TableRowProxy(this.context, () => first);
  }
}
