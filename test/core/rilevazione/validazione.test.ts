/** The Nucleo's validation: what is written and logged, and the lock once validated. */
import type { IsoDate, Obiettivo } from "../../../src/core/model/types";
import {
  NOTA_PRIMA_VALIDAZIONE,
  planValidazione,
  type ValidazioneRequest,
} from "../../../src/core/rilevazione/validazione";
import { impostazioni, model, month, obiettivo } from "../../fixtures/model";

// 15 March 2022, 10:30:00 local time
const NOW = new Date(2022, 2, 15, 10, 30, 0);
const OB = "2021_S08_12";

function plan(over: Partial<Obiettivo>, request: Partial<ValidazioneRequest>) {
  const m = model({
    impostazioni: impostazioni({
      periodoRiferimento: month("2021-12"),
      periodiChiusi: [month("2021-12")],
    }),
    obiettivi: [obiettivo(OB, over)],
  });
  return planValidazione(
    m,
    {
      obiettivo: OB,
      valore: 85,
      nota: null,
      data: null,
      motivazione: "",
      utente: "Nucleo",
      ...request,
    },
    NOW,
  );
}

const validated = {
  raggiungimentoValidato: 85,
  notaNucleo: "Conforme",
  dataValidazione: "2022-03-01" as IsoDate,
};

describe("planValidazione", () => {
  it("validates an objective: value, note and today's date, one log row each", () => {
    const p = plan({}, { nota: "  Conforme " });
    expect(p.kind).toBe("write");
    if (p.kind !== "write") return;
    expect(p.values).toEqual({
      raggiungimentoValidato: 85,
      notaNucleo: "Conforme",
      dataValidazione: "2022-03-15",
    });
    expect(p.logRows).toEqual(
      [
        ["raggiungimentoValidato", null, 85],
        ["notaNucleo", null, "Conforme"],
        ["dataValidazione", null, "2022-03-15"],
      ].map(([campo, valorePrecedente, valoreNuovo]) => ({
        // the reference month, even closed: the Nucleo judges after the monitoring
        periodo: "2021-12",
        obiettivo: OB,
        elemento: "Obiettivo",
        numero: null,
        campo,
        valorePrecedente,
        valoreNuovo,
        nota: NOTA_PRIMA_VALIDAZIONE,
        utente: "Nucleo",
        timestamp: "2022-03-15T10:30:00",
      })),
    );
  });

  it("logs only what a first validation fills: no note, a given date", () => {
    const p = plan({}, { data: "2022-02-28" as IsoDate });
    expect(p.kind === "write" && p.logRows.map((r) => [r.campo, r.valoreNuovo])).toEqual([
      ["raggiungimentoValidato", 85],
      ["dataValidazione", "2022-02-28"],
    ]);
  });

  it("refuses to change a validated objective without a motivazione", () => {
    const p = plan(validated, { valore: 90 });
    expect(p).toEqual({
      kind: "refused",
      reasons: [
        `L'obiettivo ${OB} è già stato validato dal Nucleo (85% il 01/03/2022): per cambiare ` +
          "la validazione scrivi la motivazione, che resta nel registro Rilevazioni.",
      ],
    });
    // the note alone is part of the validation too
    expect(plan(validated, { nota: "Altro" }).kind).toBe("refused");
  });

  it("changes it with a motivazione, logged with the previous values", () => {
    const p = plan(validated, { valore: 90, motivazione: "Documentazione integrata" });
    expect(p.kind).toBe("write");
    if (p.kind !== "write") return;
    // the note stays; the date becomes today's
    expect(p.values).toEqual({ raggiungimentoValidato: 90, dataValidazione: "2022-03-15" });
    expect(p.logRows.map((r) => [r.campo, r.valorePrecedente, r.valoreNuovo, r.nota])).toEqual([
      ["raggiungimentoValidato", 85, 90, "Documentazione integrata"],
      ["dataValidazione", "2022-03-01", "2022-03-15", "Documentazione integrata"],
    ]);
  });

  it("writes nothing when the validation is already so", () => {
    expect(plan(validated, {}).kind).toBe("unchanged");
    expect(plan(validated, { nota: "Conforme", data: "2022-03-01" as IsoDate }).kind).toBe(
      "unchanged",
    );
  });

  it("refuses an unknown objective, a value outside 0–100 and a missing user", () => {
    expect(plan({}, { obiettivo: "X" })).toEqual({
      kind: "refused",
      reasons: ["L'obiettivo «X» non esiste nel foglio Obiettivi."],
    });
    for (const valore of [-1, 100.5, Number.NaN]) expect(plan({}, { valore }).kind).toBe("refused");
    expect(plan({}, { valore: 0 }).kind).toBe("write");
    expect(plan({}, { valore: 100 }).kind).toBe("write");
    expect(plan({}, { utente: " " })).toEqual({
      kind: "refused",
      reasons: ["Indica il nome di chi registra la validazione."],
    });
  });
});
