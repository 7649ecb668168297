/**
 * Sends the sheets in batches: one round trip per batch, batches cut by estimated payload.
 * A batch Excel still refuses as too large (the estimate was short) is split in two and sent
 * again: a refused request has run nothing. Stops between batches when asked.
 */
import { isPayloadError } from "../run";
import { type SheetWork, queueSheet } from "./write";

export interface SendPlan {
  readonly batches: readonly (readonly SheetWork[])[];
  /** where a sheet goes among the worksheets (the index, in front of the schede) */
  readonly positionOf: (w: SheetWork) => number | undefined;
  /** the sheet shown to the user once everything is written */
  readonly activate: string | null;
  /** queued with the first batch (tidying that must not happen if nothing is written) */
  readonly prelude?: (context: Excel.RequestContext) => void;
}

export interface SendResult {
  readonly done: readonly SheetWork[];
  readonly stopped: boolean;
}

async function send(
  context: Excel.RequestContext,
  batch: readonly SheetWork[],
  plan: SendPlan,
  first: boolean,
  last: boolean,
): Promise<void> {
  if (first) plan.prelude?.(context);
  for (const w of batch) queueSheet(context, w, plan.positionOf(w));
  if (last && plan.activate !== null) context.workbook.worksheets.getItem(plan.activate).activate();
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error) || batch.length < 2) throw error;
    const half = Math.ceil(batch.length / 2);
    await send(context, batch.slice(0, half), plan, first, false);
    await send(context, batch.slice(half), plan, false, last);
  }
}

export async function sendBatches(
  context: Excel.RequestContext,
  plan: SendPlan,
  onBatch: (done: number) => void,
  signal?: AbortSignal,
): Promise<SendResult> {
  const done: SheetWork[] = [];
  for (let i = 0; i < plan.batches.length; i++) {
    if (signal?.aborted) return { done, stopped: true };
    const batch = plan.batches[i];
    // one round trip per batch, not per sheet: the loop is the batching itself
    await send(context, batch, plan, i === 0, i === plan.batches.length - 1);
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
