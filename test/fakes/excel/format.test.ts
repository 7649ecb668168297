/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read --
   these tests read proxies right after a helper loaded them, or read unloaded properties on purpose
   to prove the fake refuses; the rules cannot follow either. */
import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown, throwsWith } from "./test-helpers";

afterEach(teardown);

describe("formats", () => {
  it("stores fill, font, alignment, wrap, borders and sizes, and reads them back", async () => {
    const { book } = setup(new FakeWorkbook(["Scheda"]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Scheda").getRange("A1:B2");
      range.format.fill.color = "#DDEBF7";
      range.format.font.bold = true;
      range.format.font.size = 9;
      range.format.horizontalAlignment = Excel.HorizontalAlignment.center;
      range.format.wrapText = true;
      range.format.rowHeight = 30;
      range.format.columnWidth = 120;
      const top = range.format.borders.getItem(Excel.BorderIndex.edgeTop);
      top.style = Excel.BorderLineStyle.continuous;
      top.weight = Excel.BorderWeight.medium;
      range.format.autofitRows();
      await context.sync();
      range.format.load("horizontalAlignment,wrapText,rowHeight,columnWidth");
      range.format.fill.load("color");
      range.format.font.load("bold,size,name");
      top.load("style,weight");
      const bottom = range.format.borders.getItem(Excel.BorderIndex.edgeBottom);
      bottom.load("style");
      await context.sync();
      expect([
        range.format.fill.color,
        range.format.font.bold,
        range.format.font.size,
        range.format.font.name,
      ]).toEqual(["#DDEBF7", true, 9, "Calibri"]);
      expect([range.format.horizontalAlignment, range.format.wrapText]).toEqual(["Center", true]);
      expect([range.format.rowHeight, range.format.columnWidth]).toEqual([30, 120]);
      expect([top.style, top.weight, bottom.style]).toEqual(["Continuous", "Medium", "None"]);
    });
    const sheet = book.snapshot().sheets[0];
    expect(sheet.cells.A1.style?.borders?.EdgeTop.style).toBe("Continuous");
    expect(sheet.cells.A2.style?.borders).toBeUndefined();
  });

  it("answers null for mixed formatting", async () => {
    setup(new FakeWorkbook(["Scheda"]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scheda");
      sheet.getRange("A1").format.font.bold = true;
      const font = sheet.getRange("A1:A2").format.font;
      font.load("bold");
      await context.sync();
      expect(font.bold).toBeNull();
    });
  });

  it("formats whole columns without touching a million cells", async () => {
    const { book } = setup(new FakeWorkbook(["Dati"]));
    await Excel.run(async (context) => {
      const column = context.workbook.worksheets.getItem("Dati").getRange("C:C");
      // A single value applies to every cell, as Excel allows; the typings only declare arrays.
      column.numberFormat = "@" as unknown as string[][];
      await context.sync();
      context.workbook.worksheets.getItem("Dati").getRange("C5").values = [["=1+1"]];
      await context.sync();
    });
    expect(book.values("Dati!C5")).toEqual([["=1+1"]]);
    expect(book.snapshot().sheets[0].columnStyles).toEqual({ C: { numberFormat: "@" } });
  });

  it("merges across rows and keeps only the top-left value", async () => {
    const { book } = setup(
      new FakeWorkbook(["Scheda"]).setValues("Scheda!A1", [
        ["a", "b"],
        ["c", "d"],
      ]),
    );
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Scheda").getRange("A1:B2").merge(true);
      await context.sync();
    });
    expect(book.snapshot().sheets[0].merges).toEqual(["A1:B1", "A2:B2"]);
    expect(book.values("Scheda!A1:B2")).toEqual([
      ["a", ""],
      ["c", ""],
    ]);
  });

  it("refuses a border index Excel does not have", () => {
    setup(new FakeWorkbook(["Scheda"]));
    return Excel.run(async (context) => {
      const borders = context.workbook.worksheets.getItem("Scheda").getRange("A1").format.borders;
      throwsWith(() => borders.getItem("Outline" as Excel.BorderIndex), "InvalidArgument");
      await context.sync();
    });
  });
});

