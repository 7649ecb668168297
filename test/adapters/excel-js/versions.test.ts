/**
 * The plan's versions on the fake Excel, in the format `schede-peg versione` writes: a version
 * frozen by the pane is read back by the command line's reader (the same core layout and
 * tables), a file written by the command line is listed and compared by the pane, and each
 * operation costs a fixed number of round trips at 31 and 300 objectives.
 */
import {
  compareVersions,
  freezeVersion,
  generateProspetto,
  listVersions,
} from "../../../src/adapters/excel-js/versions";
import { GENERATE_BUDGET_BYTES } from "../../../src/adapters/excel-js/generate/write";
import { extractVersionTables } from "../../../src/adapters/xlsx-file/read/versions";
import { openXlsx } from "../../../src/adapters/xlsx-file/workbook";
import { comparePlans } from "../../../src/core/cycle/compare";
import { PROSPETTO_SHEET_NAME, buildProspetto } from "../../../src/core/cycle/prospetto";
import {
  VERSIONI,
  savedVersions,
  snapshotTableOf,
  snapshotTableSheet,
  takeSnapshot,
  versionsTableSheet,
  type ReadTable,
  type SavedVersion,
  type SnapshotTableId,
  type VersionInfo,
} from "../../../src/core/cycle/versions";
import type { VersionFields } from "../../../src/core/cycle/versions-port";
import type { TableSheet } from "../../../src/core/cycle/versions";
import type { IsoDate, PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { columnLetters } from "../../../src/core/schema/address";
import type { FakeWorkbook } from "../../fakes/excel";
import { TRICKY_TEXTS, smallModel, tempDir, writeModelWithVersions } from "../xlsx-file/helpers";
import { dataSnapshot, repeatedSample, setupWorkbook, teardown } from "./generate.helpers";

afterEach(teardown);

const TODAY = "2022-02-03" as IsoDate;
const FIELDS: VersionFields = {
  nome: "Piano approvato",
  atto: "Delibera G.C. n. 12 del 3/2/2022",
  data: TODAY,
  utente: "mario.conti",
};

/** A table of the fake as the readers see one: where its header stands, headers, rows. */
function readTable(book: FakeWorkbook, name: string): ReadTable {
  const t = book.table(name);
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)/.exec(t.address);
  const letters = m?.[1] ?? "A";
  const firstColumn = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    sheet: t.sheet,
    headerRow: Number(m?.[2]),
    firstColumn,
    headers: t.headers,
    rows: t.rows,
  };
}

/** The versions of the fake as the command line reads a file's (core `savedVersions`). */
function readAsTheCliDoes(book: FakeWorkbook) {
  const copies = new Map<number, Partial<Record<SnapshotTableId, ReadTable>>>();
  let versioni: ReadTable | null = null;
  for (const t of book.snapshot().tables) {
    if (t.name === VERSIONI.table) versioni = readTable(book, t.name);
    const of = snapshotTableOf(t.name);
    if (of) copies.set(of.numero, { ...copies.get(of.numero), [of.id]: readTable(book, t.name) });
  }
  return savedVersions(versioni, copies);
}

/** Every cell of a drawn sheet holds the value the core layout gives it. */
function expectCells(book: FakeWorkbook, sheet: string, drawn: TableSheet): void {
  const state = book.sheet(sheet);
  for (const c of drawn.layout.cells) {
    const got = state.cells.get(`${c.row - 1},${c.col - 1}`)?.value ?? "";
    expect({ at: [c.row, c.col], value: got }).toEqual({ at: [c.row, c.col], value: c.value });
  }
  const tables = book.snapshot().tables.filter((t) => t.sheet === sheet);
  expect(tables.map((t) => [t.name, t.address.replace(/^.*!/, "").replace(/\$/g, "")])).toEqual(
    drawn.tables.map((t) => [t.name, t.ref]),
  );
}

const withoutOrigins = (model: PegModel) => takeSnapshot(model);

