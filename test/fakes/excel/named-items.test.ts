/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   the fake must refuse reads before load and sync, so the tests make them on purpose */
import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown } from "./test-helpers";

afterEach(teardown);

async function addName(name: string, sheet = "Sheet1", comment?: string): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange("B3");
    context.workbook.names.add(name, range, comment);
    await context.sync();
  });
}

describe("workbook.names", () => {
  it("adds a reference with a comment, readable after a sync", async () => {
    setup(new FakeWorkbook(["Dati 2021"]));
    await addName("Marca", "Dati 2021", "nota");
    const items = await Excel.run(async (context) => {
      const names = context.workbook.names.load(
        "items/name,items/comment,items/formula,items/type",
      );
      await context.sync();
      return names.items.map((n) => [n.name, n.comment, n.formula, n.type]);
    });
    expect(items).toEqual([["Marca", "nota", "='Dati 2021'!$B$3", "Range"]]);
  });

  it("follows its sheet through a rename and reads #REF! once the sheet is deleted", async () => {
    const { book } = setup(new FakeWorkbook(["Sheet1", "Altro"]));
    await addName("Marca", "Altro");
    book.sheet("Altro").name = "Rinominato";
    expect(book.snapshot().names[0].formula).toBe("=Rinominato!$B$3");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Rinominato").delete();
      await context.sync();
    });
    expect(book.snapshot().names[0].formula).toBe("=#REF!");
  });

  it.each([
    ["a duplicate ignoring case", "marca", "ItemAlreadyExists"],
    ["a space", "Una marca", "InvalidArgument"],
    ["a cell address", "AB12", "InvalidArgument"],
  ])("refuses %s", async (_label, name, code) => {
    setup();
    await addName("Marca");
    await rejectsWith(addName(name), code);
  });

  it("hides and deletes; reading needs load and sync", async () => {
    const { book } = setup();
    await addName("Marca");
    await Excel.run(async (context) => {
      const item = context.workbook.names.getItem("MARCA");
      expect(() => item.comment).toThrow(/not available/);
      item.visible = false;
      await context.sync();
    });
    expect(book.snapshot().names[0].visible).toBe(false);
    await Excel.run(async (context) => {
      context.workbook.names.getItem("Marca").delete();
      const missing = context.workbook.names.getItemOrNullObject("Marca");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(book.snapshot().names).toEqual([]);
  });
});
