import { schedaSheetName, sheetRef } from "../../../src/core/layout/sheet-name";

/** Excel's own rules, checked on every name we produce */
function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

describe("schedaSheetName", () => {
  const cases: [string, string, string[], string][] = [
    ["a plain code stays as it is", "2021_S08_20", [], "2021_S08_20"],
    ["forbidden characters become _", "2021/S08:20*[x]?\\", [], "2021_S08_20__x___"],
    ["apostrophes are dropped", "'2021 l'obiettivo'", [], "2021 lobiettivo"],
    [
      "a long code is cut to 31 characters",
      "OBIETTIVO_MOLTO_LUNGO_DEL_SETTORE_SOCIALE_2021",
      [],
      "OBIETTIVO_MOLTO_LUNGO_DEL_SETTO",
    ],
    ["a taken name gets (2), ignoring case", "Fasi", ["fasi"], "Fasi (2)"],
    ["the next free number is used", "A", ["A", "a (2)", "A (3)"], "A (4)"],
    [
      "the suffix still fits 31 characters",
      "OBIETTIVO_MOLTO_LUNGO_DEL_SETTORE_SOCIALE_2021",
      ["OBIETTIVO_MOLTO_LUNGO_DEL_SETTO"],
      "OBIETTIVO_MOLTO_LUNGO_DEL_S (2)",
    ],
    ["History is reserved by Excel", "History", [], "History (2)"],
    ["an empty code still gets a name", "  ", [], "Scheda"],
    ["line breaks and runs of spaces collapse", "A\n\tB   C", [], "A B C"],
  ];

  it.each(cases)("%s", (_, codice, taken, expected) => {
    const name = schedaSheetName(codice, taken);
    expect(name).toBe(expected);
    expect(isValidSheetName(name)).toBe(true);
    expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
  });

  it("gives 40 distinct valid names to 40 objectives with the same long prefix", () => {
    const taken: string[] = [];
    for (let i = 0; i < 40; i++) taken.push(schedaSheetName("X".repeat(40), taken));
    expect(new Set(taken.map((t) => t.toLowerCase())).size).toBe(40);
    expect(taken.every(isValidSheetName)).toBe(true);
  });
});

describe("sheetRef", () => {
  it.each([
    ["2021_S08_20", "'2021_S08_20'!A1"],
    ["Indice schede", "'Indice schede'!A1"],
    ["l'anno", "'l''anno'!A1"],
  ])("quotes %s", (name, expected) => {
    expect(sheetRef(name)).toBe(expected);
  });
});