describe("«Congela versione» in the open workbook", () => {
  test("the first version: the Versioni sheet and a hidden, marked copy, as the CLI writes them", async () => {
    const model = samplePeg();
    const { book } = setupWorkbook(model);
    const before = dataSnapshot(book);
    const info = await freezeVersion(FIELDS);
    expect(info).toEqual({ numero: 1, ...FIELDS, foglio: "Versione 1" });
    const saved: SavedVersion = { info, snapshot: takeSnapshot(model) };

    expectCells(book, "Versione 1", snapshotTableSheet(saved, false));
    expectCells(book, "Versioni", versionsTableSheet([info], "Versioni", false));
    expect(book.sheet("Versione 1").visibility).toBe("Hidden");
    expect(book.sheet("Versioni").visibility).toBe("Visible");
    const marker = book.state.names.find((n) => n.ref?.sheetId === book.sheet("Versione 1").id);
    expect(marker?.comment).toBe("Schede PEG: versione 1");
    // the Versioni sheet is the user's list, never a sheet of ours to replace
    expect(book.state.names.some((n) => n.ref?.sheetId === book.sheet("Versioni").id)).toBe(false);
    const data = (t: { sheet: string }) => before.sheets.some((s) => s.name === t.sheet);
    expect(dataSnapshot(book).tables.filter(data)).toEqual(before.tables);
    expect(dataSnapshot(book).sheets).toEqual(before.sheets);

    const read = readAsTheCliDoes(book);
    expect(read.broken).toEqual([]);
    expect(read.problems).toEqual([]);
    expect(read.versions).toEqual([{ info, snapshot: withoutOrigins(model) }]);
  });

  test("text stays text in the copy and in the list: formulas, leading zeros, signs", async () => {
    const model = samplePeg();
    // "=…" only where the pane writes it: the fake's seeding would store a formula
    const texts = TRICKY_TEXTS.filter((t) => !t.startsWith("="));
    texts.forEach((t, i) => (model.fasi[i].descrizione = t));
    const { book } = setupWorkbook(model);
    const info = await freezeVersion({ ...FIELDS, nome: "00123", atto: "=SOMMA(A1:A3)" });
    const read = readAsTheCliDoes(book);
    expect(read.versions[0].info).toEqual(info);
    expect(read.versions[0].snapshot.fasi.slice(0, texts.length).map((f) => f.descrizione)).toEqual(
      texts,
    );
    expect(book.table(VERSIONI.table).rows[0].slice(1, 3)).toEqual(["00123", "=SOMMA(A1:A3)"]);
  });

  test("the next version gets the next number, its row appended to tblVersioni", async () => {
    const model = samplePeg();
    const { book } = setupWorkbook(model);
    const first = await freezeVersion(FIELDS);
    book.setValues("Obiettivi!F2", [["Descrizione cambiata"]]);
    const second = await freezeVersion({ ...FIELDS, nome: "Variazione di luglio", data: null });
    expect(second).toMatchObject({ numero: 2, foglio: "Versione 2" });
    expect(book.table(VERSIONI.table).rows).toHaveLength(2);
    const read = readAsTheCliDoes(book);
    expect(read.versions.map((v) => v.info)).toEqual([first, second]);
    expect(read.versions[1].snapshot.obiettivi[0].descrizione).toBe("Descrizione cambiata");
    expect(read.versions[0].snapshot.obiettivi[0].descrizione).toBe(model.obiettivi[0].descrizione);
    expect(await listVersions()).toEqual({ versions: [first, second], broken: [], unlisted: [] });
  });

  test("a user's sheet «Versione 1» is left alone: the copy goes to «Versione 1 (2)»", async () => {
    const { book } = setupWorkbook();
    book.addSheet("Versione 1").setValues("'Versione 1'!A1", [["mio"]]);
    const info = await freezeVersion(FIELDS);
    expect(info.foglio).toBe("Versione 1 (2)");
    expect(book.values("'Versione 1'!A1")).toEqual([["mio"]]);
    expect(readAsTheCliDoes(book).versions.map((v) => v.info)).toEqual([info]);
  });

  test("a listed version without its copy stops a new one before anything is written", async () => {
    const { book } = setupWorkbook();
    await freezeVersion(FIELDS);
    book.state.tables = book.state.tables.filter((t) => t.name !== "tblVersione1_Fasi");
    const tables = book.snapshot().tables.length;
    await expect(freezeVersion(FIELDS)).rejects.toThrow(/senza la loro copia \(1\)/);
    expect(book.snapshot().tables).toHaveLength(tables);
    expect(await listVersions()).toMatchObject({ versions: [], broken: [{ numero: 1 }] });
  });
});

