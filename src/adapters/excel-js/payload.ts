/**
 * Keeping every round trip under Excel's 5 MB payload limit ("Resource limits and performance
 * optimization for Office Add-ins"): writes are cut into row chunks whose JSON stays under a
 * budget with a wide margin for the request envelope; reads that hit the limit fall back to
 * row chunks (see read-tables.ts).
 */
/** bytes of cell data one write sync may carry (the limit is 5,000,000) */
export const WRITE_BUDGET_BYTES = 3_500_000;
/**
 * cells the first chunked read asks for: small on purpose, as a refused round trip costs more
 * than a small one; the next chunks are sized on what this one weighed
 */
export const READ_CHUNK_CELLS = 20_000;

const encoder = new TextEncoder();

/** UTF-8 size of a value as JSON, which is how Office.js sends it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/** Splits items into consecutive chunks, each under `budget` bytes by `bytesOf`. */
export function chunkBy<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget = WRITE_BUDGET_BYTES,
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = bytesOf(item);
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
