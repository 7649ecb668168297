/** `createFakeExcel`: an `Excel` namespace (run, enums) bound to one user's view of a workbook. */
import { parseLocal, splitSheet } from "./address";
import { typeIntoCell } from "./cells";
import { FakeRequestContext } from "./context";
import { beforeOf } from "./events";
import { contentsWritten } from "./range-base";
import { EXCEL_ENUMS } from "./enums";
import { FakeOfficeError, notImplemented } from "./errors";
import type { FakeWorkbook } from "./fake-workbook";
import { FakeHost, type FakeStats } from "./host";
import { NewWorkbooks } from "./new-workbooks";

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

const RUN_OPTIONS = ["delayForCellEdit", "mergeUndoGroup"];

export interface FakeExcel {
  /** assign to `globalThis.Excel` (install.ts does it) */
  readonly Excel: typeof EXCEL_ENUMS & {
    run<T>(batchOrOptions: Batch<T> | Record<string, unknown>, batch?: Batch<T>): Promise<T>;
    RequestContext: typeof FakeRequestContext;
    createWorkbook(base64?: string): Promise<void>;
  };
  /** the bytes of each workbook `Excel.createWorkbook` opened, oldest first (new-workbooks.ts) */
  readonly createdWorkbooks: readonly Uint8Array[];
  readonly host: FakeHost;
  readonly workbook: FakeWorkbook;
  stats(): FakeStats;
  resetStats(): void;
  /**
   * The user types `rows` into the cells from `address` ("Fasi!J3") as in the grid, with no
   * add-in batch: the tables' change handlers fire, source "Local" for this Excel's add-in and
   * "Remote" for co-authors' (events.ts). Resolves when every handler has finished.
   */
  typeInCells(address: string, rows: readonly (readonly unknown[])[]): Promise<void>;
  /** waits for the change handlers called so far (and the events their writes fire) */
  settle(): Promise<void>;
}

/**
 * `Excel.run(batch)` or `Excel.run({ delayForCellEdit: true }, batch)`. The fake has no cell-edit
 * mode, so the option only has to be well-formed (learn.microsoft.com, Excel.RunOptions).
 * Commands still queued when the batch's promise resolves are synced before run resolves.
 */
export function createFakeExcel(workbook: FakeWorkbook): FakeExcel {
  const host = new FakeHost(workbook);
  const newWorkbooks = new NewWorkbooks();

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
    Excel: strictNamespace({
      ...EXCEL_ENUMS,
      run,
      RequestContext: FakeRequestContext,
      createWorkbook: newWorkbooks.createWorkbook,
    }),
    createdWorkbooks: newWorkbooks.created,
    host,
    workbook,
    stats: () => host.stats(),
    resetStats: () => host.resetStats(),
    typeInCells: async (address, rows) => {
      const { sheet: name, local } = splitSheet(address);
      const sheet = workbook.sheet(name ?? host.activeSheet().name);
      const at = parseLocal(local);
      const rect = {
        r0: at.r0,
        c0: at.c0,
        r1: at.r0 + rows.length - 1,
        c1: at.c0 + Math.max(...rows.map((r) => r.length)) - 1,
      };
      const before = beforeOf(sheet, rect);
      rows.forEach((row, i) =>
        row.forEach((v, j) => typeIntoCell(sheet, rect.r0 + i, rect.c0 + j, v, "typeInCells")),
      );
      contentsWritten(workbook.state, sheet, rect);
      workbook.events.fire(workbook.state, host, sheet, rect, before);
      await workbook.events.settle();
    },
    settle: () => workbook.events.settle(),
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
