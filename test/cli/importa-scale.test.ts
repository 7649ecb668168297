/**
 * 50,000 generated rows of a long-format export go through `importa`'s reading and mapping
 * with bounded memory (the file is streamed, never held whole), and the new workbook is
 * written with bounded memory too (its rows as sheet XML, not ExcelJS objects). Not timed
 * here: the time is in `npm run bench`.
 */
import { importScaleInChild } from "../../scripts/bench/import-scale";

test("50.000 righe: tutto importato e scritto, memoria del processo sotto i 600 MB", () => {
  const f = importScaleInChild(50_000, true);
  expect(f).toMatchObject({
    rows: 50_000,
    objectives: 2_500,
    indicators: 12_500,
    readings: 50_000,
  });
  // node and the TypeScript loader alone take about 80 MB
  expect(f.importPeakMb).toBeLessThan(400);
  // the workbook built all with ExcelJS took over 1 GB
  expect(f.writePeakMb).toBeLessThan(600);
});
