import { createFakeExcel } from "./create";
import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown } from "./test-helpers";

afterEach(teardown);

async function addSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
}

describe("worksheet names", () => {
  it.each([
    ["empty", ""],
    ["32 characters", "x".repeat(32)],
    ["a colon", "Fasi:2021"],
    ["a slash", "A/B"],
    ["a backslash", "A\\B"],
    ["a question mark", "Chi?"],
    ["an asterisk", "Tutti*"],
    ["square brackets", "[Dati]"],
    ["a leading apostrophe", "'Dati"],
    ["a trailing apostrophe", "Dati'"],
    ["the reserved History", "history"],
  ])("refuses a name with %s", async (_label, name) => {
    const { book } = setup();
    await rejectsWith(addSheet(name), "InvalidArgument");
    expect(book.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("accepts a 31-character name with spaces and accents", async () => {
    const { book } = setup();
    const name = "Indicatori è più · 2021 (copia)".slice(0, 31);
    await addSheet(name);
    expect(book.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1", name]);
  });

  it("refuses a duplicate ignoring case, also on rename", async () => {
    setup(new FakeWorkbook(["Fasi", "Obiettivi"]));
    await rejectsWith(addSheet("FASI"), "ItemAlreadyExists");
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Obiettivi").name = "fasi";
        await context.sync();
      }),
      "ItemAlreadyExists",
    );
  });

  it("names unnamed sheets like Excel and appends them at the end", async () => {
    const { book } = setup(new FakeWorkbook(["Sheet1", "Dati"]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add();
      sheet.load("name,position");
      await context.sync();
      expect([sheet.name, sheet.position]).toEqual(["Sheet2", 2]);
    });
    expect(book.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1", "Dati", "Sheet2"]);
  });
});

describe("worksheet collection", () => {
  it("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    setup();
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Manca").load("name");
        await context.sync();
      }),
      "ItemNotFound",
    );
  });

  it("keeps the last visible sheet: no delete, no hide", async () => {
    setup();
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
      "InvalidOperation",
    );
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = Excel.SheetVisibility.hidden;
        await context.sync();
      }),
      "InvalidOperation",
    );
  });

  it("moves a sheet with position and deletes its tables with it", async () => {
    const book = new FakeWorkbook(["A", "B", "C"])
      .setValues("C!A1", [["h"]])
      .addTable("C!A1:A2", "TabC");
    setup(book);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 0;
      await context.sync();
      context.workbook.worksheets.getItem("C").delete();
      await context.sync();
    });
    expect(book.snapshot().sheets.map((s) => s.name)).toEqual(["A", "B"]);
    expect(book.snapshot().tables).toEqual([]);
  });

  it("keeps one active sheet per user", async () => {
    const book = new FakeWorkbook(["A", "B"]);
    const first = createFakeExcel(book);
    const second = createFakeExcel(book);
    await first.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").activate();
      await context.sync();
    });
    const activeName = (user: typeof first) =>
      user.Excel.run(async (context) => {
        const active = context.workbook.worksheets.getActiveWorksheet();
        active.load("name");
        await context.sync();
        return active.name;
      });
    expect([await activeName(first), await activeName(second)]).toEqual(["B", "A"]);
  });

  it("follows a renamed sheet through the same proxy", async () => {
    setup(new FakeWorkbook(["Vecchio"]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Vecchio");
      sheet.name = "Nuovo";
      await context.sync();
      sheet.getRange("A1").values = [["ok"]];
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("Nuovo");
    });
  });
});

describe("showGridlines", () => {
  it("is on by default, set through a queued write, checked as a boolean", async () => {
    const { book } = setup();
    expect(book.snapshot().sheets[0].showGridlines).toBe(true);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").showGridlines = false;
      expect(book.snapshot().sheets[0].showGridlines).toBe(true);
      await context.sync();
    });
    expect(book.snapshot().sheets[0].showGridlines).toBe(false);
    await rejectsWith(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        (sheet as unknown as { showGridlines: unknown }).showGridlines = "no";
        await context.sync();
      }),
      "InvalidArgument",
    );
  });
});
