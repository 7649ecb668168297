/**
 * Round trips of a generation: one read, then as many writes as the payload needs (not one per
 * objective); progress per batch; stopping between batches.
 */
import { generateSchede } from "../../../src/adapters/excel-js/generate";
import {
  estimateBytes,
  estimateStyleBytes,
  GENERATE_BUDGET_BYTES,
} from "../../../src/adapters/excel-js/generate/write";
import { StyleRegistry } from "../../../src/adapters/excel-js/generate/styles";
import { buildIndexSheet, buildScheda, INDEX_SHEET_NAME } from "../../../src/core/layout";
import { computeAll } from "../../../src/core/compute";
import type { IsoDate, PegModel } from "../../../src/core/model/types";
import { chunkBy } from "../../../src/adapters/excel-js/payload";
import { sheetOps } from "../../../src/adapters/excel-js/generate/ops";
import { PAYLOAD_LIMIT_BYTES } from "../../fakes/excel";
import {
  dataSnapshot,
  repeatedSample,
  setupWorkbook,
  sheetNames,
  teardown,
} from "./generate.helpers";

afterEach(teardown);

const TODAY = "2021-12-31" as IsoDate;

/** What the generation estimates for each sheet it writes (schede, then the index). */
function estimatedSheets(model: PegModel): number[] {
  const results = computeAll(model).objectives;
  const layouts = model.obiettivi.map((o) =>
    buildScheda(
      model,
      results.find((r) => r.codice === o.codice),
      o.codice,
      { dataElaborazione: TODAY, sheetName: o.codice },
    ),
  );
  const entries = model.obiettivi.map((o) => ({ codice: o.codice, sheetName: o.codice }));
  layouts.push(
    buildIndexSheet(model, results, entries, {
      dataElaborazione: TODAY,
      sheetName: INDEX_SHEET_NAME,
      filtri: {},
    }),
  );
  const styles = new StyleRegistry();
  const bytes = layouts.map((l) =>
    estimateBytes(
      l,
      sheetOps(l, (u) => styles.nameFor(u)),
    ),
  );
  // the workbook styles go with the first sheet
  bytes[0] += estimateStyleBytes(styles.defs());
  return bytes;
}

async function measure(objectives: number, budgetBytes?: number) {
  const { fake, book } = setupWorkbook(repeatedSample(objectives));
  const progress: [number, number][] = [];
  const report = await generateSchede(
    { index: true },
    (done, total) => progress.push([done, total]),
    undefined,
    budgetBytes ? { budgetBytes, today: TODAY } : { today: TODAY },
  );
  return { stats: fake.stats(), progress, report, book };
}

describe("round trips", () => {
  test.each([1, 31])("%i objectives: one read and one write", async (n) => {
    const { stats, report } = await measure(n);
    expect(report.sheets).toHaveLength(n);
    expect(stats.syncs).toBe(2);
  });

  test("300 objectives: one read, then one write per payload batch, each under the limit", async () => {
    const { stats, progress, report } = await measure(300);
    expect(report.sheets).toHaveLength(300);
    const batches = progress.length - 1;
    expect(stats.syncs).toBe(1 + batches);
    // the count follows the estimated payload, far below one round trip per objective
    const estimates = estimatedSheets(repeatedSample(300));
    const total = estimates.reduce((a, b) => a + b, 0);
    expect(batches).toBe(chunkBy(estimates, (b) => b, GENERATE_BUDGET_BYTES).length);
    expect(batches).toBeLessThanOrEqual(Math.ceil(total / GENERATE_BUDGET_BYTES) + 1);
    // one style command per layout style instead of one per property and rectangle: 3 writes
    expect(batches).toBeLessThanOrEqual(3);
    for (const bytes of stats.payloadBytes) expect(bytes).toBeLessThan(GENERATE_BUDGET_BYTES);
  });

  test("the read is one round trip whatever the size, and so is each batch", async () => {
    const small = await measure(31, 200_000);
    teardown();
    const big = await measure(62, 200_000);
    expect(small.stats.syncs - (small.progress.length - 1)).toBe(1);
    expect(big.stats.syncs - (big.progress.length - 1)).toBe(1);
    expect(big.progress.length).toBeGreaterThan(small.progress.length);
  });

  test("a batch Excel refuses as over 5 MB is split in two and sent again", async () => {
    // a budget far too large: the one batch (over 5 MB for 600 schede) is refused, its halves go through
    const { stats, report } = await measure(600, 50_000_000);
    expect(report.sheets).toHaveLength(600);
    const refused = stats.payloadBytes.filter((b) => b > PAYLOAD_LIMIT_BYTES);
    expect(refused).toHaveLength(1);
    expect(stats.syncs).toBe(1 + 1 + 2);
  });

  test("progress counts sheets, once per batch, up to the total", async () => {
    const { progress } = await measure(31, 150_000);
    expect(progress[0]).toEqual([0, 32]);
    expect(progress[progress.length - 1]).toEqual([32, 32]);
    expect(progress.length).toBeGreaterThan(3);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i][0]).toBeGreaterThan(progress[i - 1][0]);
  });
});

