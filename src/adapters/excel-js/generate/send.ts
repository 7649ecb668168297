/**
 * Sends the sheets in batches: one round trip per batch, batches cut by estimated payload.
 * A batch Excel still refuses as too large (the estimate was short) is split in two and sent
 * again: a refused request has run nothing. Stops between batches when asked.
 */
import { isPayloadError } from "../run";
import { type HelperSheets, type SheetWork, queueSheet } from "./write";

export interface SendPlan {
  readonly batches: readonly (readonly SheetWork[])[];
  /** where a sheet goes among the worksheets (the index, in front of the schede) */
  readonly positionOf: (w: SheetWork) => number | undefined;
  /** the sheet shown to the user once everything is written */
  readonly activate: string | null;
  /**
   * queued with the first batch (tidying that must not happen if nothing is written, styles,
   * the helper sheets the schede are copied from)
   */
  readonly prelude?: (context: Excel.RequestContext) => HelperSheets | null;
  /** queued with the last batch, before the index (or when stopped): helper sheets removed */
  readonly epilogue?: (context: Excel.RequestContext) => void;
}

export interface SendResult {
  readonly done: readonly SheetWork[];
  readonly stopped: boolean;
}

/** The helper sheets' proxies, from the prelude's batch on (they stay valid across syncs). */
interface Run {
  helpers: HelperSheets | null;
}

async function send(
  context: Excel.RequestContext,
  batch: readonly SheetWork[],
  plan: SendPlan,
  run: Run,
  first: boolean,
  last: boolean,
): Promise<void> {
  if (first) run.helpers = plan.prelude?.(context) ?? null;
  let closed = false;
  const close = (): void => {
    if (last && !closed) plan.epilogue?.(context);
    closed = true;
  };
  for (const w of batch) {
    // the index is no copy: the helpers go before it, so its position counts real sheets only
    if (w.base === null) close();
    queueSheet(context, w, run.helpers, plan.positionOf(w));
  }
  close();
  if (last && plan.activate !== null) context.workbook.worksheets.getItem(plan.activate).activate();
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error) || batch.length < 2) throw error;
    const half = Math.ceil(batch.length / 2);
    await send(context, batch.slice(0, half), plan, run, first, false);
    await send(context, batch.slice(half), plan, run, false, last);
  }
}

/** Stopped between batches: the helper sheets of the batches already sent are removed. */
async function stop(
  context: Excel.RequestContext,
  plan: SendPlan,
  done: readonly SheetWork[],
  started: boolean,
): Promise<SendResult> {
  if (started && plan.epilogue) {
    plan.epilogue(context);
    await context.sync();
  }
  return { done, stopped: true };
}

export async function sendBatches(
  context: Excel.RequestContext,
  plan: SendPlan,
  onBatch: (done: number) => void,
  signal?: AbortSignal,
): Promise<SendResult> {
  const done: SheetWork[] = [];
  const run: Run = { helpers: null };
  for (let i = 0; i < plan.batches.length; i++) {
    if (signal?.aborted) return stop(context, plan, done, i > 0);
    const batch = plan.batches[i];
    // one round trip per batch, not per sheet: the loop is the batching itself
    await send(context, batch, plan, run, i === 0, i === plan.batches.length - 1);
    done.push(...batch);
    onBatch(done.length);
  }
  return { done, stopped: false };
}

/** Sheet order as Excel will have it after the writes, to place the index before the schede. */
export function indexPosition(
  existing: readonly string[],
  works: readonly SheetWork[],
  firstScheda: string | null,
): number | undefined {
  let names = [...existing];
  for (const w of works) {
    if (w.replaces !== null) names = names.filter((n) => n !== w.replaces);
    if (w.marker.kind === "indice") {
      const at = firstScheda === null ? -1 : names.indexOf(firstScheda);
      return at >= 0 ? at : undefined;
    }
    names.push(w.name);
  }
  return undefined;
}
