import { FakeWorkbook } from "./fake-workbook";
import { rejectsWith, setup, teardown } from "./test-helpers";
import { styleOf } from "./state";

afterEach(teardown);

async function withStyle(book: FakeWorkbook): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.styles.add("Mio");
    const st = context.workbook.styles.getItem("Mio");
    st.font.name = "Arial";
    st.font.bold = true;
    st.fill.color = "#FFEEDD";
    st.borders.getItem("EdgeTop").style = "Continuous";
    st.horizontalAlignment = "Center";
    st.numberFormat = "@";
    context.workbook.worksheets.getItem("S").getRanges("A1:B2, D4").style = "Mio";
    await context.sync();
  });
  void book;
}

describe("named styles and RangeAreas", () => {
  it("a styled cell reads as its style; other cells keep the defaults", async () => {
    const { book } = setup(new FakeWorkbook(["S"]));
    await withStyle(book);
    const sheet = book.state.sheets[0];
    for (const [r, c] of [
      [0, 0],
      [1, 1],
      [3, 3],
    ]) {
      expect(styleOf(sheet, r, c, "fontName")).toBe("Arial");
      expect(styleOf(sheet, r, c, "fill")).toBe("#FFEEDD");
      expect(styleOf(sheet, r, c, "borders")?.EdgeTop?.style).toBe("Continuous");
    }
    expect(styleOf(sheet, 2, 2, "fontName")).toBe("Calibri");
    const snap = book.snapshot().sheets[0].cells.D4;
    expect(snap.styleName).toBe("Mio");
    expect(snap.style).toMatchObject({
      fontName: "Arial",
      bold: true,
      horizontalAlignment: "Center",
    });
  });

  it("a later change to the style shows on its cells; direct formatting goes on top", async () => {
    const { book } = setup(new FakeWorkbook(["S"]));
    await withStyle(book);
    await Excel.run(async (context) => {
      context.workbook.styles.getItem("Mio").font.size = 20;
      context.workbook.worksheets.getItem("S").getRange("A1").format.font.italic = true;
      await context.sync();
    });
    const sheet = book.state.sheets[0];
    expect(styleOf(sheet, 1, 1, "fontSize")).toBe(20);
    expect(styleOf(sheet, 0, 0, "italic")).toBe(true);
    expect(styleOf(sheet, 1, 1, "italic")).toBe(false);
  });

  it("RangeAreas formats every area and reads its areas back", async () => {
    const { book } = setup(new FakeWorkbook(["S"]));
    const areas = await Excel.run(async (context) => {
      const ra = context.workbook.worksheets.getItem("S").getRanges("A2:A3;A7");
      ra.format.rowHeight = 30;
      ra.format.wrapText = true;
      ra.areas.load("items/address");
      ra.load("areaCount,cellCount");
      await context.sync();
      return [ra.areaCount, ra.cellCount, ra.areas.items.map((a) => a.address)];
    });
    expect(areas).toEqual([2, 3, ["S!A2:A3", "S!A7"]]);
    const sheet = book.state.sheets[0];
    expect([1, 2, 6].map((r) => sheet.rowHeights.get(r))).toEqual([30, 30, 30]);
    expect(sheet.rowHeights.get(3)).toBeUndefined();
    expect(styleOf(sheet, 6, 0, "wrapText")).toBe(true);
  });

  it("refuses an unknown style, a duplicate style, a long address and unsupported members", async () => {
    setup(new FakeWorkbook(["S"]));
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").style = "Nessuno";
        await context.sync();
      }),
      "ItemNotFound",
    );
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.styles.add("Normal");
        await context.sync();
      }),
      "ItemAlreadyExists",
    );
    const long = Array.from({ length: 80 }, (_, i) => `A${i * 2 + 1}`).join(",");
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRanges(long).style = "Normal";
        await context.sync();
      }),
      "InvalidArgument",
    );
    await rejectsWith(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRanges("A1,B2").copyFrom("C3");
        await context.sync();
      }),
      "NotImplemented",
    );
  });

  it("counts the commands like any other in the payload", async () => {
    const { book, fake } = setup(new FakeWorkbook(["S"]));
    fake.resetStats();
    await withStyle(book);
    expect(fake.stats().payloadBytes[0]).toBeGreaterThan(300);
  });
});
