import { PAYLOAD_LIMIT_BYTES } from "./context";
import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown } from "./test-helpers";

afterEach(teardown);

/** A rows×1 column of 40-character strings: about 43 bytes a cell in JSON. */
function column(rows: number): string[][] {
  return Array.from({ length: rows }, (_, i) => [
    `riga ${String(i).padStart(8, "0")} ${"x".repeat(25)}`,
  ]);
}

describe("5 MB request and response limits", () => {
  it("refuses a request over 5 MB without running any of it", async () => {
    const { book, fake } = setup(new FakeWorkbook(["Dati"]));
    const rows = 130_000;
    await rejectsWith(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Dati");
        sheet.getRange("B1").values = [["prima"]];
        sheet.getRange(`A1:A${rows}`).values = column(rows);
        await context.sync();
      }),
      "RequestPayloadSizeLimitExceeded",
    );
    expect(book.values("Dati!A1:B1")).toEqual([["", ""]]);
    expect(fake.stats().largest).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("accepts the same data split in two syncs under the limit", async () => {
    const { book, fake } = setup(new FakeWorkbook(["Dati"]));
    const half = 65_000;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dati");
      sheet.getRange(`A1:A${half}`).values = column(half);
      await context.sync();
      sheet.getRange(`A${half + 1}:A${2 * half}`).values = column(half);
      await context.sync();
    });
    expect(book.values(`Dati!A${2 * half}`)).toEqual([column(half)[half - 1]]);
    const { payloadBytes, largest } = fake.stats();
    expect(payloadBytes).toHaveLength(2);
    expect(largest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(largest).toBeGreaterThan(PAYLOAD_LIMIT_BYTES / 2);
  });

  it("refuses a response over 5 MB", async () => {
    const rows = 130_000;
    const book = new FakeWorkbook(["Dati"]).setValues("Dati!A1", column(rows));
    const { fake } = setup(book);
    await rejectsWith(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Dati").getRange(`A1:A${rows}`);
        range.load("values");
        await context.sync();
      }),
      "ResponsePayloadSizeLimitExceeded",
    );
    expect(fake.stats().largestResponse).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });
});
