import fc from "fast-check";
import {
  cellAddress,
  columnIndex0,
  columnLetters,
  quoteSheetName,
  splitAddress,
} from "../../../src/core/schema/address";

describe("column letters", () => {
  it.each<[number, string]>([
    [0, "A"],
    [7, "H"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%p -> %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnIndex0(letters)).toBe(col);
  });

  it("round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (col) => {
        expect(columnIndex0(columnLetters(col))).toBe(col);
      }),
    );
  });

  it("refuses negative or fractional columns", () => {
    expect(() => columnLetters(-1)).toThrow(RangeError);
    expect(() => columnLetters(1.5)).toThrow(RangeError);
    expect(columnIndex0("A1")).toBeNull();
  });
});

describe("cellAddress", () => {
  it.each<[string, number, number, string]>([
    ["Fasi", 12, 7, "Fasi!H12"],
    ["Obiettivi", 2, 0, "Obiettivi!A2"],
    ["Note 2021", 3, 1, "'Note 2021'!B3"],
    ["L'anno", 1, 0, "'L''anno'!A1"],
    ["Città", 1, 0, "'Città'!A1"],
    ["2021", 1, 0, "'2021'!A1"],
    ["A1", 1, 0, "'A1'!A1"],
    ["R1C1", 1, 0, "'R1C1'!A1"],
    ["Dati_PEG", 1, 0, "Dati_PEG!A1"],
  ])("%j row %p col %p -> %s", (sheet, row, col, address) => {
    expect(cellAddress(sheet, row, col)).toBe(address);
  });

  it("splits back into sheet and cell", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }), fc.nat(1000), (sheet, col) => {
        expect(splitAddress(cellAddress(sheet, 5, col))).toEqual({
          sheet,
          cell: `${columnLetters(col)}5`,
        });
      }),
    );
  });

  it("quotes only what needs it", () => {
    expect(quoteSheetName("Fasi")).toBe("Fasi");
    expect(quoteSheetName("Indice schede")).toBe("'Indice schede'");
    expect(splitAddress("senza-cella")).toBeNull();
  });
});
