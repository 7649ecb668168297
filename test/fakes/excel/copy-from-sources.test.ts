import { FakeWorkbook } from "./fake-workbook";
import { copyFromModel, copyInto, modelBook, sheetOf } from "./copy-helpers";
import { rejectsWith, setup, teardown, throwsWith } from "./test-helpers";

afterEach(teardown);

describe("Range.copyFrom: formulas and sources", () => {
  it.each([
    ["an absolute formula anywhere", "=$A$1*2", "C5", "=$A$1*2"],
    ["a relative formula at the same address of another sheet", "=A1*2", "B1", "=A1*2"],
  ])("copies %s", async (_label, formula, dest, expected) => {
    const book = new FakeWorkbook(["Modello", "Scheda"]).setValues("Modello!B1", [[formula]]);
    setup(book);
    await copyInto(dest, "Modello!B1", "Formulas");
    expect(sheetOf(book, "Scheda").cells[dest].formula).toBe(expected);
  });

  it.each(["=A1*2", "=SUM($A1:$A3)", "=SUM(A:A)", "=Dati!B$2"])(
    "leaves moving the relative formula %s unimplemented",
    async (formula) => {
      setup(new FakeWorkbook(["Modello", "Scheda"]).setValues("Modello!B1", [[formula]]));
      await rejectsWith(copyInto("B2", "Modello!B1", "All"), "NotImplemented");
    },
  );

  it("takes a one-area RangeAreas and refuses several areas", async () => {
    const { book } = setup(modelBook());
    await copyFromModel("A1", (model) => model.getRanges("B2:C2"), "Values");
    expect(book.values("Scheda!A1:B1")).toEqual([["testo", 0.5]]);
    await rejectsWith(
      copyFromModel("A1", (model) => model.getRanges("A1, C2")),
      "NotImplemented",
    );
  });

  it.each([
    ["several areas in an address", "Modello!A1,Modello!C2", "NotImplemented"],
    ["a missing sheet", "Manca!A1", "InvalidArgument"],
    ["a bad address", "Modello!A0", "InvalidArgument"],
    ["an unknown copy type", "Modello!A1", "InvalidArgument", "Tutto"],
  ])("refuses %s at sync", async (_label, source, code, type = "All") => {
    setup(modelBook());
    await rejectsWith(copyInto("A1", source, type), code);
  });

  it.each([
    ["Link", "Link", false, false],
    ["skipBlanks", "All", true, false],
    ["transpose", "All", false, true],
  ] as const)("refuses %s when called", async (_label, type, skipBlanks, transpose) => {
    setup(modelBook());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Scheda").getRange("A1");
      throwsWith(() => range.copyFrom("Modello!A1", type, skipBlanks, transpose), "NotImplemented");
      await context.sync();
    });
  });
});
