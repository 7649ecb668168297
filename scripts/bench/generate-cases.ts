/**
 * Bench of "Genera schede" inside Excel (fake): 1, 31, 300 and 3,000 objectives, every scheda
 * plus the index. `generateBenchRows()` returns the rows for the bench table; GENERATE_CASES is the
 * same operation as a case for the shared runner (3,000 takes about 20 s in the fake).
 */
import { generateSchede } from "../../src/adapters/excel-js/generate";
import { FakeWorkbook, installFakeExcel, uninstallFakeExcel } from "../../test/fakes/excel";
import { seedModel } from "../../test/fakes/peg-workbook";
import { scaledModel } from "./data";
import { syncFigures } from "./stats";
import type { BenchCase, BenchRow } from "./types";

export const GENERATE_OPERATION = "genera schede + indice";

export const GENERATE_CASES: readonly BenchCase[] = [
  {
    operation: GENERATE_OPERATION,
    async run(model, env) {
      await env.filled(model);
      await generateSchede({ index: true });
    },
  },
];

/** One row per size: round trips, largest request of one round trip, wall time. */
export async function generateBenchRows(
  sizes: readonly number[] = [1, 31, 300, 3000],
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const objectives of sizes) {
    const book = new FakeWorkbook(["Foglio1"]);
    seedModel(book, scaledModel(objectives));
    const fake = installFakeExcel(book);
    fake.resetStats();
    const started = performance.now();
    await generateSchede({ index: true });
    const ms = Math.round(performance.now() - started);
    rows.push({ operation: GENERATE_OPERATION, objectives, ...syncFigures(fake.stats()), ms });
    uninstallFakeExcel();
  }
  return rows;
}
