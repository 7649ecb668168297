/** `Excel.Worksheet` and `Excel.WorksheetCollection`. */
import { ChartCollectionProxy } from "./charts";
import { type Rect, checkInGrid, parseLocal, splitSheet } from "./address";
import { invalidArgument, invalidOperation, itemNotFound, notImplemented } from "./errors";
import { FreezePanesProxy, HorizontalPageBreakCollectionProxy, PageLayoutProxy } from "./layout";
import { checkSheetName, nextFreeName } from "./names";
import { FakeClientObject, FakeClientResult, WorkbookCollection, type FakeSession } from "./proxy";
import { RangeProxy } from "./range";
import { cloneSheet, copyIndex } from "./sheet-copy";
import { RangeAreasProxy, parseAreas } from "./range-areas";
import { type SheetState, findSheet, newSheet, sheetById } from "./state";
import { TableCollectionProxy } from "./table";
import { usedRect } from "./used";

const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

/** A sheet found once by name (or id) and then followed by id, so a rename keeps the proxy valid. */
export function sheetProxy(context: FakeSession, lookup: () => SheetState | null): WorksheetProxy {
  let id: string | null = null;
  return new WorksheetProxy(context, () => {
    if (id !== null) {
      const sheet = sheetById(context.host.state, id);
      if (!sheet) throw itemNotFound("Worksheet", "the worksheet was deleted");
      return sheet;
    }
    const sheet = lookup();
    if (sheet) id = sheet.id;
    return sheet;
  });
}

export class WorksheetProxy extends FakeClientObject<SheetState> {
  protected readonly entity = "Worksheet";
  protected readonly scalarProps = [
    "name",
    "id",
    "position",
    "visibility",
    "tabColor",
    "showGridlines",
  ];

