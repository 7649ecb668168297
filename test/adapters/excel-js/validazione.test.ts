/**
 * The Nucleo's validation written by the pane through the Excel adapter: the rule of
 * `schede-peg valida` (core/rilevazione/validazione.ts), one read and one write, a colleague's
 * validation in between seen as a conflict, the lock needing a motivazione.
 */
import type { IsoDate, Month, ValidazioneNucleo } from "../../../src/core/model/types";
import type { ValidazioneSave } from "../../../src/core/rilevazione/validazione";
import { columnIndex, OBIETTIVI } from "../../../src/core/schema/tables";
import { columnLetters } from "../../../src/core/schema/address";
import { FakeWorkbook } from "../../fakes/excel";
import { obiettivo } from "../../fixtures/model";
import { modelToRows } from "../../../src/core/schema/rows";
import { createExcelPort } from "../../../src/adapters/excel-js";
import { repeatedSample, setupWorkbook, teardown } from "./generate.helpers";
import { sampleBook, syncs, userOf } from "./helpers";

const NONE: ValidazioneNucleo = {
  raggiungimentoValidato: null,
  notaNucleo: "",
  dataValidazione: null,
};

function save(over: Partial<ValidazioneSave> = {}): ValidazioneSave {
  return {
    obiettivo: "2021_S08_20",
    valore: 85,
    nota: "=documentato",
    data: "2022-03-15" as IsoDate,
    motivazione: "",
    utente: "Nucleo di valutazione",
    previous: NONE,
    ...over,
  };
}

/** the cell of column `key` in the row of the objective (sheet row = index + 2) */
function cellOf(book: FakeWorkbook, codice: string, key: keyof ValidazioneNucleo): string {
  const rows = book.table("tblObiettivi").rows;
  const row = rows.findIndex((r) => r[0] === codice) + 2;
  return `Obiettivi!${columnLetters(columnIndex(OBIETTIVI, key))}${row}`;
}

const logRows = (book: FakeWorkbook) =>
  book.table("tblRilevazioni").rows.filter((r) => r.some((v) => v !== ""));

