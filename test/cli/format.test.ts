import { formatPercent, formatPercentIt, summary } from "../../src/cli/format";

describe("verifica's closing line", () => {
  it.each([
    [0, 0, "Nessun errore."],
    [0, 1, "Nessun errore, 1 avviso."],
    [0, 2, "Nessun errore, 2 avvisi."],
    [1, 0, "Trovato 1 errore: correggere le celle indicate e ripetere la verifica."],
    [1, 2, "Trovato 1 errore e 2 avvisi: correggere le celle indicate e ripetere la verifica."],
    [2, 1, "Trovati 2 errori e 1 avviso: correggere le celle indicate e ripetere la verifica."],
    [1234, 0, "Trovati 1.234 errori: correggere le celle indicate e ripetere la verifica."],
  ])("%i errors and %i warnings -> %s", (errors, warnings, expected) => {
    expect(summary(errors, warnings)).toBe(expected);
  });
});

describe("verifica's closing line in English", () => {
  it.each([
    [0, 0, "No errors."],
    [0, 1, "No errors, 1 warning."],
    [1, 0, "Found 1 error: fix the cells shown and run the check again."],
    [2, 1, "Found 2 errors and 1 warning: fix the cells shown and run the check again."],
    [1234, 2, "Found 1,234 errors and 2 warnings: fix the cells shown and run the check again."],
  ])("%i errors and %i warnings -> %s", (errors, warnings, expected) => {
    expect(summary(errors, warnings, "en")).toBe(expected);
  });
});

describe("percentages in the results table", () => {
  it.each([
    [85.5, "85,5 %"],
    [100, "100 %"],
    [33.333, "33,3 %"],
    [null, "—"],
  ])("%p -> %s", (v, expected) => {
    expect(formatPercentIt(v)).toBe(expected);
  });
});

describe("percentages in the English results table", () => {
  it.each([
    [85.5, "85.5 %"],
    [1234.5, "1,234.5 %"],
    [null, "—"],
  ])("%p -> %s", (v, expected) => {
    expect(formatPercent(v, "en")).toBe(expected);
  });
});
