import { modelAtMonth } from "../../../src/core/rilevazione/at-month";
import type { Rilevazione } from "../../../src/core/model/types";
import { fase, indicatore, iso, model, month, obiettivo } from "../../fixtures/model";

function log(
  periodo: string,
  elemento: "Fase" | "Indicatore",
  campo: string,
  valorePrecedente: Rilevazione["valorePrecedente"],
  valoreNuovo: Rilevazione["valoreNuovo"],
  timestamp = `${periodo}-28T10:00:00`,
): Rilevazione {
  return {
    periodo: month(periodo),
    obiettivo: "A",
    elemento,
    numero: 1,
    campo,
    valorePrecedente,
    valoreNuovo,
    nota: "",
    utente: "rossi",
    timestamp,
  };
}

const base = model({
  obiettivi: [obiettivo("A")],
  fasi: [fase("A", 1, { avanzamento: 80, fineEffettiva: iso("2021-09-15") })],
  indicatori: [indicatore("A", 1, { valoreRaggiunto: 9, valoreAtteso: 12 })],
  rilevazioni: [
    log("2021-03", "Fase", "avanzamento", null, 20),
    log("2021-06", "Fase", "avanzamento", 20, 50),
    log("2021-09", "Fase", "Avanzamento", 50, 80),
    log("2021-09", "Fase", "fineEffettiva", null, "2021-09-15"),
    log("2021-07", "Indicatore", "valoreRaggiunto", 4, "9"),
    log("2021-08", "Indicatore", "valoreAtteso", 10, 12),
  ],
});

describe("modelAtMonth", () => {
  it("takes each logged field back to its last value up to the month", () => {
    const at = modelAtMonth(base, month("2021-06"));
    expect(at.fasi[0].avanzamento).toBe(50);
    expect(at.fasi[0].fineEffettiva).toBeNull();
    expect(at.impostazioni.periodoRiferimento).toBe("2021-06");
  });

  it("uses the value a later change replaced when nothing was logged before", () => {
    const at = modelAtMonth(base, month("2021-06"));
    expect(at.indicatori[0].valoreRaggiunto).toBe(4);
    expect(at.indicatori[0].valoreAtteso).toBe(10);
    expect(modelAtMonth(base, month("2021-01")).fasi[0].avanzamento).toBeNull();
  });

  it("leaves the fields with no later log row as the cells hold them", () => {
    const at = modelAtMonth(base, month("2021-09"));
    expect(at.fasi[0]).toEqual(base.fasi[0]);
    expect(at.indicatori[0]).toEqual(base.indicatori[0]);
  });

  it("orders rows of the same month by time, not by their place in the table", () => {
    const m = {
      ...base,
      rilevazioni: [
        log("2021-05", "Fase", "avanzamento", 30, 40, "2021-05-20T10:00:00"),
        log("2021-05", "Fase", "avanzamento", 20, 30, "2021-05-10T10:00:00"),
        log("2021-09", "Fase", "avanzamento", 40, 80),
      ],
    };
    expect(modelAtMonth(m, month("2021-05")).fasi[0].avanzamento).toBe(40);
  });

  it("does not change the model it is given", () => {
    const before = JSON.stringify(base);
    modelAtMonth(base, month("2021-03"));
    expect(JSON.stringify(base)).toBe(before);
  });
});
