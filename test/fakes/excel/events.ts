/**
 * `Table.onChanged` (ExcelApi 1.7), as learn.microsoft.com documents it ("Work with events
 * using the Excel JavaScript API", Excel.TableChangedEventArgs, Excel.ChangedEventDetail):
 * - `onChanged.add(handler)` returns an EventHandlerResult; the handler is registered when the
 *   batch that queued it syncs, not before;
 * - a change of a table's cells calls the handlers of every add-in that registered on that
 *   table, after the change, with { type: "TableChanged", changeType: "RangeEdited", source,
 *   address, tableId, worksheetId, details }; `source` is "Local" for the user's own Excel
 *   and "Remote" for a co-author's; `details` (ExcelApi 1.9: valueBefore, valueAfter and their
 *   types) only when one cell changed;
 * - the add-in's own writes fire its handlers too (source "Local"), unless it turned events
 *   off with `context.runtime.enableEvents = false` (ExcelApi 1.8) for that add-in;
 * - events arrive asynchronously; the fake keeps the handlers' promises so a test can await
 *   them (`FakeExcel.settle()`), and a handler's failure fails that await.
 */
import { type Rect, formatLocal, intersects } from "./address";
import { valueAt, valueTypeAt } from "./cells";
import type { FakeHost } from "./host";
import type { Scalar, SheetState, WorkbookState } from "./state";

export interface TableChangedArgs {
  readonly type: "TableChanged";
  readonly changeType: "RangeEdited";
  readonly source: "Local" | "Remote";
  readonly address: string;
  readonly tableId: string;
  readonly worksheetId: string;
  readonly details?: {
    readonly valueBefore: Scalar;
    readonly valueAfter: Scalar;
    readonly valueTypeBefore: string;
    readonly valueTypeAfter: string;
  };
}

type Handler = (args: TableChangedArgs) => Promise<unknown>;

interface Registration {
  readonly host: FakeHost;
  readonly tableId: string;
  readonly handler: Handler;
}

/** One cell's value and type before an edit, when the edit is of one cell. */
export interface Before {
  readonly value: Scalar;
  readonly type: string;
}

export function beforeOf(sheet: SheetState, rect: Rect): Before | null {
  const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
  return single
    ? { value: valueAt(sheet, rect.r0, rect.c0), type: valueTypeAt(sheet, rect.r0, rect.c0) }
    : null;
}

/** The handlers registered on a workbook's tables, shared by its co-authors' hosts. */
export class ChangeEvents {
  private registrations: Registration[] = [];
  private pending: Promise<unknown>[] = [];

  register(host: FakeHost, tableId: string, handler: Handler): void {
    this.registrations.push({ host, tableId, handler });
  }

  remove(host: FakeHost, tableId: string, handler: Handler): void {
    this.registrations = this.registrations.filter(
      (r) => !(r.host === host && r.tableId === tableId && r.handler === handler),
    );
  }

  /** Calls the handlers on the tables the edit touched; `by` is the Excel that made it. */
  fire(state: WorkbookState, by: FakeHost, sheet: SheetState, rect: Rect, before: Before | null) {
    for (const table of state.tables) {
      if (table.sheetId !== sheet.id || !intersects(table.rect, rect)) continue;
      const area: Rect = {
        r0: Math.max(rect.r0, table.rect.r0),
        c0: Math.max(rect.c0, table.rect.c0),
        r1: Math.min(rect.r1, table.rect.r1),
        c1: Math.min(rect.c1, table.rect.c1),
      };
      const details = before && {
        valueBefore: before.value,
        valueAfter: valueAt(sheet, rect.r0, rect.c0),
        valueTypeBefore: before.type,
        valueTypeAfter: valueTypeAt(sheet, rect.r0, rect.c0),
      };
      for (const r of this.registrations) {
        if (r.tableId !== table.id) continue;
        if (r.host === by && !by.eventsEnabled) continue;
        const args: TableChangedArgs = {
          type: "TableChanged",
          changeType: "RangeEdited",
          source: r.host === by ? "Local" : "Remote",
          address: formatLocal(area),
          tableId: table.id,
          worksheetId: sheet.id,
          ...(details ? { details } : {}),
        };
        // delivered after the change, never inside the batch that made it
        this.pending.push(Promise.resolve().then(() => r.handler(args)));
      }
    }
  }

  /** Waits for every handler called so far, and for the events their own writes fire. */
  async settle(): Promise<void> {
    while (this.pending.length > 0) {
      const now = this.pending;
      this.pending = [];
      await Promise.all(now);
    }
  }
}
