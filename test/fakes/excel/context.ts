/**
 * `Excel.RequestContext`: a queue of commands sent to "Excel" at each `sync()`.
 * Excel on the web refuses requests and responses larger than 5 MB
 * (learn.microsoft.com: "Resource limits and performance optimization for Office Add-ins",
 * section "Excel add-ins"); the fake measures both as UTF-8 JSON and refuses the same way.
 */
import { FakeOfficeError, propertyNotLoaded, requestTooLarge, responseTooLarge } from "./errors";
import type { FakeHost } from "./host";
import { FakeClientObject, type FakeSession } from "./proxy";
import { WorkbookProxy } from "./workbook";

/** 5 MB, counted strictly as 5,000,000 bytes. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/**
 * What Office.js adds to a request for each queued command besides its arguments: the action
 * record and the object-path records of the proxies it goes through (ids, types, names,
 * parent links; the ids grow to five digits in a large batch). Measured against the request
 * bodies Microsoft's Office.js builds for the same commands
 * (test/adapters/excel-js/office-request.test.ts), so a batch of many small commands weighs what
 * it would in Excel.
 */
export const COMMAND_RECORD_BYTES = 300;

interface Command {
  readonly label: string;
  readonly bytes: number;
  readonly run: () => void;
}

const encoder = new TextEncoder();

/** Proxies inside arguments travel as object references, not as their contents. */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof FakeClientObject ? "{ref}" : value;
}

function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value, replacer) ?? "";
  return encoder.encode(text).length;
}

export class FakeRequestContext implements FakeSession {
  readonly workbook: WorkbookProxy;
  readonly application: {
    suspendApiCalculationUntilNextSync: () => void;
    calculationMode?: string;
  };
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** `Excel.Runtime` (ExcelApi 1.8): only `enableEvents`, set in a batch like any property */
  readonly runtime: { enableEvents: boolean };
  syncNumber = 0;
  closed = false;
  private queue: Command[] = [];
  private hooks: Array<() => void> = [];
  private applies: Array<() => void> = [];
  private responseBytes = 0;

  constructor(readonly host: FakeHost) {
    this.workbook = new WorkbookProxy(this);
    const enqueue = (label: string, args: unknown, run: () => void) =>
      this.enqueue(label, args, run);
    this.runtime = {
      get enableEvents(): boolean {
        throw propertyNotLoaded("Runtime", "enableEvents");
      },
      set enableEvents(on: boolean) {
        enqueue("Runtime.enableEvents", on, () => {
          host.eventsEnabled = on;
        });
      },
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        this.enqueue("Application.suspendApiCalculationUntilNextSync", null, () => undefined),
    };
  }

  private checkOpen(): void {
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidRequestContext",
        "Cannot use the object across different request contexts: the Excel.run batch has ended.",
      );
    }
  }

  enqueue(label: string, args: unknown, run: () => void): void {
    this.checkOpen();
    this.host.countCall(label);
    this.queue.push({ label, bytes: jsonBytes(args) + COMMAND_RECORD_BYTES, run });
  }

  enqueueRead(
    label: string,
    args: unknown,
    compute: () => { response: unknown; apply: () => void },
  ): void {
    this.enqueue(label, args, () => {
      const { response, apply } = compute();
      this.responseBytes += jsonBytes(response);
      this.applies.push(apply);
    });
  }

  onSuccess(hook: () => void): void {
    this.hooks.push(hook);
  }

  async sync(): Promise<void> {
    this.checkOpen();
    this.host.countSyncCall();
    const queue = this.queue;
    this.queue = [];
    // A real sync always answers asynchronously.
    await Promise.resolve();
    if (queue.length === 0) return;
    this.syncNumber += 1;
    this.hooks = [];
    this.applies = [];
    this.responseBytes = 0;
    const requestBytes = queue.reduce((sum, c) => sum + c.bytes, 0);
    this.host.recordRoundTrip(requestBytes);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) throw requestTooLarge(requestBytes);
    // Commands run in order; a failing one stops the batch, and what ran before it stays done,
    // as in Excel (there is no rollback).
    try {
      for (const command of queue) command.run();
    } finally {
      // what ran stays done, and its change events fire
      this.host.fireEdits();
    }
    this.host.recordResponse(this.responseBytes);
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES) throw responseTooLarge(this.responseBytes);
    for (const hook of this.hooks) hook();
    for (const apply of this.applies) apply();
  }
}