/** The version tables of an .xlsx file (as the CLI wrote them) copied into the fake, in place. */
function seedVersionsOf(book: FakeWorkbook, tables: ReturnType<typeof extractVersionTables>) {
  const all = [tables.versioni, ...[...tables.snapshots.values()].flatMap((s) => Object.values(s))];
  const names = [
    VERSIONI.table,
    ...[...tables.snapshots].flatMap(([n, s]) =>
      Object.keys(s).map((id) => `tblVersione${n}_${id.charAt(0).toUpperCase()}${id.slice(1)}`),
    ),
  ];
  all.forEach((t, i) => {
    if (!t) return;
    if (!book.state.sheets.some((s) => s.name === t.sheet)) book.addSheet(t.sheet);
    const at = `'${t.sheet}'!${columnLetters(t.firstColumn)}${t.headerRow}`;
    const rows = t.rows.length > 0 ? t.rows : [t.headers.map(() => "")];
    book.setValues(at, [t.headers, ...rows.map((r) => r.map((v) => v ?? ""))]);
    // the file holds them as text: the fake's setValues would take "=…" for a formula
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (typeof v !== "string" || !v.startsWith("=")) return;
        const cell = book.sheet(t.sheet).cells.get(`${t.headerRow + i},${t.firstColumn + j}`);
        if (cell) Object.assign(cell, { formula: null, value: v });
      }),
    );
    const end = `${columnLetters(t.firstColumn + t.headers.length - 1)}${t.headerRow + rows.length}`;
    book.addTable(`${at}:${end}`, names[i]);
  });
}

describe("versions written by the command line, in the pane", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const approved = smallModel();
  const changed = smallModel();
  changed.fasi[0].descrizione = "Fase riscritta";
  changed.indicatori.pop();
  const infos: VersionInfo[] = [
    { numero: 1, ...FIELDS, foglio: "Versione 1" },
    { numero: 2, nome: "Variazione", atto: "", data: null, utente: "", foglio: "Versione 2" },
  ];

  async function fromCli(current: PegModel) {
    const file = tmp.file("cli.xlsx");
    await writeModelWithVersions(
      approved,
      [
        { info: infos[0], snapshot: takeSnapshot(approved) },
        { info: infos[1], snapshot: takeSnapshot(changed) },
      ],
      file,
    );
    const { book } = setupWorkbook(current);
    seedVersionsOf(book, extractVersionTables(await openXlsx(file)));
    return book;
  }

  test("listed, and compared with each other and with the current tables", async () => {
    const current = smallModel();
    current.obiettivi[0].descrizione = "Ora diverso";
    await fromCli(current);
    expect(await listVersions()).toEqual({ versions: infos, broken: [], unlisted: [] });
    const two = await compareVersions(1, 2);
    expect(two).toEqual({
      before: infos[0],
      after: infos[1],
      changes: comparePlans(takeSnapshot(approved), takeSnapshot(changed)),
    });
    expect(two.changes.map((c) => [c.kind, c.element])).toEqual(
      expect.arrayContaining([
        ["modificato", "fase"],
        ["rimosso", "indicatore"],
      ]),
    );
    const now = await compareVersions(1, null);
    expect(now.after).toBeNull();
    expect(now.changes).toEqual(comparePlans(takeSnapshot(approved), takeSnapshot(current)));
    expect(now.changes).toHaveLength(1);
  });

  test("a version frozen next to the CLI's takes the number after them", async () => {
    await fromCli(smallModel());
    const info = await freezeVersion(FIELDS);
    expect(info.numero).toBe(3);
    expect((await listVersions()).versions.map((v) => v.numero)).toEqual([1, 2, 3]);
  });

  test("an unknown version is refused with a plain message", async () => {
    await fromCli(smallModel());
    await expect(compareVersions(7, null)).rejects.toThrow(/La versione 7 non c'è/);
  });
});

