/** Closing and reopening a month (docs/formule.md §7). */
import { closeMonth, reopenMonth } from "../../../src/core/rilevazione/rules";
import { impostazioni, model, month } from "../../fixtures/model";

const NOW = new Date(2021, 4, 3, 17, 30, 0);
const m = model({
  impostazioni: impostazioni({ periodiChiusi: [month("2021-01"), month("2021-03")] }),
});

test("chiudere un mese: elenco ordinato e riga di registro", () => {
  const r = closeMonth(m, month("2021-02"), "rossi", NOW);
  expect(r).toEqual({
    kind: "ok",
    periodiChiusi: ["2021-01", "2021-02", "2021-03"],
    logRow: {
      periodo: "2021-02",
      obiettivo: "",
      elemento: "Periodo",
      numero: null,
      campo: "stato",
      valorePrecedente: "aperto",
      valoreNuovo: "chiuso",
      nota: "",
      utente: "rossi",
      timestamp: "2021-05-03T17:30:00",
    },
  });
});

test("riaprire un mese con motivazione: la motivazione resta nel registro", () => {
  const r = reopenMonth(m, month("2021-03"), "Correzione dato indicatore 2", "rossi", NOW);
  expect(r).toMatchObject({
    kind: "ok",
    periodiChiusi: ["2021-01"],
    logRow: {
      valorePrecedente: "chiuso",
      valoreNuovo: "aperto",
      nota: "Correzione dato indicatore 2",
    },
  });
});

test.each([
  [
    "chiudere un mese già chiuso",
    () => closeMonth(m, month("2021-01"), "rossi", NOW),
    /già chiuso/,
  ],
  [
    "chiudere un mese non valido",
    () => closeMonth(m, month("2021-1"), "rossi", NOW),
    /non è valido/,
  ],
  ["chiudere senza utente", () => closeMonth(m, month("2021-02"), "", NOW), /nome utente/],
  [
    "riaprire senza motivazione",
    () => reopenMonth(m, month("2021-03"), " ", "rossi", NOW),
    /motivazione/,
  ],
  [
    "riaprire un mese aperto",
    () => reopenMonth(m, month("2021-02"), "x", "rossi", NOW),
    /non è chiuso/,
  ],
])("%s → rifiutato", (_label, run, message) => {
  const r = run();
  expect(r.kind).toBe("refused");
  if (r.kind === "refused") expect(r.reason).toMatch(message);
});

test("il modello non viene modificato", () => {
  closeMonth(m, month("2021-02"), "rossi", NOW);
  expect(m.impostazioni.periodiChiusi).toEqual(["2021-01", "2021-03"]);
});
