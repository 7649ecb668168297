/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   these tests read proxies right after a helper loaded them, or read unloaded properties on purpose
   to prove the fake refuses; the rules cannot follow either. */
import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown, throwsWith } from "./test-helpers";

afterEach(teardown);

function seeded(): FakeWorkbook {
  return new FakeWorkbook(["Dati"]).setValues("Dati!A1", [
    ["a", 1],
    ["b", 2],
  ]);
}

describe("load and sync", () => {
  it("refuses to read a property that was never loaded", async () => {
    setup(seeded());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Dati").getRange("A1:B2");
      await context.sync();
      throwsWith(() => range.values, "PropertyNotLoaded");
    });
  });

  it("refuses to read a loaded property before the sync", async () => {
    setup(seeded());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Dati").getRange("A1:B2");
      range.load("values");
      throwsWith(() => range.values, "PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([
        ["a", 1],
        ["b", 2],
      ]);
    });
  });

  it("gives a message like Office's and names the property", async () => {
    setup(seeded());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dati");
      let message = "";
      try {
        message = sheet.name;
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain("The property 'name' is not available");
      await context.sync();
    });
  });

  it.each([
    ["a string list", (s: Excel.Worksheet) => s.load("name,position")],
    ["an array", (s: Excel.Worksheet) => s.load(["name", "position"])],
    ["a select object", (s: Excel.Worksheet) => s.load({ select: "name,position" })],
  ])("loads several properties from %s", async (_label, load) => {
    setup(seeded().addSheet("Altro"));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Altro");
      load(sheet);
      await context.sync();
      expect([sheet.name, sheet.position]).toEqual(["Altro", 1]);
      throwsWith(() => sheet.visibility, "PropertyNotLoaded");
    });
  });

  it("loads collection items with items/name", async () => {
    setup(seeded().addSheet("Altro"));
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Dati", "Altro"]);
      throwsWith(() => sheets.items[0].position, "PropertyNotLoaded");
    });
  });

  it("rejects loading a property the fake does not know", async () => {
    setup(seeded());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dati");
      throwsWith(() => sheet.load("standardWidth"), "NotImplemented");
      await context.sync();
    });
  });
});

describe("queued commands", () => {
  it("changes the workbook only at sync", async () => {
    const { book } = setup(seeded());
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Dati").getRange("A1").values = [["nuovo"]];
      expect(book.values("Dati!A1")).toEqual([["a"]]);
      await context.sync();
      expect(book.values("Dati!A1")).toEqual([["nuovo"]]);
    });
  });

  it("counts round trips and their payloads; empty syncs are not round trips", async () => {
    const { fake } = setup(seeded());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Dati").getRange("A1:B2");
      range.load("values");
      await context.sync();
      await context.sync();
      range.values = [
        ["x", 1],
        ["y", 2],
      ];
      await context.sync();
    });
    const stats = fake.stats();
    expect(stats.syncs).toBe(2);
    expect(stats.syncCalls).toBe(4);
    expect(stats.payloadBytes).toHaveLength(2);
    expect(stats.largest).toBe(Math.max(...stats.payloadBytes));
    expect(stats.calls["Range.values"]).toBe(1);
    fake.resetStats();
    expect(fake.stats().syncs).toBe(0);
  });

  it("sends what is still queued when the batch ends", async () => {
    const { book, fake } = setup(seeded());
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Dati").getRange("B1").values = [[10]];
    });
    expect(book.values("Dati!B1")).toEqual([[10]]);
    expect(fake.stats().syncs).toBe(1);
  });

  it("fails the sync at the failing command, keeping what ran before it", async () => {
    const { book } = setup(seeded());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dati");
      sheet.getRange("A1").values = [["prima"]];
      context.workbook.worksheets.getItem("Manca").getRange("A1").values = [["x"]];
      sheet.getRange("A2").values = [["dopo"]];
      await rejectsWith(context.sync(), "ItemNotFound");
    });
    expect(book.values("Dati!A1:A2")).toEqual([["prima"], ["b"]]);
  });

  it("refuses objects used after their batch ended", async () => {
    setup(seeded());
    let leaked: Excel.Range | null = null;
    await Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Dati").getRange("A1");
      await context.sync();
    });
    throwsWith(() => leaked?.load("values"), "InvalidRequestContext");
  });
});

describe("null objects", () => {
  it("says isNullObject only after a sync, and true only when missing", async () => {
    setup(seeded());
    await Excel.run(async (context) => {
      const present = context.workbook.worksheets.getItemOrNullObject("dati");
      const missing = context.workbook.worksheets.getItemOrNullObject("Manca");
      throwsWith(() => missing.isNullObject, "PropertyNotLoaded");
      await context.sync();
      expect(present.isNullObject).toBe(false);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("refuses to act on a null object", async () => {
    setup(seeded());
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Manca");
      await context.sync();
      missing.getRange("A1").values = [["x"]];
      await rejectsWith(context.sync(), "InvalidObjectPath");
    });
  });
});