describe("«Prospetto variazioni» in the open workbook", () => {
  test("the core's layout of `confronta --prospetto`, marked, replaced on the next run", async () => {
    const model = samplePeg();
    const { book, fake } = setupWorkbook(model);
    const info = await freezeVersion(FIELDS);
    book.setValues("Obiettivi!F2", [["Descrizione cambiata"]]);
    const report = await generateProspetto(1, null, { today: TODAY });
    expect(report.sheet).toBe(PROSPETTO_SHEET_NAME);
    expect(report.changes).toHaveLength(1);
    const layout = buildProspetto(report.changes, {
      ente: model.impostazioni.ente,
      before: `la versione 1 «${info.nome}»`,
      after: "le tabelle attuali",
      dataElaborazione: TODAY,
      pairing: null,
      withSubjects: false,
    });
    const sheet = book.sheet(PROSPETTO_SHEET_NAME);
    for (const c of layout.cells)
      expect({
        at: [c.row, c.col],
        value: sheet.cells.get(`${c.row - 1},${c.col - 1}`)?.value ?? "",
      }).toEqual({ at: [c.row, c.col], value: c.value ?? "" });
    expect(fake.host.activeSheet().name).toBe(PROSPETTO_SHEET_NAME);
    const firstId = sheet.id;
    await generateProspetto(1, null, { today: TODAY });
    expect(book.sheet(PROSPETTO_SHEET_NAME).id).not.toBe(firstId);
    expect(book.state.names.filter((n) => n.comment === "Schede PEG: prospetto")).toHaveLength(1);
  });

  test("a user's «Prospetto variazioni» is never touched", async () => {
    const { book } = setupWorkbook();
    await freezeVersion(FIELDS);
    book.addSheet(PROSPETTO_SHEET_NAME).setValues(`'${PROSPETTO_SHEET_NAME}'!A1`, [["mio"]]);
    const report = await generateProspetto(1, null, { today: TODAY });
    expect(report).toMatchObject({
      sheet: `${PROSPETTO_SHEET_NAME} (2)`,
      nameTaken: PROSPETTO_SHEET_NAME,
    });
    expect(book.values(`'${PROSPETTO_SHEET_NAME}'!A1`)).toEqual([["mio"]]);
  });
});

describe("round trips", () => {
  test.each([31, 300])("%i objectives: O(1) round trips per operation", async (n) => {
    const { fake, book } = setupWorkbook(repeatedSample(n));
    await freezeVersion(FIELDS);
    const first = fake.stats().syncs;
    fake.resetStats();
    await freezeVersion({ ...FIELDS, nome: "Seconda" });
    const freeze = fake.stats();
    fake.resetStats();
    const list = await listVersions();
    const listSyncs = fake.stats().syncs;
    fake.resetStats();
    const compared = await compareVersions(1, 2);
    const compare = fake.stats().syncs;
    fake.resetStats();
    await generateProspetto(1, null, { today: TODAY });
    const prospetto = fake.stats();
    expect(list.versions).toHaveLength(2);
    expect(compared.changes).toEqual([]);
    expect(readAsTheCliDoes(book).versions[1].snapshot.obiettivi).toHaveLength(n);
    // the first version finds no Versioni table: the read asks which tables there are, reads
    // again and asks the sheet names again (as any read missing a table), then writes
    expect({ first, freeze: freeze.syncs, listSyncs, compare, prospetto: prospetto.syncs }).toEqual(
      {
        first: 5,
        freeze: 2,
        listSyncs: 1,
        compare: 2,
        prospetto: 3,
      },
    );
    for (const bytes of [...freeze.payloadBytes, ...prospetto.payloadBytes])
      expect(bytes).toBeLessThan(GENERATE_BUDGET_BYTES);
  });
});

test("a workbook with no version lists none", async () => {
  const { book, fake } = setupWorkbook();
  expect(await listVersions()).toEqual({ versions: [], broken: [], unlisted: [] });
  // no tblVersioni: the read fails on it and asks which tables there are
  expect(fake.stats().syncs).toBe(2);
  expect(book.snapshot().tables.some((t) => t.name === VERSIONI.table)).toBe(false);
});
