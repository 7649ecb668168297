import { FakeWorkbook } from "./fake-workbook";
import type { FakeExcel } from "./create";
import { rejectsWith, setup, teardown } from "./test-helpers";

afterEach(teardown);

/** A scheda-like sheet with something set in every part of the sheet state. */
async function drawModel(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.styles.add("Titolo");
    context.workbook.styles.getItem("Titolo").font.bold = true;
    const ws = context.workbook.worksheets.getItem("Modello");
    ws.getRange("A1:C2").values = [
      ["Obiettivo", "=1+2", "testo"],
      ["peso", 40, "=10/4"],
    ];
    ws.getRange("A1").style = "Titolo";
    ws.getRange("B2").numberFormat = [["0.00"]];
    ws.getRange("C1").format.fill.color = "#DDEBF7";
    ws.getRange("C1").format.borders.getItem("EdgeBottom").style = "Continuous";
    ws.getRange("C2").hyperlink = { address: "https://example.org", screenTip: "fonte" };
    ws.getRange("D:D").format.font.italic = true;
    ws.getRange("5:5").format.fill.color = "#FFFF00";
    ws.getRange("A1").format.rowHeight = 30;
    ws.getRange("B1").format.columnWidth = 120;
    ws.getRange("A3:C3").merge();
    ws.freezePanes.freezeRows(2);
    ws.getRange("B4").dataValidation.rule = { list: { inCellDropDown: true, source: "si,no" } };
    ws.getRange("B4:B9").conditionalFormats.add("Custom").custom.rule.formula = "=$B4=1";
    ws.pageLayout.orientation = "Landscape";
    ws.pageLayout.topMargin = 30;
    ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    ws.pageLayout.printGridlines = true;
    ws.pageLayout.setPrintArea("A1:C20");
    ws.pageLayout.setPrintTitleRows("$1:$2");
    ws.pageLayout.setPrintTitleColumns("$A:$A");
    ws.pageLayout.headersFooters.defaultForAllPages.centerFooter = "Pagina &P";
    ws.horizontalPageBreaks.add("A10");
    ws.showGridlines = false;
    ws.tabColor = "#FF0000";
    context.workbook.names.add("Cella", ws.getRange("B2"));
    await context.sync();
  });
}

function copyOf(fake: FakeExcel, positionType: string): Promise<void> {
  return fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Modello").copy(positionType);
    await context.sync();
  });
}

