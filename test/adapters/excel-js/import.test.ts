/**
 * importRecords on the strict fake: the core's upsert plan written into the open workbook,
 * new rows below the tables and changed cells with their log rows, in a number of syncs that
 * does not grow with the rows while they fit the 5 MB budget.
 */
import { readMapping } from "../../../src/core/import/mapping/contract";
import { importRows } from "../../../src/core/import/mapping/engine";
import { computeAll } from "../../../src/core/compute";
import { indicatoreCalcolato, obiettivoCalcolato } from "../../../src/core/compute/calcolati";
import type { ImportResult } from "../../../src/core/import/types";
import type { FakeWorkbook } from "../../fakes/excel";
import { PAYLOAD_LIMIT_BYTES, type WorkbookSnapshot } from "../../fakes/excel";
import { calls, freshBook, sampleBook, syncs, type User } from "./helpers";

const OPTIONS = { utente: "Rossi", timestamp: "2024-07-01T09:30:00", source: "piano.csv" };
const HEADERS = [
  "Cod. obiettivo",
  "Descrizione obiettivo",
  "CdR",
  "Fase",
  "Peso fase",
  "Indicatore",
  "Target",
  "Periodo",
  "Valore rilevato",
];
const MAPPING = {
  periodo: { colonna: "Periodo" },
  obiettivi: {
    Codice: "Cod. obiettivo",
    Descrizione: "Descrizione obiettivo",
    "Centro di responsabilità": "CdR",
  },
  fasi: { Obiettivo: "Cod. obiettivo", Descrizione: "Fase", Peso: "Peso fase" },
  indicatori: {
    Obiettivo: "Cod. obiettivo",
    Descrizione: "Indicatore",
    "Valore atteso": "Target",
    "Valore raggiunto": "Valore rilevato",
  },
};

/** `n` objectives of two phases and two indicators, as a CSV of a municipality gives them. */
function planOf(n: number, describe = (i: number) => `Obiettivo numero ${i}`): ImportResult {
  const rows = [];
  for (let i = 1; i <= n; i++) {
    for (const j of [1, 2]) {
      rows.push({
        cells: [
          `OB${i}`,
          describe(i),
          "Servizi sociali",
          `Fase ${j} dell'obiettivo ${i}`,
          "50",
          `Indicatore ${j}`,
          "100",
          "2024-06",
          String(10 * j),
        ],
        row: rows.length + 2,
      });
    }
  }
  const read = readMapping(MAPPING);
  if ("errors" in read) throw new Error(read.errors.join("; "));
  return importRows(read.mapping, HEADERS, rows, { ...OPTIONS, decimal: "." });
}

/** An import of one phase or indicator, the fields given over those of `planOf(1)`. */
function oneRecord(table: "fasi" | "indicatori", fields: object): ImportResult {
  const incoming = planOf(1);
  for (const other of ["obiettivi", "fasi", "indicatori", "rilevazioni"] as const)
    if (other !== table) incoming.model[other].splice(0);
  incoming.model[table].splice(1);
  Object.assign(incoming.model[table][0], fields);
  return { ...incoming, settings: [] };
}

async function preparedBook() {
  const { book, user } = freshBook();
  await user.run((p) => p.prepare());
  user.fake.resetStats();
  return { book, user };
}

async function importInto(user: User, result: ImportResult) {
  return user.run((p) => p.importRecords(result, OPTIONS));
}

/** The computed columns of both tables as the cells hold them, and as computed on a load. */
async function computedCells(book: FakeWorkbook, user: User) {
  const { model } = await user.run((p) => p.load());
  const result = computeAll(model);
  const column = (table: string, header: string) => {
    const t = book.table(table);
    return t.rows.map((r) => r[t.headers.indexOf(header)]);
  };
  const cell = (v: number | string | null) => v ?? "";
  return {
    written: {
      avanzamento: column("tblObiettivi", "Avanzamento fasi %"),
      indicatori: column("tblObiettivi", "Raggiungimento indicatori %"),
      esito: column("tblObiettivi", "Stato monitoraggio"),
      indicatore: column("tblIndicatori", "Raggiungimento %"),
    },
    computed: {
      avanzamento: result.objectives.map((o) => cell(obiettivoCalcolato(o).avanzamentoFasi)),
      indicatori: result.objectives.map((o) =>
        cell(obiettivoCalcolato(o).raggiungimentoIndicatori),
      ),
      esito: result.objectives.map((o) => cell(obiettivoCalcolato(o).esito)),
      indicatore: model.indicatori.map((i) => {
        const r = result.objectives
          .flatMap((o) => o.indicators)
          .find((x) => x.obiettivo === i.obiettivo && x.numero === i.numero);
        return cell(r ? indicatoreCalcolato(r).raggiungimento : null);
      }),
    },
  };
}

