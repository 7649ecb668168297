/**
 * The upsert plan (the seam of `importa --in`): added records, updated fields with before
 * and after, conflicts, the log of the changes; nothing deleted.
 */
import { parseSchedaReport } from "../../../src/core/import/report/parse";
import type { ImportedPeg } from "../../../src/core/import/types";
import { addedKeys, planUpsert, upsertedModel } from "../../../src/core/import/upsert";
import { emptyModel } from "../../../src/core/model/defaults";
import type { Month, PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { REPORT_LINES } from "../sample/report";

const OPTIONS = { utente: "prova", timestamp: "2021-05-02T10:00:00", source: "report.txt" };
const SAMPLE = parseSchedaReport(REPORT_LINES.join("\n"));

function incoming(model: ImportedPeg, settings = SAMPLE.settings) {
  return { model, settings };
}

test("in una cartella vuota si aggiunge tutto, senza modifiche né conflitti", () => {
  const blank = { ...emptyModel(), impostazioni: SAMPLE.model.impostazioni };
  const plan = planUpsert(blank, SAMPLE, OPTIONS);
  expect(plan.added.obiettivi).toHaveLength(31);
  expect(plan.added.fasi).toHaveLength(55);
  expect(plan.added.indicatori).toHaveLength(61);
  expect(plan.added.soggetti).toHaveLength(21);
  expect(plan.updated).toEqual([]);
  expect(plan.conflicts).toEqual([]);
  expect(addedKeys(plan).slice(0, 2)).toEqual([
    { table: "obiettivi", key: "2021_S08_20" },
    { table: "obiettivi", key: "2021_S08_21" },
  ]);
});

test("la stessa importazione di nuovo: niente da fare", () => {
  const plan = planUpsert(samplePeg(), SAMPLE, OPTIONS);
  expect(plan.added).toEqual({
    obiettivi: [],
    fasi: [],
    indicatori: [],
    soggetti: [],
    rilevazioni: [],
  });
  expect(plan.updated).toEqual([]);
  expect(plan.log).toEqual([]);
});

describe("una cartella già in uso", () => {
  const existing: PegModel = samplePeg();
  // what the users did in the workbook after the first import
  existing.fasi[0].avanzamento = 40;
  existing.indicatori[0].valoreAtteso = 2;
  existing.indicatori[1].descrizione = "Un altro indicatore";
  existing.obiettivi.pop();
  existing.impostazioni.periodoRiferimento = "2021-03" as Month;
  const plan = planUpsert(existing, SAMPLE, OPTIONS);

  test("aggiunto quello che manca", () => {
    expect(addedKeys(plan)).toEqual([{ table: "obiettivi", key: "2021_S08_00" }]);
  });

  test("campi cambiati: prima e dopo, e una riga di registro ciascuno", () => {
    expect(plan.updated).toEqual([
      { table: "indicatori", key: "2021_S08_20 / 1", field: "Valore atteso", before: 2, after: 1 },
      {
        table: "impostazioni",
        key: "periodoRiferimento",
        field: "periodoRiferimento",
        before: "2021-03",
        after: "2021-04",
      },
    ]);
    expect(plan.log).toEqual([
      {
        periodo: "2021-04",
        obiettivo: "2021_S08_20",
        elemento: "Indicatore",
        numero: 1,
        campo: "valoreAtteso",
        valorePrecedente: 2,
        valoreNuovo: 1,
        nota: "Importazione da report.txt",
        utente: "prova",
        timestamp: "2021-05-02T10:00:00",
      },
    ]);
  });

  test("la cartella dopo l'importazione: campi cambiati, record aggiunti, impostazioni", () => {
    const after = upsertedModel(existing, SAMPLE, plan);
    expect(after.indicatori[0]).toEqual({ ...existing.indicatori[0], valoreAtteso: 1 });
    // the conflicting indicator and what the import leaves empty stay as they were
    expect(after.indicatori[1]).toBe(existing.indicatori[1]);
    expect(after.fasi[0].avanzamento).toBe(40);
    expect(after.obiettivi.map((o) => o.codice)).toEqual([
      ...existing.obiettivi.map((o) => o.codice),
      "2021_S08_00",
    ]);
    expect(after.impostazioni.periodoRiferimento).toBe("2021-04");
    expect(after.rilevazioni).toEqual([...existing.rilevazioni, ...plan.log]);
  });

  test("un valore vuoto nell'importazione non cancella quello della cartella", () => {
    expect(plan.updated.some((u) => u.field === "Avanzamento %")).toBe(false);
  });

  test("stesso numero con un'altra descrizione: conflitto, la riga non si tocca", () => {
    expect(plan.conflicts).toHaveLength(1);
    const [conflict] = plan.conflicts;
    expect([conflict.table, conflict.key, conflict.existing]).toEqual([
      "indicatori",
      "2021_S08_21 / 1",
      "Un altro indicatore",
    ]);
    expect(conflict.incoming).toMatch(/^Assegnare il 100% degli alloggi/);
    expect(conflict.reason).toContain("la riga della cartella non è stata toccata");
  });
});

test("il registro dell'importazione si aggiunge senza doppioni", () => {
  const log = {
    periodo: "2024-03" as Month,
    obiettivo: "OB1",
    elemento: "Indicatore" as const,
    numero: 1,
    campo: "valoreRaggiunto",
    valorePrecedente: null,
    valoreNuovo: 3,
    nota: "",
    utente: "a",
    timestamp: "2024-04-01T10:00:00",
  };
  const model = { ...emptyModel(), rilevazioni: [log, { ...log, periodo: "2024-06" as Month }] };
  const existing = {
    ...emptyModel(),
    rilevazioni: [{ ...log, utente: "b", timestamp: "2024-05-01T08:00:00" }],
  };
  const plan = planUpsert(existing, incoming(model, []), OPTIONS);
  expect(plan.added.rilevazioni.map((r) => r.periodo)).toEqual(["2024-06"]);
});
