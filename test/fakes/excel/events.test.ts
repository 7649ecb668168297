import { createFakeExcel } from "./create";
import type { TableChangedArgs } from "./events";
import { FakeWorkbook } from "./fake-workbook";
import { setup, teardown } from "./test-helpers";

afterEach(teardown);

function withTable(): FakeWorkbook {
  return new FakeWorkbook(["Fasi", "Altro"])
    .setValues("Fasi!A1", [
      ["Codice", "Fase", "Avanzamento"],
      ["OB1", 1, 10],
      ["OB1", 2, 20],
    ])
    .addTable("Fasi!A1:C3", "tblFasi");
}

async function listen(seen: TableChangedArgs[]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.getItem("tblFasi").onChanged.add(async (args) => {
      seen.push(args as unknown as TableChangedArgs);
    });
    await context.sync();
  });
}

describe("Table.onChanged", () => {
  it("is registered only when its batch syncs", async () => {
    const { fake } = setup(withTable());
    const seen: TableChangedArgs[] = [];
    let added = false;
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("tblFasi").onChanged.add(async (args) => {
        seen.push(args as unknown as TableChangedArgs);
      });
      await fake.typeInCells("Fasi!C2", [[15]]);
      added = seen.length > 0;
      await context.sync();
    });
    expect(added).toBe(false);
    await fake.typeInCells("Fasi!C2", [[30]]);
    expect(seen).toHaveLength(1);
  });

  it("tells the user's own typing, with the details of one cell", async () => {
    const { fake, book } = setup(withTable());
    const seen: TableChangedArgs[] = [];
    await listen(seen);
    await fake.typeInCells("Fasi!C3", [["45"]]);
    expect(book.values("Fasi!C3")).toEqual([[45]]);
    expect(seen).toEqual([
      {
        type: "TableChanged",
        changeType: "RangeEdited",
        source: "Local",
        address: "C3",
        tableId: expect.any(String) as string,
        worksheetId: expect.any(String) as string,
        details: {
          valueBefore: 20,
          valueAfter: 45,
          valueTypeBefore: "Double",
          valueTypeAfter: "Double",
        },
      },
    ]);
  });

  it("has no details for several cells, and clips the address to the table", async () => {
    const { fake } = setup(withTable());
    const seen: TableChangedArgs[] = [];
    await listen(seen);
    await fake.typeInCells("Fasi!C2", [[11], [21], [31]]);
    expect(seen.map((e) => [e.address, "details" in e])).toEqual([["C2:C3", false]]);
    await fake.typeInCells("Altro!A1", [[1]]);
    expect(seen).toHaveLength(1);
  });

  it("tells a co-author's typing as remote", async () => {
    const { book } = setup(withTable());
    const seen: TableChangedArgs[] = [];
    await listen(seen);
    await createFakeExcel(book).typeInCells("Fasi!C2", [[12]]);
    expect(seen.map((e) => e.source)).toEqual(["Remote"]);
  });

  it("fires for the add-in's own writes unless it turned events off", async () => {
    const { fake } = setup(withTable());
    const seen: TableChangedArgs[] = [];
    await listen(seen);
    await Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("tblFasi").getDataBodyRange();
      body.getCell(0, 2).values = [[50]];
      await context.sync();
      context.runtime.enableEvents = false;
      body.getCell(1, 2).values = [[60]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await fake.settle();
    expect(seen.map((e) => [e.source, e.address, e.details?.valueAfter])).toEqual([
      ["Local", "C2", 50],
    ]);
  });

  it("stops after remove()", async () => {
    const { fake } = setup(withTable());
    const seen: TableChangedArgs[] = [];
    await Excel.run(async (context) => {
      const result = context.workbook.tables.getItem("tblFasi").onChanged.add(async (args) => {
        seen.push(args as unknown as TableChangedArgs);
      });
      await context.sync();
      result.remove();
      await context.sync();
    });
    await fake.typeInCells("Fasi!C2", [[12]]);
    expect(seen).toEqual([]);
  });
});