function cellsOf(snap: WorkbookSnapshot, sheet: string) {
  return snap.sheets.find((s) => s.name === sheet)?.cells ?? {};
}

describe("importRecords", () => {
  it("adds every record of a new plan below the tables, never through rows.add", async () => {
    const { book, user } = await preparedBook();
    const report = await importInto(user, planOf(30));
    expect(report).toEqual({
      added: { obiettivi: 30, fasi: 60, indicatori: 60, soggetti: 0, rilevazioni: 60 },
      updated: expect.any(Number),
      conflicts: 0,
      logRows: 0,
      stopped: false,
    });
    expect(calls(user, "TableRowCollection.add")).toBe(0);
    expect(book.table("tblObiettivi").rows.map((r) => r[0])).toEqual(
      Array.from({ length: 30 }, (_, i) => `OB${i + 1}`),
    );
    expect(book.table("tblFasi").rows).toHaveLength(60);
    // one log row per indicator's valore raggiunto of the period
    expect(book.table("tblRilevazioni").rows).toHaveLength(60);
    const loaded = await user.run((p) => p.load());
    expect(loaded.model.indicatori.find((i) => i.obiettivo === "OB7" && i.numero === 2)).toEqual(
      expect.objectContaining({ valoreAtteso: 100, valoreRaggiunto: 20 }),
    );
  });

  it("writes the new rows' computed columns with them, in the same syncs", async () => {
    const { book, user } = await preparedBook();
    await importInto(user, planOf(30));
    expect(syncs(user)).toBe(2);
    const { written, computed } = await computedCells(book, user);
    expect(written).toEqual(computed);
    // indicators at 10 and 20 of 100: each objective's indicators reach 15%
    expect(written.indicatori[0]).toBe(15);
    expect(written.indicatore.slice(0, 2)).toEqual([10, 20]);
  });

  it("rewrites the computed columns of the rows an import changes", async () => {
    const { book, user } = await sampleBook();
    const { model } = await user.run((p) => p.load());
    const target = model.indicatori.find((i) => i.valoreAtteso === 100) ?? model.indicatori[0];
    const before = await computedCells(book, user);
    user.fake.resetStats();
    const incoming = oneRecord("indicatori", {
      obiettivo: target.obiettivo,
      numero: target.numero,
      descrizione: target.descrizione,
      valoreAtteso: 100,
      valoreRaggiunto: 40,
    });
    const report = await importInto(user, incoming);
    expect(report.updated).toBeGreaterThan(0);
    expect(syncs(user)).toBe(2);
    const after = await computedCells(book, user);
    expect(after.written).toEqual(after.computed);
    expect(after.written.indicatore).not.toEqual(before.written.indicatore);
    const row = model.indicatori.indexOf(target);
    expect(after.written.indicatore[row]).toBe(40);
  });

  it("takes as many syncs for 300 objectives as for 30: one reading, one writing", async () => {
    const counts: number[] = [];
    for (const n of [30, 300, 3000]) {
      const { book, user } = await preparedBook();
      await importInto(user, planOf(n));
      counts.push(syncs(user));
      expect(user.fake.stats().largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(book.table("tblIndicatori").rows).toHaveLength(2 * n);
    }
    // 3,000 objectives (12,000 rows with the log) weigh more than one request may carry
    expect(counts.slice(0, 2)).toEqual([2, 2]);
    expect(counts[2]).toBeLessThanOrEqual(3);
  });

  it("chunks a write past the 5 MB limit, every round trip accepted", async () => {
    const { book, user } = await preparedBook();
    const long = (i: number) => `${"Descrizione lunga ".repeat(150)}${i}`;
    await importInto(user, planOf(2000, long));
    const stats = user.fake.stats();
    expect(stats.syncs).toBeGreaterThan(2);
    expect(stats.largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const t = book.table("tblObiettivi");
    expect(t.rows[1999][t.headers.indexOf("Descrizione")]).toBe(long(2000));
  });

  it("stops between round trips when asked, and the same import again completes it", async () => {
    const { book, user } = await preparedBook();
    const result = planOf(2000, (i) => `${"Descrizione lunga ".repeat(150)}${i}`);
    const abort = new AbortController();
    const progress: [number, number][] = [];
    const report = await user.run((p) =>
      p.importRecords(
        result,
        OPTIONS,
        (done, total) => {
          progress.push([done, total]);
          abort.abort();
        },
        abort.signal,
      ),
    );
    expect(report.stopped).toBe(true);
    expect(progress).toHaveLength(1);
    expect(progress[0][1]).toBeGreaterThan(1);
    const partial = book.table("tblObiettivi").rows.length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(2000);

    const again = await importInto(user, result);
    expect(again.stopped).toBe(false);
    expect(again.added.obiettivi).toBe(2000 - partial);
    expect(book.table("tblObiettivi").rows).toHaveLength(2000);
    expect(new Set(book.table("tblObiettivi").rows.map((r) => r[0])).size).toBe(2000);
  });

  it("updates changed cells in place and logs each in Rilevazioni, in the same syncs", async () => {
    const { book, user } = await sampleBook();
    const { model } = await user.run((p) => p.load());
    const target = model.obiettivi[3];
    const fase = model.fasi.find((f) => f.obiettivo === target.codice);
    if (!fase) throw new Error("no phase");
    const logBefore = book.table("tblRilevazioni").rows.length;
    user.fake.resetStats();
    const incoming = planOf(1);
    incoming.model.obiettivi[0].codice = target.codice;
    // a formula-like text and a month-like text must stay text
    incoming.model.obiettivi[0].centroResponsabilita = "=Servizi";
    incoming.model.obiettivi[0].descrizione = "2024-06";
    incoming.model.obiettivi[0].anno = null;
    incoming.model.fasi.splice(0);
    incoming.model.indicatori.splice(0);
    incoming.model.rilevazioni.splice(0);
    const report = await importInto(user, { ...incoming, settings: [] });
    expect(report).toEqual(
      expect.objectContaining({ updated: 2, logRows: 2, stopped: false, conflicts: 0 }),
    );
    expect(report.added.obiettivi).toBe(0);
    expect(syncs(user)).toBe(2);
    const row = book.table("tblObiettivi").rows[target.origin?.row ?? -1];
    expect(row[0]).toBe(target.codice);
    const headers = book.table("tblObiettivi").headers;
    expect(row[headers.indexOf("Centro di responsabilità")]).toBe("=Servizi");
    expect(row[headers.indexOf("Descrizione")]).toBe("2024-06");
    const noFormula = Object.values(cellsOf(book.snapshot(), "Obiettivi")).every(
      (c) => c.formula === undefined,
    );
    expect(noFormula).toBe(true);
    const log = book.table("tblRilevazioni").rows.slice(logBefore);
    expect(log).toHaveLength(2);
    const logHeaders = book.table("tblRilevazioni").headers;
    expect(log.map((r) => r[logHeaders.indexOf("Valore nuovo")])).toEqual(
      expect.arrayContaining(["=Servizi", "2024-06"]),
    );
    expect(log.every((r) => r[logHeaders.indexOf("Utente")] === "Rossi")).toBe(true);
  });

  it("leaves a phase with the same number but another description as it is", async () => {
    const { book, user } = await sampleBook();
    const { model } = await user.run((p) => p.load());
    const fase = model.fasi[0];
    const incoming = oneRecord("fasi", {
      obiettivo: fase.obiettivo,
      numero: fase.numero,
      descrizione: "Un'altra fase",
    });
    const before = book.snapshot();
    const report = await importInto(user, incoming);
    expect(report.conflicts).toBe(1);
    expect(report.updated).toBe(0);
    expect(cellsOf(book.snapshot(), "Fasi")).toEqual(cellsOf(before, "Fasi"));
  });

  it("refuses a workbook without the tables, naming them, and writes nothing", async () => {
    const { book, user } = freshBook();
    const before = book.snapshot();
    await expect(importInto(user, planOf(2))).rejects.toThrow(
      /Mancano le tabelle tblObiettivi, .*«Prepara la cartella»/,
    );
    expect(book.snapshot()).toEqual(before);
  });
});
