/** The figures of a bench row from the fake Excel's stats: one home for bench.ts and the cases. */
import { PAYLOAD_LIMIT_BYTES } from "../../test/fakes/excel";
import type { BenchRow } from "./types";

interface SyncStats {
  readonly syncs: number;
  readonly payloadBytes: readonly number[];
  readonly responseBytes: readonly number[];
}

/** sizes of the round trips Excel accepted (a refused one is retried in chunks) */
function accepted(sizes: readonly number[]): number[] {
  return sizes.filter((b) => b <= PAYLOAD_LIMIT_BYTES);
}

export function syncFigures(
  stats: SyncStats,
): Pick<BenchRow, "syncs" | "payloadBytes" | "minSyncs" | "refused"> {
  const all = [...stats.payloadBytes, ...stats.responseBytes];
  const ok = accepted(all);
  const moved = ok.reduce((a, b) => a + b, 0);
  return {
    syncs: stats.syncs,
    payloadBytes: Math.max(0, ...ok),
    minSyncs: moved === 0 ? 0 : Math.max(1, Math.ceil(moved / PAYLOAD_LIMIT_BYTES)),
    refused: all.length - ok.length,
  };
}
