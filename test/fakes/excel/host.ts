/**
 * One user's Excel: a view (active sheet, selection) on a shared workbook, plus the counters
 * tests assert on. Two hosts on the same `FakeWorkbook` are two co-authors.
 */
import type { Rect } from "./address";
import { invalidOperation } from "./errors";
import type { Before, ChangeEvents } from "./events";
import type { SheetState, WorkbookState } from "./state";

export interface FakeStats {
  /** round trips: syncs that had at least one queued command */
  readonly syncs: number;
  /** every `context.sync()` call, empty ones included */
  readonly syncCalls: number;
  /** approximate request bytes (JSON of queued commands and arguments), one entry per round trip */
  readonly payloadBytes: readonly number[];
  readonly largest: number;
  /** approximate response bytes (JSON of loaded values), one entry per round trip */
  readonly responseBytes: readonly number[];
  readonly largestResponse: number;
  /** how many times each API member was queued, e.g. calls["TableRowCollection.add"] */
  readonly calls: Readonly<Record<string, number>>;
}

export interface WorkbookHolder {
  readonly state: WorkbookState;
  readonly events: ChangeEvents;
}

interface Edit {
  readonly sheet: SheetState;
  readonly rect: Rect;
  readonly before: Before | null;
}

export class FakeHost {
  activeSheetId: string | null = null;
  selection: { sheetId: string; rect: Rect } | null = null;
  /** `context.runtime.enableEvents` of this user's add-in (ExcelApi 1.8) */
  eventsEnabled = true;
  private edits: Edit[] = [];
  private syncs = 0;
  private syncCalls = 0;
  private payloadBytes: number[] = [];
  private responseBytes: number[] = [];
  private calls: Record<string, number> = {};

  constructor(readonly book: WorkbookHolder) {}

  get state(): WorkbookState {
    return this.book.state;
  }

  /** The active sheet of this user; falls back to the first visible one (e.g. after a delete). */
  activeSheet(): SheetState {
    const sheets = this.state.sheets;
    const current = sheets.find((s) => s.id === this.activeSheetId && s.visibility === "Visible");
    const sheet = current ?? sheets.find((s) => s.visibility === "Visible");
    if (!sheet)
      throw invalidOperation("Workbook.getActiveWorksheet", "The workbook has no visible sheet.");
    this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Cells the add-in wrote in the current sync: their events fire once the sync is done. */
  apiEdited(sheet: SheetState, rect: Rect, before: Before | null): void {
    if (this.eventsEnabled) this.edits.push({ sheet, rect, before });
  }

  /** Called at the end of a sync. */
  fireEdits(): void {
    const edits = this.edits;
    this.edits = [];
    for (const e of edits) this.book.events.fire(this.state, this, e.sheet, e.rect, e.before);
  }

  countCall(label: string): void {
    this.calls[label] = (this.calls[label] ?? 0) + 1;
  }

  countSyncCall(): void {
    this.syncCalls += 1;
  }

  recordRoundTrip(requestBytes: number): void {
    this.syncs += 1;
    this.payloadBytes.push(requestBytes);
  }

  recordResponse(bytes: number): void {
    this.responseBytes.push(bytes);
  }

  stats(): FakeStats {
    return {
      syncs: this.syncs,
      syncCalls: this.syncCalls,
      payloadBytes: [...this.payloadBytes],
      largest: this.payloadBytes.reduce((a, b) => Math.max(a, b), 0),
      responseBytes: [...this.responseBytes],
      largestResponse: this.responseBytes.reduce((a, b) => Math.max(a, b), 0),
      calls: { ...this.calls },
    };
  }

  resetStats(): void {
    this.syncs = 0;
    this.syncCalls = 0;
    this.payloadBytes = [];
    this.responseBytes = [];
    this.calls = {};
  }
}