describe("Worksheet.copy", () => {
  it("copies cells, styles, links, sizes, merges, panes, rules and page layout", async () => {
    const { book, fake } = setup(new FakeWorkbook(["Modello"]));
    await drawModel();
    await copyOf(fake, "End");
    const [model, copy] = book.snapshot().sheets;
    expect(copy.name).toBe("Modello (2)");
    expect({ ...copy, name: model.name }).toEqual(model);
    // the comparison means something only if the model holds all of it
    expect(model.cells.A1.styleName).toBe("Titolo");
    expect(model.cells.C2.hyperlink?.screenTip).toBe("fonte");
    expect([model.merges, model.frozenRows, model.showGridlines]).toEqual([["A3:C3"], 2, false]);
    expect([model.rowHeights, model.columnWidths]).toEqual([{ "1": 30 }, { B: 120 }]);
    expect(model.pageLayout).toMatchObject({
      orientation: "Landscape",
      printArea: "A1:C20",
      printTitleRows: "1:2",
      headers: { centerFooter: "Pagina &P" },
      horizontalPageBreaks: [10],
    });
    expect([model.validations.length, model.conditionalFormats.length]).toEqual([1, 1]);
    // workbook names referring to the model are not copied
    expect(book.snapshot().names.map((n) => n.formula)).toEqual(["=Modello!$B$2"]);
  });

  it("makes an independent copy that shares the workbook's named styles", async () => {
    const { book } = setup(new FakeWorkbook(["Modello"]));
    await drawModel();
    await Excel.run(async (context) => {
      const copy = context.workbook.worksheets.getItem("Modello").copy("End");
      copy.getRange("B2").values = [[99]];
      copy.getRange("A3:C3").unmerge();
      copy.pageLayout.topMargin = 10;
      copy.getRange("C1").format.fill.color = "#000000";
      context.workbook.styles.getItem("Titolo").font.size = 20;
      await context.sync();
    });
    const [model, copy] = book.snapshot().sheets;
    expect([model.cells.B2.value, copy.cells.B2.value]).toEqual([40, 99]);
    expect([model.merges, copy.merges]).toEqual([["A3:C3"], []]);
    expect([model.pageLayout.topMargin, copy.pageLayout.topMargin]).toEqual([30, 10]);
    expect([model.cells.C1.style?.fill, copy.cells.C1.style?.fill]).toEqual(["#DDEBF7", "#000000"]);
    expect([model.cells.A1.style?.fontSize, copy.cells.A1.style?.fontSize]).toEqual([20, 20]);
    const ids = book.state.sheets.map((s) => s.conditionalFormats[0].id);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it.each([
    ["None (the beginning, as documented)", ["None"], ["Modello (2)", "A", "Modello", "B"]],
    ["no argument", [], ["Modello (2)", "A", "Modello", "B"]],
    ["Beginning", ["Beginning"], ["Modello (2)", "A", "Modello", "B"]],
    ["End", ["End"], ["A", "Modello", "B", "Modello (2)"]],
    ["Before A", ["Before", "A"], ["Modello (2)", "A", "Modello", "B"]],
    ["After A", ["After", "A"], ["A", "Modello (2)", "Modello", "B"]],
    ["Before B", ["Before", "B"], ["A", "Modello", "Modello (2)", "B"]],
    ["After B", ["After", "B"], ["A", "Modello", "B", "Modello (2)"]],
  ] as const)("places the copy: %s", async (_label, [type, relative], order) => {
    const { book } = setup(new FakeWorkbook(["A", "Modello", "B"]));
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const copy = sheets
        .getItem("Modello")
        .copy(type, relative === undefined ? undefined : sheets.getItem(relative));
      copy.load("name,position,visibility");
      await context.sync();
      expect([copy.name, copy.position, copy.visibility]).toEqual([
        "Modello (2)",
        order.indexOf("Modello (2)"),
        "Visible",
      ]);
    });
    expect(book.snapshot().sheets.map((s) => s.name)).toEqual(order);
  });

  it.each([
    ["Before without relativeTo", ["Before"]],
    ["After without relativeTo", ["After"]],
    ["After the copied sheet itself", ["After", "Modello"]],
    ["relativeTo with End", ["End", "A"]],
    ["an unknown position", ["Middle"]],
  ] as const)("refuses %s with InvalidArgument", async (_label, [type, relative]) => {
    const { book, fake } = setup(new FakeWorkbook(["A", "Modello"]));
    await rejectsWith(
      fake.Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        const rel = relative === undefined ? undefined : sheets.getItem(relative);
        sheets.getItem("Modello").copy(type as Excel.WorksheetPositionType, rel);
        await context.sync();
      }),
      "InvalidArgument",
    );
    expect(book.snapshot().sheets.map((s) => s.name)).toEqual(["A", "Modello"]);
  });

  it.each([
    ["Fasi", ["Fasi"], "Fasi (2)"],
    ["Fasi", ["Fasi", "Fasi (2)", "fasi (3)"], "Fasi (4)"],
    ["Fasi (2)", ["Fasi", "Fasi (2)"], "Fasi (3)"],
    ["x".repeat(31), ["x".repeat(31)], `${"x".repeat(27)} (2)`],
    ["x".repeat(30), ["x".repeat(30)], `${"x".repeat(27)} (2)`],
  ])("names a copy of %s like Excel", async (name, sheets, expected) => {
    const { book, fake } = setup(new FakeWorkbook(sheets));
    await fake.Excel.run(async (context) => {
      const copy = context.workbook.worksheets.getItem(name).copy("End");
      copy.load("name");
      await context.sync();
      expect(copy.name).toBe(expected);
    });
    expect(book.snapshot().sheets.at(-1)?.name).toBe(expected);
  });

  it("returns a proxy usable in the same batch; nothing happens before the sync", async () => {
    const { book, fake } = setup(new FakeWorkbook(["Modello"]).setValues("Modello!A1", [["x"]]));
    await fake.Excel.run(async (context) => {
      const copy = context.workbook.worksheets.getItem("Modello").copy("End");
      copy.name = "Scheda OB1";
      copy.getRange("B1").values = [["nuovo"]];
      expect(book.snapshot().sheets).toHaveLength(1);
      await context.sync();
    });
    const [model, copy] = book.snapshot().sheets;
    expect(copy.name).toBe("Scheda OB1");
    expect([copy.cells.A1.value, copy.cells.B1.value, model.cells.B1]).toEqual([
      "x",
      "nuovo",
      undefined,
    ]);
    expect(fake.stats().calls["Worksheet.copy"]).toBe(1);
    expect(fake.stats().syncs).toBe(1);
  });

  it("leaves the active sheet alone", async () => {
    const { fake } = setup(new FakeWorkbook(["Modello", "Altro"]));
    await copyOf(fake, "Beginning");
    const active = await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return ws.name;
    });
    expect(active).toBe("Modello");
  });

  it.each(["Hidden", "VeryHidden"])("refuses to copy a %s sheet", async (visibility) => {
    const { book, fake } = setup(new FakeWorkbook(["A", "Modello"]));
    book.sheet("Modello").visibility = visibility;
    await rejectsWith(copyOf(fake, "End"), "InvalidOperation");
    expect(book.snapshot().sheets).toHaveLength(2);
  });

  it("refuses a sheet holding a table (not implemented)", async () => {
    const book = new FakeWorkbook(["Modello"]).setValues("Modello!A1", [["h"]]);
    const { fake } = setup(book.addTable("Modello!A1:A2", "Tab"));
    await rejectsWith(copyOf(fake, "End"), "NotImplemented");
    expect(book.snapshot().sheets).toHaveLength(1);
  });
});
