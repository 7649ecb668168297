/**
 * Round trips of a generation: one read, then as many writes as the payload needs (not one per
 * objective); progress per batch; stopping between batches.
 */
import { generateSchede } from "../../../src/adapters/excel-js/generate";
import { GENERATE_BUDGET_BYTES } from "../../../src/adapters/excel-js/generate/write";
import { INDEX_SHEET_NAME } from "../../../src/core/layout";
import type { IsoDate } from "../../../src/core/model/types";
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
  test.each([1, 31, 300])(
    "%i objectives: one read and one write, the same two round trips",
    async (n) => {
      const { stats, report, progress } = await measure(n);
      expect(report.sheets).toHaveLength(n);
      expect(report.indexSheet).toBe(INDEX_SHEET_NAME);
      expect(stats.syncs).toBe(2);
      expect(progress).toEqual([
        [0, n + 1],
        [n + 1, n + 1],
      ]);
      for (const bytes of stats.payloadBytes) expect(bytes).toBeLessThan(GENERATE_BUDGET_BYTES);
    },
  );

  test("the read is one round trip whatever the size, and so is each batch", async () => {
    const small = await measure(31, 200_000);
    teardown();
    const big = await measure(62, 200_000);
    expect(small.stats.syncs - (small.progress.length - 1)).toBe(1);
    expect(big.stats.syncs - (big.progress.length - 1)).toBe(1);
    expect(big.progress.length).toBeGreaterThan(small.progress.length);
  });

  test("a batch Excel refuses as over 5 MB is split in two and sent again", async () => {
    // a budget far too large: the one batch (≈7 MB for 600 schede) is refused, its halves go through
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
    // the helper sheets of the stopped run are still there, with the copy that could not take
    // the scheda's name (marked as a helper until renamed); the next run takes them away
    const helpers = () => sheetNames(book).filter((n) => n.startsWith("SchedePEG "));
    expect(helpers()).toEqual(["SchedePEG modello", "SchedePEG formati", "SchedePEG modello (2)"]);
    const again = await generateSchede({ index: true });
    expect(again.sheets).toHaveLength(31);
    expect(helpers()).toEqual([]);
    const names = book.snapshot().names.map((n) => n.name);
    expect(names).toHaveLength(32);
    expect(sheetNames(book).indexOf(INDEX_SHEET_NAME)).toBe(
      sheetNames(book).indexOf(again.sheets[0].sheet) - 1,
    );
  });
});
