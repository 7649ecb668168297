import type { Problem } from "../../../src/core/verifica/problem";
import { onePerCell, plainMessage } from "../../../src/taskpane/views/verifica/plain";

const base: Problem = {
  severity: "error",
  rule: "fasi.peso.mancante",
  message: "Fasi!H27 (Peso): manca il peso della fase 1. Scrivere un numero da 0 a 100.",
  sheet: "Fasi",
  row: 27,
  column: "Peso",
  cell: "Fasi!H27",
  objective: "2021_S08_05",
};

describe("Verifica in plain words", () => {
  test("the message starts with what is wrong, not with the cell", () => {
    expect(plainMessage(base)).toBe("Manca il peso della fase 1. Scrivere un numero da 0 a 100.");
  });

  test("a whole row: the sheet and row go too", () => {
    const p = {
      ...base,
      cell: null,
      column: null,
      row: 12,
      message: "Fasi, riga 12: la fase è doppia.",
    };
    expect(plainMessage(p)).toBe("La fase è doppia.");
  });

  test("a message without a place is left as it is", () => {
    const p = { ...base, cell: null, sheet: null, row: null, message: "Manca il foglio «Fasi»." };
    expect(plainMessage(p)).toBe("Manca il foglio «Fasi».");
  });

  test("one entry per cell: the error leads, the warning follows it with its fix", () => {
    const fix = { value: 30.5, label: "Scrivi 30,5" };
    const warning = { ...base, severity: "warning" as const, rule: "fasi.peso.testo", fix };
    const other = { ...warning, cell: "Fasi!H28" };
    const general = { ...warning, cell: null };
    expect(onePerCell([warning, base, other, general])).toEqual([
      { ...base, fix, also: [warning] },
      { ...other, also: [] },
      { ...general, also: [] },
    ]);
  });
});