describe("stopping", () => {
  test("stops between batches: what was written stays, the report says so", async () => {
    const { book } = setupWorkbook(repeatedSample(31));
    const before = dataSnapshot(book);
    const controller = new AbortController();
    let doneAtAbort = 0;
    const report = await generateSchede(
      { index: true },
      (done) => {
        if (done >= 5 && !controller.signal.aborted) {
          doneAtAbort = done;
          controller.abort();
        }
      },
      controller.signal,
      { budgetBytes: 100_000 },
    );
    expect(report.cancelled).toMatch(
      /^Generazione interrotta: \d+ schede sono state scritte su 31/,
    );
    expect(report.cancelled).toContain("L'indice non è stato aggiornato");
    expect(report.sheets).toHaveLength(doneAtAbort);
    expect(report.indexSheet).toBeNull();
    const names = sheetNames(book);
    for (const s of report.sheets) expect(names).toContain(s.sheet);
    expect(names).not.toContain(INDEX_SHEET_NAME);
    expect(names.length).toBe(7 + doneAtAbort);
    expect(dataSnapshot(book)).toEqual(before);

    // running again completes the work without duplicates
    const again = await generateSchede({ index: true });
    expect(again.sheets).toHaveLength(31);
    expect(sheetNames(book).length).toBe(7 + 32);
  });

  test("a signal already stopped writes nothing and asks Excel nothing", async () => {
    const { book, fake } = setupWorkbook();
    const before = sheetNames(book);
    const controller = new AbortController();
    controller.abort();
    const report = await generateSchede({ index: true }, undefined, controller.signal);
    expect(report.sheets).toEqual([]);
    expect(report.cancelled).toMatch(/nessuna scheda è stata scritta/);
    expect(sheetNames(book)).toEqual(before);
    expect(fake.stats().syncs).toBe(0);
  });
});

describe("the end of a run", () => {
  test("the index is shown once everything is written", async () => {
    const { fake } = setupWorkbook();
    await generateSchede({ index: true });
    expect(fake.host.activeSheet().name).toBe(INDEX_SHEET_NAME);
  });

  test("a batch Excel refuses stops the run with an Italian message; earlier batches stay", async () => {
    const { book } = setupWorkbook(repeatedSample(31));
    const last = repeatedSample(31).obiettivi[30].codice;
    let first = 0;
    const run = generateSchede(
      { index: false },
      (done) => {
        // a co-author creates a sheet with the name of a scheda still to be written
        if (done > 0 && first === 0) {
          first = done;
          book.addSheet(last);
        }
      },
      undefined,
      { budgetBytes: 100_000 },
    );
    await expect(run).rejects.toThrow(
      /^Excel non ha accettato la scrittura delle schede .*già scritte restano/,
    );
    expect(first).toBeGreaterThan(0);
    expect(sheetNames(book).length).toBeGreaterThanOrEqual(7 + first + 1);
  });
});