describe("validation and conditional formats", () => {
  it("stores a list rule with alert and prompt, and refuses incomplete rules", async () => {
    const { book } = setup(new FakeWorkbook(["Dati"]));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Dati").getRange("B2:B10");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "si,no" } };
      range.dataValidation.errorAlert = {
        message: "Scrivere si o no.",
        showAlert: true,
        style: "Stop",
        title: "Valore",
      };
      range.dataValidation.prompt = { message: "si o no", showPrompt: true, title: "Flag" };
      range.dataValidation.load("type");
      await context.sync();
      expect(range.dataValidation.type).toBe("List");
    });
    expect(book.snapshot().sheets[0].validations).toEqual([
      {
        address: "B2:B10",
        rule: { list: { inCellDropDown: true, source: "si,no" } },
        errorAlert: {
          message: "Scrivere si o no.",
          showAlert: true,
          style: "Stop",
          title: "Valore",
        },
        prompt: { message: "si o no", showPrompt: true, title: "Flag" },
        ignoreBlanks: true,
      },
    ]);
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Dati").getRange("C2").dataValidation.rule = {
          decimal: { formula1: 0, operator: Excel.DataValidationOperator.between },
        };
        await context.sync();
      }),
      "InvalidArgument",
    );
  });

  it("adds a custom conditional format with formula and format", async () => {
    const { book } = setup(new FakeWorkbook(["Dati"]));
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets
        .getItem("Dati")
        .getRange("A2:D20")
        .conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=$D2<50";
      cf.custom.format.fill.color = "#F8CBAD";
      cf.custom.format.font.bold = true;
      await context.sync();
    });
    expect(book.snapshot().sheets[0].conditionalFormats).toEqual([
      {
        address: "A2:D20",
        type: "Custom",
        formula: "=$D2<50",
        format: { fill: "#F8CBAD", bold: true },
        stopIfTrue: false,
      },
    ]);
  });
});

describe("page layout and sheet view", () => {
  it("stores print settings, titles, area, breaks, freeze panes and tab color", async () => {
    const { book } = setup(new FakeWorkbook(["Scheda OB1"]));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scheda OB1");
      const layout = sheet.pageLayout;
      layout.orientation = Excel.PageOrientation.landscape;
      layout.paperSize = Excel.PaperType.a4;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.centerHorizontally = true;
      layout.printGridlines = false;
      layout.setPrintArea("A1:H40");
      layout.setPrintTitleRows("$1:$3");
      layout.setPrintMargins(Excel.PrintMarginUnit.centimeters, { top: 2.54 });
      layout.headersFooters.defaultForAllPages.centerFooter = "Pagina &P di &N";
      sheet.horizontalPageBreaks.add("A21:H21");
      sheet.freezePanes.freezeRows(2);
      sheet.tabColor = "#1F4E78";
      await context.sync();
      layout.load("orientation,zoom,topMargin");
      await context.sync();
      expect([layout.orientation, layout.zoom, layout.topMargin]).toEqual([
        "Landscape",
        { horizontalFitToPages: 1, verticalFitToPages: 0 },
        72,
      ]);
    });
    const sheet = book.snapshot().sheets[0];
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A4",
      printArea: "A1:H40",
      printTitleRows: "1:3",
      centerHorizontally: true,
      headers: { centerFooter: "Pagina &P di &N" },
      horizontalPageBreaks: [21],
    });
    expect([sheet.frozenRows, sheet.tabColor]).toEqual([2, "#1F4E78"]);
  });

  it("refuses a zoom scale outside 10–400", async () => {
    setup(new FakeWorkbook(["Scheda"]));
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Scheda").pageLayout.zoom = { scale: 5 };
        await context.sync();
      }),
      "InvalidArgument",
    );
  });
});

describe("unsupported members", () => {
  it("throw NotImplemented at once instead of succeeding", () => {
    setup(new FakeWorkbook(["Dati"]));
    return Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Dati").getRange("A1");
      throwsWith(() => range.insert(Excel.InsertShiftDirection.down), "NotImplemented");
      throwsWith(() => context.workbook.properties, "NotImplemented");
      await context.sync();
    });
  });
});
