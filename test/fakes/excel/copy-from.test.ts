import { FakeWorkbook } from "./fake-workbook";
import { copyFromModel, copyInto, modelBook, sheetOf } from "./copy-helpers";
import { rejectsWith, setup, teardown } from "./test-helpers";

afterEach(teardown);

describe("Range.copyFrom: what each copy type takes", () => {
  const old = { value: "vecchio", style: { italic: true } };
  it.each([
    [
      "All",
      { value: 3, formula: "=1+2", style: { numberFormat: "0.00" } },
      { value: "testo", style: { fill: "#DDEBF7" }, hyperlink: { address: "https://example.org" } },
      ["A1:C1"],
    ],
    [
      "Formats",
      { value: "vecchio", style: { numberFormat: "0.00" } },
      { value: "vecchio", style: { fill: "#DDEBF7" } },
      ["A1:C1"],
    ],
    [
      "Values",
      { value: 3, style: { italic: true } },
      { value: "testo", style: { italic: true } },
      [],
    ],
    [
      "Formulas",
      { value: 3, formula: "=1+2", style: { italic: true } },
      { value: "testo", style: { italic: true } },
      [],
    ],
  ] as const)("%s", async (copyType, a2, b2, merges) => {
    const book = modelBook();
    const scheda = book.sheet("Scheda");
    for (const key of ["1,0", "1,1"])
      scheda.cells.set(key, { formula: null, ...structuredClone(old) });
    setup(book);
    await copyInto("A1", "Modello!A1:C2", copyType);
    const dest = sheetOf(book, "Scheda");
    expect(dest.cells.A2).toEqual(a2);
    expect(dest.cells.B2).toEqual(b2);
    expect(dest.merges).toEqual(merges);
    // row heights and column widths never travel
    expect([dest.rowHeights, dest.columnWidths]).toEqual([{}, {}]);
  });
});

describe("Range.copyFrom: size of the paste", () => {
  it("repeats a 2-row block into 6 rows, merges included, and counts one command", async () => {
    const { book, fake } = setup(modelBook());
    await copyFromModel("B3:D8", (model) => model.getRange("A1:C2"));
    const dest = sheetOf(book, "Scheda");
    expect(dest.merges).toEqual(["B3:D3", "B5:D5", "B7:D7"]);
    expect(book.values("Scheda!B3:C8")).toEqual([
      ["Titolo", ""],
      [3, "testo"],
      ["Titolo", ""],
      [3, "testo"],
      ["Titolo", ""],
      [3, "testo"],
    ]);
    expect(dest.cells.D8.style).toEqual({ numberFormat: "0%" });
    expect(fake.stats().calls["Range.copyFrom"]).toBe(1);
    expect(fake.stats().payloadBytes).toHaveLength(1);
  });

  it.each([
    ["a single cell grows to the source size", "E2", "E2:G3", []],
    ["a 2x3 destination is the source size", "E2:G3", "E2:G3", []],
    ["3 rows, not a multiple: pasted once", "E2:G4", "E2:G3", ["E4"]],
    ["2x7 columns, not a multiple: pasted once", "E2:K3", "E2:G3", ["H2", "K3"]],
    ["2x6: two copies side by side", "E2:J3", "E2:J3", []],
  ])("%s", async (_label, dest, filled, untouched) => {
    const book = modelBook();
    for (const cell of untouched) book.setValues(`Scheda!${cell}`, [["resta"]]);
    setup(book);
    await copyInto(dest, "Modello!A1:C2", "Values");
    const rows = book.values(`Scheda!${filled}`);
    expect(rows[1].slice(0, 3)).toEqual([3, "testo", 0.5]);
    expect(rows[1]).toHaveLength(filled === "E2:J3" ? 6 : 3);
    if (filled === "E2:J3") expect(rows[1].slice(3)).toEqual([3, "testo", 0.5]);
    for (const cell of untouched) expect(book.values(`Scheda!${cell}`)).toEqual([["resta"]]);
  });

  it("refuses a destination that repeats on one side and is no multiple on the other", async () => {
    setup(modelBook());
    await rejectsWith(copyInto("A1:D4", "Modello!A1:C2"), "NotImplemented");
  });

  it("reads the whole source before writing, so an overlapping copy shifts cleanly", async () => {
    const book = new FakeWorkbook(["Scheda"]).setValues("Scheda!A1", [[1], [2], [3]]);
    setup(book);
    await copyInto("A2", "A1:A3", "Values");
    expect(book.values("Scheda!A1:A4")).toEqual([[1], [1], [2], [3]]);
  });
});

