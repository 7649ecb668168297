import { parseCell } from "../../../src/core/parse/cells";
import type { CellValue } from "../../../src/core/schema/raw";
import {
  FASI,
  INDICATORI,
  OBIETTIVI,
  RILEVAZIONI,
  columnIndex,
} from "../../../src/core/schema/tables";
import type { TableDef } from "../../../src/core/schema/types";

type Case = [string, TableDef, string, CellValue, unknown, ("error" | "warning" | null)?, unknown?];

function check([, def, key, cell, value, severity = null, fixValue]: Case): void {
  const out = parseCell(def.columns[columnIndex(def, key)], cell);
  expect(out.value).toEqual(value);
  expect(out.issue?.severity ?? null).toBe(severity);
  if (fixValue !== undefined) expect(out.issue?.fix?.value).toEqual(fixValue);
}

describe("parseCell", () => {
  it.each<Case>([
    ["number", FASI, "peso", 33, 33],
    ["empty number", FASI, "peso", "", null],
    ["null number", FASI, "peso", null, null],
    ["blank text number", FASI, "peso", "   ", null],
    ["italian text number", FASI, "peso", "3.500,00", 3500, "warning", 3500],
    ["percent text", FASI, "avanzamento", "90%", 90, "warning", 90],
    ["word in number", FASI, "peso", "trenta", null, "error"],
    ["boolean in number", FASI, "peso", true, null, "error"],
    ["excel error in number", FASI, "peso", "#DIV/0!", null, "error"],
    ["spill error", FASI, "peso", "#SPILL!", null, "error"],
    ["getting data", FASI, "peso", "#GETTING_DATA", null, "error"],
    ["integer", FASI, "numero", 2, 2],
    ["fractional integer", FASI, "numero", 1.5, null, "error"],
    ["integer as text", FASI, "numero", "2", 2, "warning", 2],
    ["date serial", FASI, "inizioPrevista", 44197, "2021-01-01"],
    ["date serial with time", FASI, "inizioPrevista", 44197.5, "2021-01-01"],
    ["date text", FASI, "finePrevista", "31/12/2021", "2021-12-31", "warning", 44561],
    ["impossible date text", FASI, "finePrevista", "31/02/2021", null, "error"],
    ["fake leap day", FASI, "finePrevista", 60, null, "error"],
    ["negative serial", FASI, "finePrevista", -1, null, "error"],
    ["text kept and trimmed", FASI, "note", "  nota  ", "nota"],
    ["formula-like text kept", FASI, "note", "=A1", "=A1"],
    ["number in text column", OBIETTIVI, "codice", 2021, "2021"],
    ["error in text column kept", FASI, "note", "#N/A", "#N/A", "error"],
    ["enum canonical", INDICATORI, "tipo", "EFFICACIA", "EFFICACIA"],
    ["enum other case", INDICATORI, "tipo", " efficacia ", "EFFICACIA"],
    ["enum accent for apostrophe", INDICATORI, "tipo", "Economicità", "ECONOMICITA'"],
    ["enum unknown", INDICATORI, "tipo", "efficace", null, "error"],
    ["enum number", INDICATORI, "unita", 3, null, "error"],
    ["stato case", OBIETTIVI, "stato", "in corso", "In Corso"],
    ["flag si", INDICATORI, "cumulativo", "si", true],
    ["flag sì", INDICATORI, "cumulativo", "Sì", true],
    ["flag NO", INDICATORI, "cumulativo", "NO", false],
    ["flag true", INDICATORI, "cumulativo", true, true],
    ["flag 1", INDICATORI, "cumulativo", 1, true],
    ["flag 0", INDICATORI, "cumulativo", 0, false],
    ["flag empty", INDICATORI, "cumulativo", "", false],
    ["flag unknown", INDICATORI, "cumulativo", "forse", false, "error"],
    ["month text", RILEVAZIONI, "periodo", "2021-04", "2021-04"],
    ["month as a date", RILEVAZIONI, "periodo", 44287, "2021-04", "warning", "2021-04"],
    ["month invalid", RILEVAZIONI, "periodo", "aprile", null, "error"],
    ["datetime", RILEVAZIONI, "timestamp", 44316.5, "2021-04-30T12:00:00"],
    [
      "datetime text",
      RILEVAZIONI,
      "timestamp",
      "30/04/2021 12:00",
      "2021-04-30T12:00:00",
      "warning",
    ],
    ["datetime invalid", RILEVAZIONI, "timestamp", "ieri", null, "error"],
  ])("%s", (...c) => check(c));

  it("says what to write, in Italian", () => {
    const out = parseCell(FASI.columns[columnIndex(FASI, "peso")], "trenta");
    expect(out.issue?.text).toBe("«trenta» non è un numero. Scrivere un numero da 0 a 100.");
    const it = parseCell(FASI.columns[columnIndex(FASI, "peso")], "3.500,00");
    expect(it.issue?.fix?.label).toBe("Scrivi 3.500");
  });
});

describe("parseCell with what the file says of the cell", () => {
  const col = (def: TableDef, key: string) => def.columns[columnIndex(def, key)];

  it.each<[string, TableDef, string, number, number]>([
    ["avanzamento typed as 14 %", FASI, "avanzamento", 0.14, 14],
    ["a fraction that would show float noise", FASI, "avanzamento", 0.145, 14.5],
    ["100 %", FASI, "peso", 1, 100],
    ["valore raggiunto of a percentage indicator", INDICATORI, "valoreRaggiunto", 0.855, 85.5],
  ])("%s is the percentage shown", (_name, def, key, stored, shown) => {
    expect(parseCell(col(def, key), stored, "percent")).toEqual({ value: shown });
  });

  it("reads a code Excel turned into a date as the date shown, with a warning and a fix", () => {
    const out = parseCell(col(OBIETTIVI, "codice"), 44317, "date");
    expect(out.value).toBe("01/05/2021");
    expect(out.issue).toMatchObject({ severity: "warning", kind: "data-testo" });
    expect(out.issue?.fix?.value).toBe("01/05/2021");
  });

  it("keeps a real date a date", () => {
    expect(parseCell(col(FASI, "finePrevista"), 44317, "date")).toEqual({ value: "2021-05-01" });
  });

  it.each<[string, TableDef, string]>([
    ["a weight", FASI, "peso"],
    ["a description", FASI, "descrizione"],
    ["a flag", INDICATORI, "cumulativo"],
  ])("%s whose formula was never calculated is an error, not a missing value", (_n, def, key) => {
    const out = parseCell(col(def, key), "", "uncalculated");
    expect(out.issue).toMatchObject({ severity: "error", kind: "formula-non-calcolata" });
    expect(out.issue?.text).toMatch(/formula mai calcolata.*salvarlo/);
  });
});
