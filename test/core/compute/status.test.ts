/** Status bands (docs/formule.md §5): gap = atteso − avanzamento, bands from Impostazioni. */
import { objectiveStatus } from "../../../src/core/compute/status";
import type { Esito } from "../../../src/core/compute/types";

const bands = { tolleranzaRitardo: 10, sogliaCritico: 25 };

test.each<[string, number | null, number | null, number | null, Esito]>([
  ["tutte le fasi al 100%", 100, null, 60, "concluso"],
  ["somma in virgola mobile appena sotto 100", 99.99999999999999, 40, 100, "concluso"],
  ["nulla rilevato", null, null, 50, "non misurato"],
  ["in anticipo", 60, null, 50, "in linea"],
  ["ritardo di 10 punti (= tolleranza)", 40, null, 50, "in linea"],
  ["ritardo di 10,5 punti", 39.5, null, 50, "in ritardo"],
  ["ritardo di 25 punti (= soglia critica)", 25, null, 50, "in ritardo"],
  ["ritardo di 30 punti", 20, null, 50, "critico"],
  ["solo indicatori: 20 contro 50 atteso", null, 20, 50, "critico"],
  ["date previste mancanti", 10, null, null, "in linea"],
])("%s → %s", (_label, phaseProgress, indicatorAchievement, expectedProgress, status) => {
  const out = objectiveStatus({ phaseProgress, indicatorAchievement, expectedProgress }, bands);
  expect(out.status).toBe(status);
  expect(out.note.length).toBeGreaterThan(0);
});

test("soglia critica sotto la tolleranza: oltre la tolleranza è subito critico", () => {
  const out = objectiveStatus(
    { phaseProgress: 30, indicatorAchievement: null, expectedProgress: 50 },
    { tolleranzaRitardo: 10, sogliaCritico: 5 },
  );
  expect(out.status).toBe("critico");
});

test.each<[string, number, RegExp]>([
  ["in anticipo di 0,6 punti", 33.5, /anticipo.*0,6 punti/],
  ["in ritardo di 10,3 punti", 15, /Ritardo.*10,3 punti/],
])("la nota dice di quanto: %s", (_label, phaseProgress, note) => {
  const out = objectiveStatus(
    {
      phaseProgress,
      indicatorAchievement: null,
      expectedProgress: phaseProgress === 15 ? 25.3 : 32.9,
    },
    bands,
  );
  expect(out.note).toMatch(note);
});

test.each<[string | null, number | null, Esito]>([
  ["Annullato", 10, "annullato"],
  ["annullato", 100, "annullato"],
  [" Sospeso ", 5, "sospeso"],
  ["Sospeso", null, "sospeso"],
  ["In Corso", 5, "critico"],
  [null, 5, "critico"],
])(
  "lo stato dichiarato «%s» decide prima del ritardo (avanzamento %s) → %s",
  (stato, phaseProgress, status) => {
    const out = objectiveStatus(
      { stato, phaseProgress, indicatorAchievement: null, expectedProgress: 60 },
      bands,
    );
    expect(out.status).toBe(status);
    if (status === "sospeso" || status === "annullato") expect(out.note).toMatch(/^Obiettivo /);
  },
);
