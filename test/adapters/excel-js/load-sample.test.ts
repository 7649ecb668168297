import { samplePeg } from "../../../src/core/sample";
import { FORMULA_MARKER, FakeWorkbook } from "../../fakes/excel";
import { createExcelPort } from "../../../src/adapters/excel-js";
import { calls, freshBook, sampleBook, syncs, userOf } from "./helpers";

const strip = <T extends { origin?: unknown }>(list: T[]) => list.map(({ origin: _o, ...r }) => r);

describe("loadSample and load", () => {
  it("fills the empty tables with the sample and reads it back in one sync", async () => {
    const { user } = await sampleBook();
    const loaded = await user.run((p) => p.load());
    expect(syncs(user)).toBe(1);
    const sample = samplePeg();
    expect(loaded.missingTables).toEqual([]);
    expect(strip(loaded.model.obiettivi)).toEqual(strip(sample.obiettivi));
    expect(strip(loaded.model.fasi)).toEqual(strip(sample.fasi));
    expect(strip(loaded.model.indicatori)).toEqual(strip(sample.indicatori));
    expect(strip(loaded.model.soggetti)).toEqual(strip(sample.soggetti));
    expect(loaded.model.impostazioni).toEqual(sample.impostazioni);
  });

  it("reports the cells' problems in the pane's language", async () => {
    const { book } = await sampleBook();
    const fasi = book.table("tblFasi");
    const [, first, top] = /^([A-Z]+)(\d+)/.exec(fasi.address) ?? [];
    const col = String.fromCharCode(first.charCodeAt(0) + fasi.headers.indexOf("Peso"));
    const english = createExcelPort("en");
    const italian = createExcelPort();
    const fake = userOf(book).fake;
    await fake.typeInCells(`${fasi.sheet}!${col}${Number(top) + 1}`, [["trenta"]]);
    const at = (m: { problems: readonly { rule: string; message: string }[] }) =>
      m.problems.find((p) => p.rule === "fasi.peso.non-numero")?.message;
    (globalThis as { Excel?: unknown }).Excel = fake.Excel;
    try {
      expect(at(await english.load())).toMatch(/is not a number/);
      expect(at(await italian.load())).toMatch(/non è un numero/);
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });

  it("appends below the tables, never through TableRowCollection.add", async () => {
    const { book, user } = freshBook();
    await user.run((p) => p.loadSample());
    expect(calls(user, "TableRowCollection.add")).toBe(0);
    expect(book.table("tblFasi").rows).toHaveLength(samplePeg().fasi.length);
  });

  it("refuses the second time, naming the tables that hold data", async () => {
    const { book, user } = await sampleBook();
    const before = book.snapshot();
    await expect(user.run((p) => p.loadSample())).rejects.toThrow(
      /già dati in: Obiettivi \(31 righe\)/,
    );
    expect(book.snapshot()).toEqual(before);
  });

  it("keeps every text cell a string: no formula anywhere in the data", async () => {
    const { book } = await sampleBook();
    for (const sheet of book.snapshot().sheets) {
      const formulas = Object.entries(sheet.cells).filter(([, c]) => c.formula !== undefined);
      expect(formulas).toEqual([]);
      expect(Object.values(sheet.cells).map((c) => c.value)).not.toContain(FORMULA_MARKER);
    }
  });

  it("lists the tables it does not find", async () => {
    const book = new FakeWorkbook(["Obiettivi"]);
    book.setValues("Obiettivi!A1", [
      ["Codice", "Descrizione"],
      ["OB1", "Uno"],
    ]);
    book.addTable("Obiettivi!A1:B2", "tblObiettivi");
    const user = userOf(book);
    const loaded = await user.run((p) => p.load());
    expect(loaded.model.obiettivi.map((o) => o.codice)).toEqual(["OB1"]);
    expect(loaded.missingTables).toEqual([
      "fasi",
      "indicatori",
      "soggetti",
      "rilevazioni",
      "impostazioni",
    ]);
  });
});
