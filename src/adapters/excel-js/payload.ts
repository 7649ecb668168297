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

/**
 * Rows of a table the first read asks for, before any row count is known: the whole table in
 * the common case, a bounded share of a big one, so that the first sync stays well under 5 MB
 * (with every data table at this many rows, and the log at LOG_FIRST_READ_ROWS, about 3.6 MB
 * with the bench's rows). The rest is asked for in chunks sized on what these rows weighed.
 */
export const FIRST_READ_ROWS = 2_500;
/** the same for the log, whose rows are narrow (ten short columns) */
export const LOG_FIRST_READ_ROWS = 16_384;
/** bytes one sized read may bring back (the limit is 5,000,000) */
export const READ_BUDGET_BYTES = 4_500_000;

/**
 * Per queued command, what a real request carries besides the arguments: Office.js sends an
 * action record (id, type, name, object path, arguments: about 90 bytes) and, for each new
 * proxy (a range, its format, its font…), an object-path record and its instantiation (about
 * 120 bytes each). The ids in those records grow with the request (five digits in a batch of
 * 300 schede), so the figure is one for a large batch. Checked against the request bodies
 * Office.js itself builds for generations of 31 and 300 schede
 * (test/adapters/excel-js/office-request.test.ts): every sheet's estimate covers its real
 * bytes. A batch Excel still refuses is split and resent.
 */
export const COMMAND_OVERHEAD_BYTES = 280;

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
