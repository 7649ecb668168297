/** The Cruscotto's «Attenzione»: not logged this month, phases due below 100%, behind schedule. */
import { attentionOf, DUE_WITHIN_DAYS } from "../../../src/core/compute/attention";
import { computeAll } from "../../../src/core/compute";
import type { Rilevazione } from "../../../src/core/model/types";
import { fase, impostazioni, iso, model, month, obiettivo } from "../../fixtures/model";

const logged = (codice: string, periodo: string): Rilevazione => ({
  periodo: month(periodo),
  obiettivo: codice,
  elemento: "Fase",
  numero: 1,
  campo: "avanzamento",
  valorePrecedente: null,
  valoreNuovo: 50,
  nota: "",
  utente: "rossi",
  timestamp: `${periodo}-20T10:00:00`,
});

// reference date 2021-04-30
const settings = impostazioni({ periodoRiferimento: month("2021-04") });

function attention(over: Parameters<typeof model>[0]) {
  const m = model({ impostazioni: settings, ...over });
  return attentionOf(m, computeAll(m));
}

describe("attentionOf", () => {
  test("objectives with no rilevazione in the reference month, but not the closed ones", () => {
    const a = attention({
      obiettivi: [
        obiettivo("A"),
        obiettivo("B"),
        obiettivo("C", { stato: "Concluso" }),
        obiettivo("D", { stato: "Sospeso" }),
        obiettivo("E", { stato: "Annullato" }),
        obiettivo("F", { stato: null }),
      ],
      rilevazioni: [logged("A", "2021-04"), logged("B", "2021-03")],
    });
    expect(a.notLogged).toEqual(["B", "F"]);
  });

  test(`phases ending within ${DUE_WITHIN_DAYS} days of the reference date, below 100%, by end`, () => {
    const ending = (numero: number, fine: string, avanzamento: number | null) =>
      fase("A", numero, { finePrevista: iso(fine), avanzamento });
    const a = attention({
      obiettivi: [obiettivo("A")],
      fasi: [
        ending(1, "2021-05-30", 10), // 30 days after: due
        ending(2, "2021-05-31", 10), // 31 days after: not yet
        ending(3, "2021-03-31", null), // 30 days before, never measured: due
        ending(4, "2021-04-15", 100), // done
        ending(5, "2021-04-20", 99.5), // almost done: due
      ],
    });
    expect(a.phasesDue.map((f) => f.numero)).toEqual([3, 5, 1]);
  });

  test("no reference date (a month that is not one): no phase is due", () => {
    const m = model({
      impostazioni: impostazioni({ periodoRiferimento: month("2021-13") }),
      obiettivi: [obiettivo("A")],
      fasi: [fase("A", 1, { finePrevista: iso("2021-04-30"), avanzamento: 0 })],
    });
    expect(attentionOf(m, computeAll(m)).phasesDue).toEqual([]);
  });

  test("objectives behind schedule, critical first, with the reason of their status", () => {
    const m = model({ impostazioni: settings, obiettivi: [obiettivo("A"), obiettivo("B")] });
    const result = computeAll(m);
    const objectives = [
      { ...result.objectives[0], codice: "A", status: "in ritardo" as const, statusNote: "poco" },
      { ...result.objectives[0], codice: "B", status: "critico" as const, statusNote: "molto" },
      { ...result.objectives[0], codice: "C", status: "in linea" as const },
    ];
    expect(attentionOf(m, { ...result, objectives }).behind).toEqual([
      { codice: "B", esito: "critico", note: "molto" },
      { codice: "A", esito: "in ritardo", note: "poco" },
    ]);
  });
});