describe("Range.copyFrom: formats", () => {
  it("copies a block drawn earlier in the same batch from another sheet", async () => {
    const { book } = setup(new FakeWorkbook(["Modello", "Scheda"]));
    await Excel.run(async (context) => {
      context.workbook.styles.add("Intestazione");
      const model = context.workbook.worksheets.getItem("Modello");
      model.getRange("A1:D1").merge();
      model.getRange("A1").style = "Intestazione";
      model.getRange("A2:D2").format.font.bold = true;
      model.getRange("A2:D2").numberFormat = [["0.00", "0%", "@", "General"]];
      context.workbook.worksheets
        .getItem("Scheda")
        .getRange("A10")
        .copyFrom(model.getRange("A1:D2"), "Formats");
      await context.sync();
    });
    const [model, scheda] = [sheetOf(book, "Modello"), sheetOf(book, "Scheda")];
    expect(scheda.merges).toEqual(["A10:D10"]);
    expect(scheda.cells.A10).toEqual(model.cells.A1);
    expect(scheda.cells.A10.styleName).toBe("Intestazione");
    for (const col of ["A", "B", "C", "D"])
      expect(scheda.cells[`${col}11`]).toEqual(model.cells[`${col}2`]);
    expect(scheda.cells.C11.style?.numberFormat).toBe("@");
  });

  it("makes the cell look like the source over a formatted destination column", async () => {
    const { book } = setup(new FakeWorkbook(["Scheda"]).setValues("Scheda!A1", [["x"]]));
    const fill = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scheda");
      sheet.getRange("C:C").format.fill.color = "#FF0000";
      sheet.getRange("C1").copyFrom("A1", "Formats");
      const read = sheet.getRange("C1").format.fill.load("color");
      const below = sheet.getRange("C2").format.fill.load("color");
      await context.sync();
      return [read.color, below.color];
    });
    expect(fill).toEqual([null, "#FF0000"]);
    expect(sheetOf(book, "Scheda").cells.C1.value).toBe("");
  });

  it("takes a column's format into the pasted cells", async () => {
    const { book } = setup(new FakeWorkbook(["Scheda"]).setValues("Scheda!A1", [["x"]]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scheda");
      sheet.getRange("A:A").format.font.bold = true;
      sheet.getRange("C1").copyFrom("Scheda!A1");
      await context.sync();
    });
    expect(sheetOf(book, "Scheda").cells.C1).toEqual({ value: "x", style: { bold: true } });
  });
});

describe("Range.copyFrom: merged cells", () => {
  it.each([
    ["a source cutting a merge", "A1:B2", "A1", "Formats"],
    ["a destination merge crossing the paste edge", "A2:C2", "F1:G1", "All"],
    ["the same with values only", "A2:C2", "F1:G1", "Values"],
  ] as const)("refuses %s with InvalidOperation", async (_label, source, destMerge, type) => {
    const book = modelBook();
    book.sheet("Scheda").merges.push({ r0: 0, c0: 5, r1: 0, c1: 6 }); // F1:G1
    setup(book);
    const dest = destMerge === "A1" ? "A5" : "D1";
    await rejectsWith(copyInto(dest, `Modello!${source}`, type), "InvalidOperation");
    expect(sheetOf(book, "Scheda").cells).toEqual({});
  });

  it("replaces destination merges lying inside the paste area", async () => {
    const book = modelBook();
    book.sheet("Scheda").merges.push({ r0: 1, c0: 0, r1: 1, c1: 1 }); // A2:B2
    setup(book);
    await copyInto("A1", "Modello!A1:C2", "Formats");
    expect(sheetOf(book, "Scheda").merges).toEqual(["A1:C1"]);
  });

  const a2 = { r0: 1, c0: 0, r1: 1, c1: 0 };
  const rule = { rect: a2, rule: null, errorAlert: {}, prompt: {}, ignoreBlanks: true };
  const cf = { id: "cf", rect: a2, type: "Custom", formula: "=1", format: {}, stopIfTrue: false };
  it.each([
    ["values onto merged cells", "Values", (b: FakeWorkbook) => b.sheet("Scheda").merges.push(a2)],
    [
      "formats of a validated source",
      "Formats",
      (b: FakeWorkbook) => b.sheet("Modello").validations.push(rule),
    ],
    [
      "all over conditional formats",
      "All",
      (b: FakeWorkbook) => b.sheet("Scheda").conditionalFormats.push(cf),
    ],
  ])("leaves %s unimplemented", async (_label, type, prepare) => {
    const book = modelBook();
    prepare(book);
    setup(book);
    await rejectsWith(copyInto("A2", "Modello!A2:C2", type), "NotImplemented");
    expect(book.values("Scheda!A2:C2")).toEqual([["", "", ""]]);
  });
});
