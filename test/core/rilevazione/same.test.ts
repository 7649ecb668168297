/** The one "same value?" of a rilevazione: no-op edits, untouched fields, conflicts. */
import { normalized, sameValue } from "../../../src/core/rilevazione/same";

describe("sameValue", () => {
  test.each<[string, unknown, unknown, boolean]>([
    ["empty text and null are the same empty cell", "", null, true],
    ["spaces only count as empty", "   ", undefined, true],
    ["text is trimmed", " nota ", "nota", true],
    ["text keeps its case", "Nota", "nota", false],
    ["numbers as numbers", 40, 40.0, true],
    ["numeric text against a number", "12.5", 12.5, true],
    ["float noise is not a change", 0.1 + 0.2, 0.3, true],
    ["a real difference", 40, 41, false],
    ["a number against empty", 0, null, false],
    ["text that is not a number against a number", "abc", 3, false],
    ["ISO dates as text", "2021-04-30", "2021-04-30", true],
    ["different dates", "2021-04-30", "2021-05-01", false],
    ["NaN is empty", Number.NaN, null, true],
  ])("%s", (_title, a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
    expect(sameValue(b, a)).toBe(expected);
  });

  test("normalized: what a conflict shows of a cell", () => {
    expect(normalized("  testo ")).toBe("testo");
    expect(normalized("")).toBeNull();
    expect(normalized(Infinity)).toBeNull();
    expect(normalized(7)).toBe(7);
  });
});
