import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown } from "./test-helpers";

afterEach(teardown);

/** Sheet "Fasi" with table "Fasi" (A1:C3): header and two rows. */
function withTable(): FakeWorkbook {
  return new FakeWorkbook(["Fasi"])
    .setValues("Fasi!A1", [
      ["Codice", "Fase", "Peso"],
      ["OB1", 1, 60],
      ["OB1", 2, 40],
    ])
    .addTable("Fasi!A1:C3", "Fasi");
}

describe("creating tables", () => {
  it("gives a header-only table one empty body row and a default name", async () => {
    const { book } = setup(new FakeWorkbook(["Dati"]).setValues("Dati!A1", [["Nome", "Nome", ""]]));
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Dati").tables.add("A1:C1", true);
      table.load("name");
      table.rows.load("count");
      await context.sync();
      expect([table.name, table.rows.count]).toEqual(["Table1", 1]);
    });
    expect(book.table("Table1")).toEqual({
      sheet: "Dati",
      address: "A1:C2",
      headers: ["Nome", "Nome2", "Column3"],
      rows: [["", "", ""]],
    });
  });

  it.each([
    ["a space", "Le fasi", "InvalidArgument"],
    ["a leading digit", "1Fasi", "InvalidArgument"],
    ["a cell reference", "AB12", "InvalidArgument"],
    ["an R1C1 reference", "R1C1", "InvalidArgument"],
    ["a duplicate ignoring case", "fasi", "ItemAlreadyExists"],
  ])("refuses a table name with %s", async (_label, name, code) => {
    const { book } = setup(withTable().addSheet("Altro"));
    await rejectsWith(
      Excel.run(async (context) => {
        const table = context.workbook.worksheets.getItem("Altro").tables.add("A1:B1", true);
        table.name = name;
        await context.sync();
      }),
      code,
    );
    expect(book.snapshot().tables.map((t) => t.name)).toEqual(["Fasi", "Table1"]);
  });

  it("refuses a table overlapping another", async () => {
    setup(withTable());
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.tables.add("Fasi!C2:D4", true);
        await context.sync();
      }),
      "InvalidArgument",
    );
  });

  it("finds tables by name in the workbook or only on their sheet", async () => {
    setup(withTable().addSheet("Altro"));
    await Excel.run(async (context) => {
      const inBook = context.workbook.tables.getItemOrNullObject("FASI");
      const elsewhere = context.workbook.worksheets
        .getItem("Altro")
        .tables.getItemOrNullObject("Fasi");
      await context.sync();
      expect([inBook.isNullObject, elsewhere.isNullObject]).toEqual([false, true]);
    });
  });
});

describe("table ranges and rows", () => {
  it("reports header, body and whole ranges", async () => {
    setup(withTable());
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Fasi");
      const parts = [table.getHeaderRowRange(), table.getDataBodyRange(), table.getRange()];
      parts.forEach((p) => p.load("address"));
      await context.sync();
      expect(parts.map((p) => p.address)).toEqual(["Fasi!A1:C1", "Fasi!A2:C3", "Fasi!A1:C3"]);
    });
  });

  it("grows when values are written right below it (AutoExpansion)", async () => {
    const { book, fake } = setup(withTable());
    await Excel.run(async (context) => {
      const below = context.workbook.tables.getItem("Fasi").getDataBodyRange().getRowsBelow(2);
      below.values = [
        ["OB2", 1, 100],
        ["OB3", 1, 100],
      ];
      await context.sync();
    });
    expect(book.table("Fasi").address).toBe("A1:C5");
    expect(book.table("Fasi").rows).toHaveLength(4);
    expect(fake.stats().calls["TableRowCollection.add"]).toBeUndefined();
  });

  it("does not grow over empty rows written below it", async () => {
    const { book } = setup(withTable());
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Fasi").getRange("A4:C5").values = [
        ["", "", ""],
        ["", "", ""],
      ];
      await context.sync();
    });
    expect(book.table("Fasi").address).toBe("A1:C3");
  });

  it("adds rows with rows.add, filling a new table's empty row first, and counts the calls", async () => {
    const { book, fake } = setup(
      new FakeWorkbook(["Dati"])
        .setValues("Dati!A1", [["A", "B"]])
        .setValues("Dati!A3", [["sotto"]]),
    );
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Dati").tables.add("A1:B1", true);
      table.rows.add(undefined, [
        [1, 2],
        [3, 4],
      ]);
      await context.sync();
    });
    expect(book.table("Table1").rows).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(book.values("Dati!A4")).toEqual([["sotto"]]);
    expect(fake.stats().calls["TableRowCollection.add"]).toBe(1);
  });

  it("refuses rows.add values of the wrong width", async () => {
    setup(withTable());
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Fasi").rows.add(undefined, [["OB9", 1]]);
        await context.sync();
      }),
      "InvalidArgument",
    );
  });

  it("gives new rows the formats and validation of the column", async () => {
    const book = withTable().setNumberFormat("Fasi!C2:C3", "0.00");
    setup(book);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Fasi");
      table.columns.getItem("Peso").getDataBodyRange().dataValidation.rule = {
        decimal: { formula1: 0, formula2: 100, operator: Excel.DataValidationOperator.between },
      };
      await context.sync();
      table.getDataBodyRange().getRowsBelow(1).values = [["OB2", 1, 100]];
      await context.sync();
    });
    const sheet = book.snapshot().sheets[0];
    expect(sheet.cells.C4.style?.numberFormat).toBe("0.00");
    expect(sheet.validations.map((v) => v.address)).toEqual(["C2:C4"]);
  });
});

describe("table columns", () => {
  it("adds a named column and finds columns by name", async () => {
    const { book } = setup(withTable());
    await Excel.run(async (context) => {
      const columns = context.workbook.tables.getItem("Fasi").columns;
      columns.add(undefined, undefined, "Avanzamento");
      const peso = columns.getItemOrNullObject("peso");
      const missing = columns.getItemOrNullObject("Nota");
      columns.load("items/name");
      peso.load("index");
      await context.sync();
      expect(columns.items.map((c) => c.name)).toEqual(["Codice", "Fase", "Peso", "Avanzamento"]);
      expect([peso.index, missing.isNullObject]).toEqual([2, true]);
    });
    expect(book.table("Fasi").address).toBe("A1:D3");
  });

  it("renames a column through its header", async () => {
    const { book } = setup(withTable());
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Fasi").columns.getItem("Fase").name = "Codice";
      await context.sync();
    });
    expect(book.table("Fasi").headers).toEqual(["Codice", "Codice2", "Peso"]);
  });
});
