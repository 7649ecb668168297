/** `createFakeExcel`: an `Excel` namespace (run, enums) bound to one user's view of a workbook. */
import { FakeRequestContext } from "./context";
import { EXCEL_ENUMS } from "./enums";
import { FakeOfficeError, notImplemented } from "./errors";
import type { FakeWorkbook } from "./fake-workbook";
import { FakeHost, type FakeStats } from "./host";

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

const RUN_OPTIONS = ["delayForCellEdit", "mergeUndoGroup"];

export interface FakeExcel {
  /** assign to `globalThis.Excel` (install.ts does it) */
  readonly Excel: typeof EXCEL_ENUMS & {
    run<T>(batchOrOptions: Batch<T> | Record<string, unknown>, batch?: Batch<T>): Promise<T>;
    RequestContext: typeof FakeRequestContext;
  };
  readonly host: FakeHost;
  readonly workbook: FakeWorkbook;
  stats(): FakeStats;
  resetStats(): void;
}

/**
 * `Excel.run(batch)` or `Excel.run({ delayForCellEdit: true }, batch)`. The fake has no cell-edit
 * mode, so the option only has to be well-formed (learn.microsoft.com, Excel.RunOptions).
 * Commands still queued when the batch's promise resolves are synced before run resolves.
 */
export function createFakeExcel(workbook: FakeWorkbook): FakeExcel {
  const host = new FakeHost(workbook);

  async function run<T>(first: Batch<T> | Record<string, unknown>, second?: Batch<T>): Promise<T> {
    let batch: Batch<T>;
    if (typeof first === "function") batch = first;
    else if (
      typeof second === "function" &&
      first !== null &&
      typeof first === "object" &&
      !Array.isArray(first)
    ) {
      for (const key of Object.keys(first))
        if (!RUN_OPTIONS.includes(key)) throw notImplemented(`Excel.run option "${key}"`);
      batch = second;
    } else {
      throw notImplemented("Excel.run(object, batch)");
    }
    const context = new FakeRequestContext(host);
    try {
      const pending: unknown = batch(context);
      if (!(pending instanceof Promise)) {
        throw new FakeOfficeError(
          "RunMustReturnPromise",
          'The batch function passed to the ".run" method didn\'t return a promise.',
        );
      }
      const result = (await pending) as T;
      await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  }

  return {
    Excel: strictNamespace({ ...EXCEL_ENUMS, run, RequestContext: FakeRequestContext }),
    host,
    workbook,
    stats: () => host.stats(),
    resetStats: () => host.resetStats(),
  };
}

/** Unknown enums and classes (capitalised members) of `Excel` throw instead of being undefined. */
function strictNamespace<N extends object>(namespace: N): N {
  return new Proxy(namespace, {
    get(target, key, receiver) {
      if (typeof key === "string" && !(key in target) && /^[A-Z]/.test(key))
        throw notImplemented(`Excel.${key}`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