  protected readProp(s: SheetState, name: string): unknown {
    if (name === "position") return this.context.host.state.sheets.indexOf(s);
    return (s as unknown as Record<string, unknown>)[name];
  }

  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v, (s) => {
      s.name = checkSheetName(this.context.host.state, v, s.id, "Worksheet.name");
    });
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  set position(v: number) {
    this.write("position", v, (s) => {
      const sheets = this.context.host.state.sheets;
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length)
        throw invalidArgument("Worksheet.position");
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    this.write("visibility", v, (s) => {
      if (!VISIBILITIES.includes(v)) throw invalidArgument("Worksheet.visibility");
      const others = this.context.host.state.sheets.filter(
        (o) => o !== s && o.visibility === "Visible",
      );
      if (v !== "Visible" && others.length === 0) {
        throw invalidOperation(
          "Worksheet.visibility",
          "A workbook must keep at least one visible sheet.",
        );
      }
      s.visibility = v;
    });
  }
  get showGridlines(): boolean {
    return this.read("showGridlines");
  }
  set showGridlines(v: boolean) {
    this.write("showGridlines", v, (s) => {
      if (typeof v !== "boolean") throw invalidArgument("Worksheet.showGridlines");
      s.showGridlines = v;
    });
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(v: string) {
    this.write("tabColor", v, (s) => {
      s.tabColor = v;
    });
  }

  private range(where: string, rect: (s: SheetState) => Rect): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.resolve();
      const r = rect(sheet);
      checkInGrid(r, where);
      return { sheet, rect: r };
    });
  }

  /** No address: the whole sheet. An address naming another sheet is refused. */
  getRange(address?: string): RangeProxy {
    return this.range("Worksheet.getRange", (sheet) => {
      if (address === undefined || address === "") return parseLocal("A:XFD");
      const { sheet: named, local } = splitSheet(address);
      if (named !== null && named.toLowerCase() !== sheet.name.toLowerCase()) {
        throw invalidArgument("Worksheet.getRange", "The address names another worksheet.");
      }
      return parseLocal(local);
    });
  }
  /** Several areas of this sheet, "A1:B2, D4:E5" (ExcelApi 1.9). */
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      const sheet = this.resolve();
      const areas = parseAreas(sheet, address);
      return { sheet, rect: areas[0], areas };
    });
  }
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): RangeProxy {
    return this.range("Worksheet.getRangeByIndexes", () => {
      if (rowCount < 1 || columnCount < 1) throw invalidArgument("Worksheet.getRangeByIndexes");
      return {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
    });
  }
  getCell(row: number, column: number): RangeProxy {
    return this.range("Worksheet.getCell", () => ({ r0: row, c0: column, r1: row, c1: column }));
  }
  /** A blank sheet answers A1 (learn.microsoft.com, Excel.Worksheet.getUsedRange). */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.range(
      "Worksheet.getUsedRange",
      (s) => usedRect(s, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.resolve();
      const rect = usedRect(sheet, valuesOnly === true);
      return rect ? { sheet, rect } : null;
    }).eagerly();
  }

  activate(): void {
    this.call("activate", null, (s) => {
      if (s.visibility !== "Visible")
        throw invalidOperation("Worksheet.activate", "A hidden sheet can't be activated.");
      this.context.host.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.call("delete", null, (s) => {
      const wb = this.context.host.state;
      if (!wb.sheets.some((o) => o !== s && o.visibility === "Visible")) {
        throw invalidOperation(
          "Worksheet.delete",
          "A workbook must keep at least one visible sheet.",
        );
      }
      wb.sheets = wb.sheets.filter((o) => o !== s);
      wb.tables = wb.tables.filter((t) => t.sheetId !== s.id);
    });
  }

  get tables(): TableCollectionProxy {
    return this.child("tables", () => new TableCollectionProxy(this.context, () => this.resolve()));
  }
  get charts(): ChartCollectionProxy {
    return this.child("charts", () => new ChartCollectionProxy(this.context, () => this.resolve()));
  }
  get freezePanes(): FreezePanesProxy {
    return this.child(
      "freezePanes",
      () => new FreezePanesProxy(this.context, () => this.resolve()),
    );
  }
  get pageLayout(): PageLayoutProxy {
    return this.child("pageLayout", () => new PageLayoutProxy(this.context, () => this.resolve()));
  }
  get horizontalPageBreaks(): HorizontalPageBreakCollectionProxy {
    return this.child(
      "horizontalPageBreaks",
      () => new HorizontalPageBreakCollectionProxy(this.context, () => this.resolve()),
    );
  }
  get verticalPageBreaks(): never {
    throw notImplemented("Worksheet.verticalPageBreaks");
  }
  get protection(): never {
    throw notImplemented("Worksheet.protection");
  }
  /** Made at sync, usable in the same batch like `add`'s proxy; the active sheet stays. */
  copy(positionType: string = "None", relativeTo?: WorksheetProxy): WorksheetProxy {
    let created: SheetState | null = null;
    this.call("copy", { positionType, relativeTo: relativeTo ?? null }, (s) => {
      const wb = this.context.host.state;
      const relative =
        relativeTo === undefined || relativeTo === null ? null : relativeTo.resolve();
      const at = copyIndex(wb, s, positionType, relative);
      this.context.host.activeSheet(); // pins the active sheet before the list changes
      created = cloneSheet(wb, s);
      wb.sheets.splice(at, 0, created);
    });
    return sheetProxy(this.context, () => created);
  }
}

export class WorksheetCollectionProxy extends WorkbookCollection<SheetState, WorksheetProxy> {
  protected readonly entity = "WorksheetCollection";
  protected readonly itemProps = ["name", "id", "position", "visibility", "tabColor"];
  protected listItems(): SheetState[] {
    return this.context.host.state.sheets;
  }
  protected itemProxy(item: SheetState): WorksheetProxy {
    const wb = this.context.host.state;
    return sheetProxy(this.context, () => sheetById(wb, item.id) ?? null);
  }
  protected itemValue(item: SheetState, name: string): unknown {
    return name === "position"
      ? this.context.host.state.sheets.indexOf(item)
      : (item as unknown as Record<string, unknown>)[name];
  }

  private find(key: string): SheetState | null {
    const wb = this.context.host.state;
    return findSheet(wb, key) ?? sheetById(wb, key) ?? null;
  }

  /** New sheets go after the existing ones and are not activated. */
  add(name?: string): WorksheetProxy {
    let created: SheetState | null = null;
    this.context.enqueue("WorksheetCollection.add", name ?? null, () => {
      const wb = this.context.host.state;
      const finalName =
        name === undefined || name === null
          ? nextFreeName(
              wb.sheets.map((s) => s.name),
              "Sheet",
            )
          : checkSheetName(wb, name, null, "WorksheetCollection.add");
      created = newSheet(wb, finalName);
      wb.sheets.push(created);
    });
    return sheetProxy(this.context, () => created);
  }
  getItem(key: string): WorksheetProxy {
    return sheetProxy(this.context, () => {
      const sheet = this.find(key);
      if (!sheet) throw itemNotFound("WorksheetCollection.getItem", `worksheet "${key}"`);
      return sheet;
    });
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    const proxy = sheetProxy(this.context, () => this.find(key));
    this.context.enqueue("WorksheetCollection.getItemOrNullObject", key, () => {
      proxy.resolveOrNull();
    });
    return proxy;
  }
  getActiveWorksheet(): WorksheetProxy {
    return sheetProxy(this.context, () => this.context.host.activeSheet());
  }
  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    return new FakeClientResult(
      this.context,
      "WorksheetCollection.getCount",
      () =>
        this.context.host.state.sheets.filter((s) => !visibleOnly || s.visibility === "Visible")
          .length,
    );
  }
  getFirst(): WorksheetProxy {
    return sheetProxy(this.context, () => {
      const first = this.context.host.state.sheets[0];
      if (!first) throw itemNotFound("WorksheetCollection.getFirst", "no worksheet");
      return first;
    });
  }
}
