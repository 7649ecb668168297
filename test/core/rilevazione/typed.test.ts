/** Values typed straight into the tables: changes, unlogged values and the rules on them. */
import type { PegModel, Rilevazione } from "../../../src/core/model/types";
import { checkTyped, typedChanges, unloggedChanges } from "../../../src/core/rilevazione/typed";
import { fase, impostazioni, indicatore, model, month, obiettivo } from "../../fixtures/model";

const NOW = new Date(2021, 4, 3, 17, 30, 0);

function logRow(over: Partial<Rilevazione>): Rilevazione {
  return {
    periodo: month("2021-03"),
    obiettivo: "A1",
    elemento: "Fase",
    numero: 1,
    campo: "avanzamento",
    valorePrecedente: null,
    valoreNuovo: 20,
    nota: "",
    utente: "bianchi",
    timestamp: "2021-03-31T10:00:00",
    ...over,
  };
}

function book(over: Partial<PegModel> = {}): PegModel {
  return model({
    obiettivi: [obiettivo("A1")],
    fasi: [
      { ...fase("A1", 1, { avanzamento: 20 }), origin: { row: 0 } },
      { ...fase("A1", 2, { avanzamento: 0 }), origin: { row: 1 } },
    ],
    indicatori: [
      {
        ...indicatore("A1", 1, { cumulativo: true, valoreRaggiunto: 50, valoreAtteso: 100 }),
        origin: { row: 0 },
      },
    ],
    ...over,
  });
}

function typed(m: PegModel, changes: Parameters<typeof fase>[2], numero = 1): PegModel {
  return {
    ...m,
    fasi: m.fasi.map((f) => (f.numero === numero ? { ...f, ...changes } : f)),
  };
}

test("typedChanges: only the rilevazione fields that changed, found by row", () => {
  const before = book();
  const after = typed(before, { avanzamento: 40, descrizione: "altra" });
  const cells = [
    { elemento: "Fase" as const, row: 0, campo: "avanzamento", value: 40 },
    { elemento: "Fase" as const, row: 0, campo: "descrizione", value: "altra" },
    { elemento: "Fase" as const, row: 1, campo: "avanzamento", value: 0 },
  ];
  expect(typedChanges(before, after, cells)).toEqual([
    {
      obiettivo: "A1",
      elemento: "Fase",
      numero: 1,
      campo: "avanzamento",
      before: 20,
      after: 40,
      row: 0,
    },
  ]);
});

test("typedChanges: text in a number column is kept, and the rules refuse it", () => {
  const before = book();
  const after = typed(before, { avanzamento: null });
  const changes = typedChanges(before, after, [
    { elemento: "Fase", row: 0, campo: "avanzamento", value: "tanto" },
  ]);
  expect(changes[0]).toMatchObject({ before: 20, after: "tanto" });
  const [outcome] = checkTyped(after, changes, "rossi", NOW);
  expect(outcome.kind).toBe("refused");
  expect(outcome.kind === "refused" && outcome.reason).toMatch(/numero da 0 a 100/);
});

test("checkTyped: an accepted value becomes a log row marked «foglio»", () => {
  const after = typed(book(), { avanzamento: 40 });
  const change = typedChanges(book(), after, [
    { elemento: "Fase", row: 0, campo: "avanzamento", value: 40 },
  ]);
  const [outcome] = checkTyped(after, change, "rossi", NOW);
  expect(outcome).toMatchObject({
    kind: "logged",
    logRow: {
      periodo: "2021-04",
      elemento: "Fase",
      numero: 1,
      campo: "avanzamento",
      valorePrecedente: 20,
      valoreNuovo: 40,
      utente: "rossi",
      origine: "foglio",
      timestamp: "2021-05-03T17:30:00",
    },
  });
});

test("checkTyped: closed month, decreasing cumulative value and target without reason are refused", () => {
  const closed = book({ impostazioni: impostazioni({ periodiChiusi: [month("2021-04")] }) });
  const phase = typed(closed, { avanzamento: 40 });
  const [a] = checkTyped(
    phase,
    typedChanges(closed, phase, [{ elemento: "Fase", row: 0, campo: "avanzamento", value: 40 }]),
    "rossi",
    NOW,
  );
  expect(a.kind === "refused" && a.reason).toMatch(/2021-04 è chiuso/);

  const base = book();
  const lower = { ...base, indicatori: [{ ...base.indicatori[0], valoreRaggiunto: 30 }] };
  const cells = [{ elemento: "Indicatore" as const, row: 0, campo: "valoreRaggiunto", value: 30 }];
  const [b] = checkTyped(lower, typedChanges(base, lower, cells), "rossi", NOW);
  expect(b.kind === "refused" && b.reason).toMatch(/cumulativo.*sotto 50 \(inserito 30\)/);

  const target = { ...base, indicatori: [{ ...base.indicatori[0], valoreAtteso: 120 }] };
  const atteso = [{ elemento: "Indicatore" as const, row: 0, campo: "valoreAtteso", value: 120 }];
  const [c] = checkTyped(target, typedChanges(base, target, atteso), "rossi", NOW);
  expect(c.kind === "refused" && c.reason).toMatch(/valore atteso.*motivazione/);
});

test("checkTyped: a value that is already the last logged one is left out", () => {
  const m = typed(book({ rilevazioni: [logRow({ valoreNuovo: 40 })] }), { avanzamento: 40 });
  const change = { ...unloggedChanges(book())[0], before: 20, after: 40 };
  expect(checkTyped(m, [change], "rossi", NOW)).toEqual([]);
});

test("unloggedChanges: values that differ from the last logged, and monthly values never logged", () => {
  const m = book({
    rilevazioni: [
      logRow({ valoreNuovo: 10, timestamp: "2021-02-28T10:00:00" }),
      logRow({ valoreNuovo: "20", timestamp: "2021-03-31T10:00:00" }),
      logRow({ numero: 2, valoreNuovo: 10 }),
    ],
  });
  const found = unloggedChanges(m).map((c) => [c.elemento, c.numero, c.campo, c.before, c.after]);
  // fase 1: 20 as logged (text "20" is the same number); fase 2: logged 10, now 0;
  // indicator 1: valore raggiunto 50 never logged; its valore atteso is not a monthly value
  expect(found).toEqual([
    ["Fase", 2, "avanzamento", 10, 0],
    ["Indicatore", 1, "valoreRaggiunto", null, 50],
  ]);
  const outcomes = checkTyped(m, unloggedChanges(m), "rossi", NOW);
  expect(outcomes.map((o) => o.kind)).toEqual(["logged", "logged"]);
});
