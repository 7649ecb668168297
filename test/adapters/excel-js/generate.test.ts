/** Generation of the schede inside Excel, against the strict fake seeded with the 2021 sample. */
import { generateSchede } from "../../../src/adapters/excel-js/generate";
import { INDEX_SHEET_NAME, sheetRef } from "../../../src/core/layout";
import { samplePeg } from "../../../src/core/sample";
import { FORMULA_MARKER } from "../../fakes/excel";
import { touchCell } from "../../fakes/excel/state";
import { dataSnapshot, setupWorkbook, sheetNames, teardown } from "./generate.helpers";

afterEach(teardown);

const codici = samplePeg().obiettivi.map((o) => o.codice);

describe("generateSchede", () => {
  test("writes one scheda per objective and the index, in front of them", async () => {
    const { book } = setupWorkbook();
    const report = await generateSchede({ index: true });

    expect(report.sheets.map((s) => s.codice)).toEqual(codici);
    expect(report.sheets.map((s) => s.sheet)).toEqual(codici);
    expect(report.indexSheet).toBe(INDEX_SHEET_NAME);
    expect(report.cancelled).toBeUndefined();
    const names = sheetNames(book);
    expect(names.indexOf(INDEX_SHEET_NAME)).toBe(names.indexOf(codici[0]) - 1);
    for (const c of codici) expect(book.sheet(c).cells.size).toBeGreaterThan(0);
  });

  test("the index links every scheda", async () => {
    const { book } = setupWorkbook();
    await generateSchede({ index: true });
    const cells = Object.values(
      book.snapshot().sheets.find((s) => s.name === INDEX_SHEET_NAME)?.cells ?? {},
    );
    const links = cells.filter((c) => c.hyperlink).map((c) => c.hyperlink?.documentReference);
    expect(links).toEqual(codici.map((c) => sheetRef(c)));
  });

  test("never touches the data sheets and tables", async () => {
    const { book } = setupWorkbook();
    const before = dataSnapshot(book);
    await generateSchede({ index: true });
    await generateSchede({ index: true, codes: [codici[3]] });
    expect(dataSnapshot(book)).toEqual(before);
  });

  test("a user's sheet named like an objective is left alone and the scheda renamed, with the reason", async () => {
    const { book, fake } = setupWorkbook();
    book.addSheet(codici[0]).setValues(`'${codici[0]}'!A1`, [["appunti miei", 42]]);
    const mine = () => book.snapshot().sheets.find((s) => s.name === codici[0]);
    const before = mine();
    fake.resetStats();

    const report = await generateSchede({ index: false, codes: [codici[0]] });

    expect(mine()).toEqual(before);
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0].sheet).toBe(`${codici[0]} (2)`);
    expect(report.sheets[0].renamedBecause).toMatch(/non è stato creato da Schede PEG/);
    expect(report.sheets[0].renamedBecause).toContain(`«${codici[0]} (2)»`);
  });

  test("regenerating replaces our sheets: same names, no duplicates, one marker each", async () => {
    const { book } = setupWorkbook();
    await generateSchede({ index: true });
    const first = sheetNames(book);
    // a user renames one generated scheda: it is still ours and is replaced
    book.sheet(codici[5]).name = "rinominata";
    const report = await generateSchede({ index: true });

    expect(sheetNames(book)).toEqual(first);
    expect(report.sheets.every((s) => s.renamedBecause === undefined)).toBe(true);
    const markers = book.snapshot().names;
    expect(markers).toHaveLength(codici.length + 1);
    expect(markers.every((m) => !m.visible)).toBe(true);
  });

  test("a marker pointing at a data sheet is ignored: the data sheet is never replaced", async () => {
    const { book } = setupWorkbook();
    // e.g. a name of ours moved by hand onto the Obiettivi sheet
    book.state.names.push({
      name: "SchedePEG_99",
      comment: `Schede PEG: scheda ${codici[0]}`,
      visible: false,
      ref: { sheetId: book.sheet("Obiettivi").id, r0: 0, c0: 0 },
      constant: null,
    });
    const before = dataSnapshot(book);
    const report = await generateSchede({ index: false, codes: [codici[0]] });
    expect(dataSnapshot(book)).toEqual(before);
    expect(report.sheets[0].sheet).toBe(codici[0]);
  });

  test("our names left behind by a deleted sheet are removed; a user's look-alike name stays", async () => {
    const { book } = setupWorkbook();
    await generateSchede({ index: false, codes: [codici[0], codici[1]] });
    book.state.sheets = book.state.sheets.filter((s) => s.name !== codici[1]);
    book.state.names.push({
      name: "SchedePEG_mio",
      comment: "un nome dell'utente",
      visible: true,
      ref: null,
      constant: "=1",
    });
    await generateSchede({ index: false, codes: [codici[0]] });
    const names = book.snapshot().names;
    expect(names.map((n) => n.name).sort()).toEqual(["SchedePEG_1", "SchedePEG_mio"]);
    expect(names.find((n) => n.name === "SchedePEG_1")?.formula).toBe(`='${codici[0]}'!$A$1`);
  });

  test("a copy of a scheda kept by the user is not replaced", async () => {
    const { book } = setupWorkbook();
    await generateSchede({ index: false, codes: [codici[1]] });
    // what Excel's "Move or Copy" leaves: the same cells, no marker of ours pointing at it
    book.addSheet("copia mia").setValues("'copia mia'!A1", [["copia"]]);
    const copy = () => book.snapshot().sheets.find((s) => s.name === "copia mia");
    const before = copy();
    await generateSchede({ index: false, codes: [codici[1]] });
    expect(copy()).toEqual(before);
    expect(sheetNames(book).filter((n) => n.startsWith(codici[1]))).toEqual([codici[1]]);
  });

  test("text from the data that starts with = + - @ stays text", async () => {
    const { book } = setupWorkbook();
    const t = book.table("tblObiettivi");
    const col = t.headers.indexOf("Descrizione");
    const row = t.rows.findIndex((r) => r[0] === codici[2]);
    const cell = touchCell(book.sheet(t.sheet), row + 1, col);
    cell.value = "=1+1 non è una formula";
    cell.formula = null;

    await generateSchede({ index: false, codes: [codici[2]] });

    const cells = Object.values(
      book.snapshot().sheets.find((s) => s.name === codici[2])?.cells ?? {},
    );
    const hit = cells.find((c) => c.value === "=1+1 non è una formula");
    expect(hit).toBeDefined();
    expect(hit?.formula).toBeUndefined();
    expect(hit?.style?.numberFormat).toBe("@");
    expect(cells.some((c) => c.value === FORMULA_MARKER || c.formula !== undefined)).toBe(false);
  });

  test("filters choose the objectives and are shown in the index", async () => {
    const model = samplePeg();
    const cdr = model.obiettivi[0].centroResponsabilita;
    const expected = model.obiettivi
      .filter((o) => o.centroResponsabilita === cdr)
      .map((o) => o.codice);
    const { book } = setupWorkbook(model);
    const report = await generateSchede({ index: true, filters: { centri: [cdr.toUpperCase()] } });
    expect(report.sheets.map((s) => s.codice)).toEqual(expected);
    const index = book.snapshot().sheets.find((s) => s.name === INDEX_SHEET_NAME);
    const values = Object.values(index?.cells ?? {}).map((c) => c.value);
    expect(values).toContain(cdr.toUpperCase());
  });

  test.each([
    [{ codes: ["NON-ESISTE"] }, /Obiettivo non trovato.*NON-ESISTE/],
    [{ filters: { responsabili: ["Nessuno Così"] } }, /Nessun obiettivo corrisponde ai filtri/],
  ])("refuses %j with an Italian message and writes nothing", async (extra, message) => {
    const { book } = setupWorkbook();
    const before = sheetNames(book);
    await expect(generateSchede({ index: true, ...extra })).rejects.toThrow(message);
    expect(sheetNames(book)).toEqual(before);
  });
});
