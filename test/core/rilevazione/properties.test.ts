/** Properties of the rilevazione rules for any entered value, checked with fast-check. */
import fc from "fast-check";
import { checkRilevazione } from "../../../src/core/rilevazione/rules";
import type { RilevazioneEdit } from "../../../src/core/rilevazione/types";
import { fase, indicatore, model, month, obiettivo } from "../../fixtures/model";

const NOW = new Date(2021, 4, 14, 9, 0, 0);
const m = model({
  obiettivi: [obiettivo("A")],
  fasi: [fase("A", 1, { peso: 100, avanzamento: null })],
  indicatori: [indicatore("A", 1, { cumulativo: true, valoreRaggiunto: 50 })],
});
const check = (edit: RilevazioneEdit) =>
  checkRilevazione(
    m,
    { periodo: month("2021-04"), obiettivo: "A", utente: "rossi", edits: [edit] },
    NOW,
  );

test("avanzamento: accettato e registrato se e solo se è un numero da 0 a 100", () => {
  const value = fc.oneof(fc.double(), fc.integer({ min: -50, max: 150 }));
  fc.assert(
    fc.property(value, (v) => {
      const r = check({
        elemento: "Fase",
        numero: 1,
        campo: "avanzamento",
        previous: null,
        value: v,
      });
      const valid = Number.isFinite(v) && v >= 0 && v <= 100;
      expect(r.refusals.length === 0).toBe(valid);
      expect(r.logRows.length).toBe(valid ? 1 : 0);
    }),
  );
});

test("indicatore cumulativo: rifiutato se e solo se scende sotto il valore attuale", () => {
  fc.assert(
    fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => {
      const r = check({
        elemento: "Indicatore",
        numero: 1,
        campo: "valoreRaggiunto",
        previous: 50,
        value: v,
      });
      expect(r.refusals.length > 0).toBe(v < 50);
    }),
  );
});

test("il controllo non modifica mai il modello", () => {
  const before = JSON.stringify(m);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100 }), (v) => {
      check({ elemento: "Fase", numero: 1, campo: "avanzamento", previous: null, value: v });
      expect(JSON.stringify(m)).toBe(before);
    }),
  );
});
