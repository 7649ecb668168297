import { createFakeExcel } from "./create";
import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown } from "./test-helpers";

afterEach(teardown);

function seeded(): FakeWorkbook {
  return new FakeWorkbook(["Fasi", "Impostazioni"])
    .setValues("Fasi!A1", [
      ["Codice", "Peso"],
      ["OB1", 60],
    ])
    .addTable("Fasi!A1:B2", "Fasi")
    .setSetting("versione", 1);
}

describe("snapshot", () => {
  it("is unchanged by reads and changed by writes", async () => {
    const { book } = setup(seeded());
    const before = book.snapshot();
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Fasi");
      table.getDataBodyRange().load("values");
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    expect(book.snapshot()).toEqual(before);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Fasi").getRange("B2").values = [[70]];
      await context.sync();
    });
    const after = book.snapshot();
    expect(after).not.toEqual(before);
    expect(after.sheets[0].cells.B2).toEqual({ value: 70 });
  });

  it("is plain JSON with sheets, tables and settings", () => {
    const snap = seeded().snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.tables).toEqual([
      {
        name: "Fasi",
        sheet: "Fasi",
        address: "A1:B2",
        headers: ["Codice", "Peso"],
        style: "TableStyleMedium2",
        showTotals: false,
      },
    ]);
    expect(snap.settings).toEqual({ versione: 1 });
  });
});

describe("two users on one workbook", () => {
  it("shows one user's saved rows to the other", async () => {
    const book = seeded();
    const anna = createFakeExcel(book);
    const bruno = createFakeExcel(book);
    await anna.Excel.run(async (context) => {
      context.workbook.tables.getItem("Fasi").getDataBodyRange().getRowsBelow(1).values = [
        ["OB2", 40],
      ];
      await context.sync();
    });
    const seen = await bruno.Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Fasi").getDataBodyRange();
      body.load("values");
      await context.sync();
      return body.values;
    });
    expect(seen).toEqual([
      ["OB1", 60],
      ["OB2", 40],
    ]);
    expect([anna.stats().syncs, bruno.stats().syncs]).toEqual([1, 1]);
  });

  it("lets a stale append overwrite a row the other user just added (what the adapter must guard against)", async () => {
    const book = seeded();
    const anna = createFakeExcel(book);
    const bruno = createFakeExcel(book);
    const readCount = (user: typeof anna) =>
      user.Excel.run(async (context) => {
        const rows = context.workbook.tables.getItem("Fasi").rows;
        rows.load("count");
        await context.sync();
        return rows.count;
      });
    const [annaCount, brunoCount] = [await readCount(anna), await readCount(bruno)];
    const writeAt = (user: typeof anna, count: number, row: (string | number)[]) =>
      user.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Fasi").getRangeByIndexes(1 + count, 0, 1, 2).values = [
          row,
        ];
        await context.sync();
      });
    await writeAt(anna, annaCount, ["OB2", 10]);
    await writeAt(bruno, brunoCount, ["OB3", 20]);
    expect(book.table("Fasi").rows).toEqual([
      ["OB1", 60],
      ["OB3", 20],
    ]);
  });

  it("settings are shared and readable by key", async () => {
    const book = seeded();
    const anna = createFakeExcel(book);
    await anna.Excel.run(async (context) => {
      context.workbook.settings.add("soglia", { verde: 80 });
      await context.sync();
    });
    const bruno = setup(book).fake;
    const value = await bruno.Excel.run(async (context) => {
      const item = context.workbook.settings.getItem("soglia");
      const missing = context.workbook.settings.getItemOrNullObject("manca");
      item.load("value");
      await context.sync();
      return [item.value, missing.isNullObject];
    });
    expect(value).toEqual([{ verde: 80 }, true]);
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.settings.getItem("manca").load("value");
        await context.sync();
      }),
      "ItemNotFound",
    );
  });
});