describe("saveValidazione in Excel", () => {
  it("writes the three cells and their log rows in two syncs; the note stays text", async () => {
    const { book, user } = await sampleBook();
    const result = await user.run((p) => p.saveValidazione(save()));
    expect(result).toMatchObject({ kind: "saved", logRows: 3 });
    expect(syncs(user)).toBe(2);
    expect(book.values(cellOf(book, "2021_S08_20", "raggiungimentoValidato"))).toEqual([[85]]);
    expect(book.values(cellOf(book, "2021_S08_20", "notaNucleo"))).toEqual([["=documentato"]]);
    const { model } = await user.run((p) => p.load());
    const o = model.obiettivi.find((x) => x.codice === "2021_S08_20");
    expect(o).toMatchObject({
      raggiungimentoValidato: 85,
      notaNucleo: "=documentato",
      dataValidazione: "2022-03-15",
    });
    expect(model.rilevazioni.map((r) => [r.elemento, r.campo, r.valoreNuovo, r.utente])).toEqual([
      ["Obiettivo", "raggiungimentoValidato", 85, "Nucleo di valutazione"],
      ["Obiettivo", "notaNucleo", "=documentato", "Nucleo di valutazione"],
      ["Obiettivo", "dataValidazione", "2022-03-15", "Nucleo di valutazione"],
    ]);
  });

  it("once validated, a change without a motivazione writes nothing; with one it is logged", async () => {
    const { book, user } = await sampleBook();
    await user.run((p) => p.saveValidazione(save()));
    const shown: ValidazioneNucleo = {
      raggiungimentoValidato: 85,
      notaNucleo: "=documentato",
      dataValidazione: "2022-03-15" as IsoDate,
    };
    user.fake.resetStats();
    const refused = await user.run((p) =>
      p.saveValidazione(save({ valore: 80, nota: null, data: null, previous: shown })),
    );
    expect(refused.kind).toBe("refused");
    if (refused.kind === "refused") expect(refused.reasons[0]).toMatch(/già stato validato/);
    expect(syncs(user)).toBe(1);
    expect(logRows(book)).toHaveLength(3);

    const changed = await user.run((p) =>
      p.saveValidazione(
        save({
          valore: 80,
          nota: null,
          data: "2022-04-10" as IsoDate,
          motivazione: "Ricalcolo",
          previous: shown,
        }),
      ),
    );
    expect(changed).toMatchObject({ kind: "saved", logRows: 2 });
    const log = logRows(book).slice(3);
    expect(log.map((r) => r.filter((v) => v === "Ricalcolo").length)).toEqual([1, 1]);
    expect(book.values(cellOf(book, "2021_S08_20", "raggiungimentoValidato"))).toEqual([[80]]);
  });

  it("a colleague's validation since the pane read is a conflict: nothing written", async () => {
    const { book, user } = await sampleBook();
    const colleague = userOf(book);
    await colleague.run((p) => p.saveValidazione(save({ valore: 70, utente: "Bianchi" })));
    user.fake.resetStats();
    const result = await user.run((p) => p.saveValidazione(save()));
    expect(result.kind).toBe("conflict");
    if (result.kind === "conflict") expect(result.record.raggiungimentoValidato).toBe(70);
    expect(syncs(user)).toBe(1);
    expect(book.values(cellOf(book, "2021_S08_20", "raggiungimentoValidato"))).toEqual([[70]]);
    expect(logRows(book)).toHaveLength(3);
  });

  it("refuses, naming them, when the Obiettivi table lacks the validation columns", async () => {
    const { book, user } = await sampleBook();
    const before = new FakeWorkbook(["Obiettivi", "Rilevazioni"]);
    const keep = OBIETTIVI.columns.filter((c) => !c.optional);
    const rows = modelToRows(OBIETTIVI, [obiettivo("2021_S08_20")]).map((r) =>
      OBIETTIVI.columns.flatMap((c, i) => (c.optional ? [] : [r[i] ?? ""])),
    );
    before.setValues("Obiettivi!A1", [keep.map((c) => c.header), ...rows]);
    before.addTable(`Obiettivi!A1:${columnLetters(keep.length - 1)}2`, "tblObiettivi");
    before.setValues("Rilevazioni!A1", [["Periodo", "Obiettivo"]]);
    before.addTable("Rilevazioni!A1:B2", "tblRilevazioni");
    const old = userOf(before);
    const result = await old.run((p) => p.saveValidazione(save()));
    expect(result.kind).toBe("refused");
    if (result.kind === "refused")
      expect(result.reasons[0]).toMatch(
        /Raggiungimento validato %.*Nota del Nucleo.*Data validazione/,
      );
    // «Aggiungi le colonne» is «Prepara la cartella»: at the end of the table, data untouched
    const firstRow = before.table("tblObiettivi").rows[0];
    old.fake.resetStats();
    const report = await old.run((p) => p.prepare());
    const writes = syncs(old);
    expect(report.columnsAdded).toEqual(
      expect.arrayContaining([
        "Obiettivi: Raggiungimento validato %",
        "Obiettivi: Nota del Nucleo",
        "Obiettivi: Data validazione",
      ]),
    );
    const table = before.table("tblObiettivi");
    expect(table.headers.slice(-3)).toEqual([
      "Raggiungimento validato %",
      "Nota del Nucleo",
      "Data validazione",
    ]);
    expect(table.rows[0].slice(0, keep.length)).toEqual(firstRow);
    // the structure read in two, every column added in the one write
    expect(writes).toBe(3);
    expect((await old.run((p) => p.saveValidazione(save()))).kind).toBe("saved");
    expect((await user.run((p) => p.saveValidazione(save()))).kind).toBe("saved");
    expect(book.table("tblObiettivi").headers).toContain("Nota del Nucleo");
  });

  test.each([300, 3000])(
    "%i objectives and a long log: still one read and one write",
    async (n) => {
      const model = repeatedSample(n);
      const log = Array.from({ length: 20_000 }, (_, i) => ({
        periodo: "2021-03" as Month,
        obiettivo: model.obiettivi[i % n].codice,
        elemento: "Fase" as const,
        numero: 1,
        campo: "avanzamento",
        valorePrecedente: null,
        valoreNuovo: i % 100,
        nota: "rilevazione di marzo con una nota di media lunghezza",
        utente: "Rossi",
        timestamp: "2021-03-31T10:00:00",
      }));
      const { book, fake } = setupWorkbook({ ...model, rilevazioni: log });
      const codice = model.obiettivi[n - 1].codice;
      const result = await createExcelPort().saveValidazione(save({ obiettivo: codice }));
      expect(result).toMatchObject({ kind: "saved", logRows: 3 });
      const stats = fake.stats();
      expect(stats.syncs).toBe(2);
      for (const bytes of stats.payloadBytes) expect(bytes).toBeLessThan(5 * 1024 * 1024);
      for (const bytes of stats.responseBytes) expect(bytes).toBeLessThan(5 * 1024 * 1024);
      expect(book.values(cellOf(book, codice, "raggiungimentoValidato"))).toEqual([[85]]);
      teardown();
    },
  );
});
