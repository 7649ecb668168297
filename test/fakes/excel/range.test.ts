import { FORMULA_MARKER } from "./cells";
import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown } from "./test-helpers";

afterEach(teardown);

type Grid = (string | number | boolean)[][];

/** Writes `input` to `address` of sheet "Dati" (optionally after a number format) and reads back. */
async function roundTrip(
  address: string,
  input: unknown,
  numberFormat?: string,
): Promise<{ values: Grid; formulas: Grid }> {
  setup(new FakeWorkbook(["Dati"]));
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Dati").getRange(address);
    if (numberFormat !== undefined) range.numberFormat = [[numberFormat]];
    range.values = input as Grid;
    range.load("values,formulas");
    await context.sync();
    return { values: range.values as Grid, formulas: range.formulas as Grid };
  });
}

describe("Range.values", () => {
  it.each([
    ["too few rows", "A1:B2", [["a", "b"]]],
    ["too many columns", "A1:B1", [["a", "b", "c"]]],
    ["ragged rows", "A1:B2", [["a", "b"], ["c"]]],
    ["a flat array", "A1:B1", ["a", "b"]],
  ])("refuses %s and leaves the cells alone", async (_label, address, input) => {
    const book = new FakeWorkbook(["Dati"]).setValues("Dati!A1", [["prima", "prima"]]);
    setup(book);
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Dati").getRange(address).values = input as Grid;
        await context.sync();
      }),
      "InvalidArgument",
    );
    expect(book.values("Dati!A1:B1")).toEqual([["prima", "prima"]]);
  });

  it("fills every cell from one scalar", async () => {
    const { values } = await roundTrip("A1:B2", 7);
    expect(values).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  it.each([
    ["a formula", "=1+1", 2, "=1+1"],
    ["a formula it cannot evaluate", "=SUM(A1:A3)", FORMULA_MARKER, "=SUM(A1:A3)"],
    ["text starting with a minus", "- da fare", "#NAME?", "=- da fare"],
    ["numeric text", "12.5", 12.5, 12.5],
    ["an ISO date", "2021-03-15", 44270, 44270],
    ["a month", "2021-03", 44256, 44256],
    ["plain text", "Obiettivo", "Obiettivo", "Obiettivo"],
    ["a number", 3, 3, 3],
    ["a boolean", true, true, true],
  ])("takes %s as typed input in a General cell", async (_label, input, value, formula) => {
    const read = await roundTrip("A1", [[input]]);
    expect(read.values).toEqual([[value]]);
    expect(read.formulas).toEqual([[formula]]);
  });

  it.each([["=1+1"], ["- da fare"], ["2021-03"], ["007"], ["+39 02 1234"]])(
    "keeps %s as literal text in a Text (@) cell",
    async (input) => {
      const read = await roundTrip("A1", [[input]], "@");
      expect(read.values).toEqual([[input]]);
      expect(read.formulas).toEqual([[input]]);
    },
  );

  it("clears with an empty string and reads empty cells as empty strings", async () => {
    const book = new FakeWorkbook(["Dati"]).setValues("Dati!A1", [["x", 1]]);
    setup(book);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Dati").getRange("A1:C1");
      range.values = [["", null as unknown as string, ""]];
      range.load("values,valueTypes");
      await context.sync();
      expect(range.values).toEqual([["", 1, ""]]);
      expect(range.valueTypes).toEqual([["Empty", "Double", "Empty"]]);
    });
  });
});

describe("range navigation", () => {
  it.each([
    ["getRange", (s: Excel.Worksheet) => s.getRange("b2:c3"), "Dati!B2:C3"],
    ["getRangeByIndexes", (s: Excel.Worksheet) => s.getRangeByIndexes(1, 1, 2, 2), "Dati!B2:C3"],
    ["getCell", (s: Excel.Worksheet) => s.getCell(0, 27), "Dati!AB1"],
    ["getRowsBelow", (s: Excel.Worksheet) => s.getRange("A1:C3").getRowsBelow(2), "Dati!A4:C5"],
    [
      "getRowsBelow default",
      (s: Excel.Worksheet) => s.getRange("A1:C3").getRowsBelow(),
      "Dati!A4:C4",
    ],
    [
      "getOffsetRange",
      (s: Excel.Worksheet) => s.getRange("A1:B2").getOffsetRange(1, 2),
      "Dati!C2:D3",
    ],
    [
      "getResizedRange",
      (s: Excel.Worksheet) => s.getRange("A1").getResizedRange(2, 1),
      "Dati!A1:B3",
    ],
    ["getLastRow", (s: Excel.Worksheet) => s.getRange("A1:C3").getLastRow(), "Dati!A3:C3"],
    ["getEntireColumn", (s: Excel.Worksheet) => s.getRange("B2").getEntireColumn(), "Dati!B:B"],
    ["getEntireRow", (s: Excel.Worksheet) => s.getRange("B2").getEntireRow(), "Dati!2:2"],
    ["getCell of a range", (s: Excel.Worksheet) => s.getRange("B2:D4").getCell(1, 1), "Dati!C3"],
  ])("%s gives the right address", async (_label, make, address) => {
    setup(new FakeWorkbook(["Dati"]));
    await Excel.run(async (context) => {
      const range = make(context.workbook.worksheets.getItem("Dati"));
      range.load("address,rowCount,columnCount");
      await context.sync();
      expect(range.address).toBe(address);
    });
  });

  it("quotes sheet names with spaces in addresses", async () => {
    setup(new FakeWorkbook(["Schede 2021"]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Schede 2021").getRange("A1:B2");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("'Schede 2021'!A1:B2");
    });
  });

  it("fails at sync when a range leaves the grid", async () => {
    setup(new FakeWorkbook(["Dati"]));
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("Dati")
          .getRange("A1")
          .getOffsetRange(-1, 0)
          .load("address");
        await context.sync();
      }),
      "InvalidArgument",
    );
  });

  it("finds the used range, A1 on a blank sheet, null object with OrNullObject", async () => {
    setup(new FakeWorkbook(["Dati", "Vuoto"]).setValues("Dati!B2", [["x", "", 3]]));
    await Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Dati").getUsedRange(true);
      const blank = context.workbook.worksheets.getItem("Vuoto").getUsedRange();
      const none = context.workbook.worksheets.getItem("Vuoto").getUsedRangeOrNullObject();
      used.load("address");
      blank.load("address");
      await context.sync();
      expect([used.address, blank.address, none.isNullObject]).toEqual([
        "Dati!B2:D2",
        "Vuoto!A1",
        true,
      ]);
    });
  });

  it("selects a range for this user", async () => {
    setup(new FakeWorkbook(["A", "B"]));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("B").getRange("C3").select();
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      expect(selected.address).toBe("B!C3");
    });
  });
});

describe("Range.getIntersection", () => {
  it("is the rectangle both ranges cover, resolved at sync", async () => {
    setup(
      new FakeWorkbook(["Dati"]).setValues("Dati!A1", [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ]),
    );
    const address = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Dati");
      const range = sheet.getRange("A1:C2").getIntersection(sheet.getRange("B2:D9"));
      range.load("address,values");
      await context.sync();
      expect(range.values).toEqual([["e", "f"]]);
      return range.address;
    });
    expect(address).toBe("Dati!B2:C2");
  });

  it("fails when the ranges do not meet", async () => {
    setup(new FakeWorkbook(["Dati"]));
    await rejectsWith(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Dati");
        sheet.getRange("A1:B2").getIntersection(sheet.getRange("D4")).load("address");
        await context.sync();
      }),
      "ItemNotFound",
    );
  });
});
