/** The verifica of the Nucleo's validation: complete, dated, in range and as logged. */
import { checkModel } from "../../../src/core/verifica";
import type { IsoDate, Obiettivo, Rilevazione } from "../../../src/core/model/types";
import { cleanModel, month, obiettivo } from "../../fixtures/model";

const d = (s: string) => s as IsoDate;

function problems(over: Partial<Obiettivo>, rilevazioni: Rilevazione[] = []) {
  const m = cleanModel({ obiettivi: [obiettivo("OB1", over)], rilevazioni });
  return checkModel(m).map(({ rule, severity, cell }) => ({ rule, severity, cell }));
}

function logged(valoreNuovo: number | null, timestamp: string): Rilevazione {
  return {
    periodo: month("2021-12"),
    obiettivo: "OB1",
    elemento: "Obiettivo",
    numero: null,
    campo: "raggiungimentoValidato",
    valorePrecedente: null,
    valoreNuovo,
    nota: "",
    utente: "nucleo",
    timestamp,
  };
}

describe("verifica: the Nucleo's validation", () => {
  it("finds nothing in a complete validation, nor in an objective not validated", () => {
    expect(problems({ raggiungimentoValidato: 85, dataValidazione: d("2022-03-15") })).toEqual([]);
    expect(problems({})).toEqual([]);
  });

  it("asks for the date of a validated value", () => {
    expect(problems({ raggiungimentoValidato: 85 })).toEqual([
      { rule: "obiettivi.dataValidazione.mancante", severity: "error", cell: "Obiettivi!Z2" },
    ]);
  });

  it("warns of a date or a note without the validated value", () => {
    const senza = {
      rule: "obiettivi.validazione.senza-valore",
      severity: "warning",
      cell: "Obiettivi!X2",
    };
    expect(problems({ dataValidazione: d("2022-03-15") })).toEqual([senza]);
    expect(problems({ notaNucleo: "Da rivedere" })).toEqual([senza]);
  });

  it("holds the value within 0–100, from the schema", () => {
    expect(problems({ raggiungimentoValidato: 120, dataValidazione: d("2022-03-15") })).toEqual([
      {
        rule: "obiettivi.raggiungimentoValidato.fuori-intervallo",
        severity: "error",
        cell: "Obiettivi!X2",
      },
    ]);
  });

  it("warns of a validation dated before the plan year", () => {
    expect(problems({ raggiungimentoValidato: 85, dataValidazione: d("2020-12-31") })).toEqual([
      {
        rule: "obiettivi.dataValidazione.prima-del-piano",
        severity: "warning",
        cell: "Obiettivi!Z2",
      },
    ]);
  });

  it("warns when the value is not the one last logged: changed without a motivazione", () => {
    const validated = { raggiungimentoValidato: 85, dataValidazione: d("2022-03-15") };
    const log = [logged(70, "2022-03-01T10:00:00"), logged(85, "2022-03-15T10:00:00")];
    expect(problems(validated, log)).toEqual([]);
    expect(problems(validated, [...log, logged(90, "2022-03-20T10:00:00")])).toEqual([
      {
        rule: "obiettivi.raggiungimentoValidato.non-registrato",
        severity: "warning",
        cell: "Obiettivi!X2",
      },
    ]);
    // emptied in the cell after it was logged
    expect(problems({}, log)).toEqual([
      {
        rule: "obiettivi.raggiungimentoValidato.non-registrato",
        severity: "warning",
        cell: "Obiettivi!X2",
      },
    ]);
  });
});
