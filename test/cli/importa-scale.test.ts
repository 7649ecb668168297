/**
 * 50,000 generated rows of a long-format export go through `importa`'s reading and mapping
 * with bounded memory: the file is streamed, never held whole. Not timed here: the time is
 * in `npm run bench`.
 */
import { importScaleInChild } from "../../scripts/bench/import-scale";

test("50.000 righe: tutto importato, memoria del processo sotto i 400 MB", () => {
  const f = importScaleInChild(50_000, false);
  expect(f).toMatchObject({
    rows: 50_000,
    objectives: 2_500,
    indicators: 12_500,
    readings: 50_000,
  });
  // node and the TypeScript loader alone take about 80 MB
  expect(f.importPeakMb).toBeLessThan(400);
});
