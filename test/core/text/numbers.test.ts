import fc from "fast-check";
import { formatNumberEn, formatNumberIt, parseNumberText } from "../../../src/core/text/numbers";

describe("parseNumberText", () => {
  it.each<[string, number | null, boolean?]>([
    ["3.500,00", 3500],
    ["3.500", 3500],
    ["1.234.567,8", 1234567.8],
    ["1,5", 1.5],
    [" 12 ", 12],
    ["12", 12],
    ["3500.5", 3500.5],
    ["3.5", 3.5],
    [".5", 0.5],
    ["-3,25", -3.25],
    ["+7", 7],
    ["-0", 0],
    ["90%", 90, true],
    ["12,5 %", 12.5, true],
    ["€ 1.200,50", 1200.5],
    ["1\u00a0234", null],
    ["1 2", null],
    ["\u00a012,5\u00a0%", 12.5, true],
    ["- 4", -4],
    ["1,234.5", null],
    ["1.23.4", null],
    ["12.34.567", null],
    ["trenta", null],
    ["", null],
    ["%", null],
    ["1e3", null],
    ["NaN", null],
    ["Infinity", null],
    ["12,", null],
    ["--1", null],
  ])("%j -> %p", (text, value, percent = false) => {
    const parsed = parseNumberText(text);
    if (value === null) expect(parsed).toBeNull();
    else expect(parsed).toEqual({ value, percent });
  });

  it("reads back every number it formats", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const text = formatNumberIt(n);
        const parsed = parseNumberText(text);
        expect(parsed).not.toBeNull();
        expect(parsed?.value).toBeCloseTo(n, 5);
      }),
    );
  });
});

describe("formatNumberIt", () => {
  it.each<[number, number | undefined, string]>([
    [3500.5, undefined, "3.500,5"],
    [1234567.8, undefined, "1.234.567,8"],
    [100, undefined, "100"],
    [1000, undefined, "1.000"],
    [-0.25, undefined, "-0,25"],
    [0.1 + 0.2, undefined, "0,3"],
    [-0.0000001, undefined, "0"],
    [12, 2, "12,00"],
    [99.999, 2, "100,00"],
  ])("%p (%p decimals) -> %j", (n, decimals, expected) => {
    expect(formatNumberIt(n, decimals)).toBe(expected);
  });
});

describe("formatNumberEn", () => {
  it.each<[number, number | undefined, string]>([
    [3500.5, undefined, "3,500.5"],
    [1234567.8, undefined, "1,234,567.8"],
    [1000, undefined, "1,000"],
    [-0.25, undefined, "-0.25"],
    [-0.0000001, undefined, "0"],
    [12, 2, "12.00"],
  ])("%p (%p decimals) -> %j", (n, decimals, expected) => {
    expect(formatNumberEn(n, decimals)).toBe(expected);
  });

  it("swaps only the separators of the Italian form", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (n) => {
        const swapped = formatNumberIt(n).replace(/[.,]/g, (c) => (c === "." ? "," : "."));
        expect(formatNumberEn(n)).toBe(swapped);
      }),
    );
  });
});
