import type { Month, Rilevazione } from "../../../src/core/model/types";
import { type Language } from "../../../src/taskpane/i18n";
import { messagesFor } from "../messages";
import { historyLine } from "../../../src/taskpane/views/rilevazione/history-text";

function row(r: Partial<Rilevazione>): Rilevazione {
  return {
    periodo: "2021-04" as Month,
    obiettivo: "2021_S08_20",
    elemento: "Indicatore",
    numero: 1,
    campo: "valoreRaggiunto",
    valorePrecedente: null,
    valoreNuovo: null,
    nota: "",
    utente: "Maria Rossi",
    timestamp: "2021-04-30T10:15:00",
    ...r,
  };
}

describe("historyLine", () => {
  test.each<{ language: Language; r: Partial<Rilevazione>; expected: string }>([
    {
      language: "it",
      r: { valoreNuovo: 3500.5 },
      expected: "Indicatore 1, Valore raggiunto: (vuoto) → 3.500,5",
    },
    {
      language: "it",
      r: { elemento: "Fase", campo: "avanzamento", valorePrecedente: 40, valoreNuovo: 50 },
      expected: "Fase 1, Avanzamento (%): 40 → 50",
    },
    {
      language: "it",
      r: { elemento: "Fase", numero: 2, campo: "fineEffettiva", valoreNuovo: "2021-12-31" },
      expected: "Fase 2, Fine effettiva: (vuoto) → 31/12/2021",
    },
    {
      // a field the rilevazione form does not edit: the column header of the schema
      language: "it",
      r: { elemento: "Fase", campo: "peso", valorePrecedente: 30, valoreNuovo: "" },
      expected: "Fase 1, Peso: 30 → (vuoto)",
    },
    {
      language: "it",
      r: { campo: "valoreAtteso", valorePrecedente: 1234567.25, valoreNuovo: 0.5 },
      expected: "Indicatore 1, Valore atteso: 1.234.567,25 → 0,5",
    },
    {
      language: "en",
      r: { valorePrecedente: 1200, valoreNuovo: 3500.5 },
      expected: "Indicator 1, Value reached: 1,200 → 3,500.5",
    },
  ])("$expected", ({ language, r, expected }) => {
    expect(historyLine(row(r), messagesFor(language))).toBe(expected);
  });
});
