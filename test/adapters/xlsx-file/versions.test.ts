import { addVersion, readVersions } from "../../../src/adapters/xlsx-file/versions";
import {
  openXlsx,
  readModelFromXlsx,
  writePackageFile,
} from "../../../src/adapters/xlsx-file/workbook";
import { newVersion, takeSnapshot, type SavedVersion } from "../../../src/core/cycle/versions";
import type { IsoDate } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import {
  TRICKY_TEXTS,
  smallModel,
  tempDir,
  withoutOrigin,
  writeModelWithVersions,
  xmlAttrs,
  zipPart,
  zipParts,
} from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());

const file = tmp.file("versioni.xlsx");
const approved = samplePeg();
const changed = samplePeg();
changed.fasi[0].descrizione = TRICKY_TEXTS[0];
changed.indicatori.pop();
const versions: SavedVersion[] = [
  {
    info: {
      numero: 1,
      nome: "Piano approvato",
      atto: "delibera G.C. n. 12 del 10/02/2021",
      data: "2021-02-10" as IsoDate,
      utente: "anna",
      foglio: "Versione 1",
    },
    snapshot: takeSnapshot(approved),
  },
  {
    info: {
      numero: 2,
      nome: "Variazione",
      atto: "",
      data: null,
      utente: "",
      foglio: "Versione 2",
    },
    snapshot: takeSnapshot(changed),
  },
];

beforeAll(async () => {
  await writeModelWithVersions(smallModel(), versions, file);
});

describe("versions in an .xlsx file", () => {
  it("read back as written", async () => {
    const read = readVersions(await openXlsx(file));
    expect(read.broken).toEqual([]);
    expect(read.problems).toEqual([]);
    expect(read.versions).toEqual(versions);
  });

  it("stand in hidden sheets after the visible Versioni sheet", () => {
    const sheets = xmlAttrs(zipPart(file, "xl/workbook.xml"), "sheet");
    expect(sheets.map((s) => [s.name, s.state ?? "visible"])).toEqual([
      ["Obiettivi", "visible"],
      ["Fasi", "visible"],
      ["Indicatori", "visible"],
      ["Soggetti", "visible"],
      ["Rilevazioni", "visible"],
      ["Impostazioni", "visible"],
      ["Versioni", "visible"],
      ["Versione 1", "hidden"],
      ["Versione 2", "hidden"],
    ]);
  });

  it("do not disturb the data tables", async () => {
    const parsed = await readModelFromXlsx(file);
    expect(parsed.problems).toEqual([]);
    expect(withoutOrigin(parsed.model)).toEqual(withoutOrigin(smallModel()));
  });

  it("a workbook without versions has none", async () => {
    const plain = tmp.file("senza.xlsx");
    await writeModelWithVersions(samplePeg(), [], plain);
    expect(readVersions(await openXlsx(plain))).toEqual({
      versions: [],
      broken: [],
      unlisted: [],
      problems: [],
    });
  });
});

describe("adding a version to a workbook", () => {
  it("marks its hidden sheet as a version, and the list sheet as nobody's", async () => {
    const book = await openXlsx(file);
    const names = book.names.filter((n) => n.comment?.startsWith("Schede PEG: "));
    expect(names.map((n) => [n.comment, n.formula, n.hidden])).toEqual([
      ["Schede PEG: versione 1", "'Versione 1'!$A$1", true],
      ["Schede PEG: versione 2", "'Versione 2'!$A$1", true],
    ]);
  });

  it("appends its row to the list already there, which grows by one", () => {
    const tables = zipParts(file).filter((p) => p.startsWith("xl/tables/"));
    const list = tables
      .map((p) => xmlAttrs(zipPart(file, p), "table")[0])
      .find((t) => t.name === "tblVersioni");
    expect(list?.ref).toBe("A1:F3");
  });

  it("takes a free number and a free sheet name", async () => {
    const path = tmp.file("occupato.xlsx");
    await writeModelWithVersions(smallModel(), [], path);
    const book = await openXlsx(path);
    const taken = { numbers: [4], sheets: [...book.sheets.map((s) => s.name), "Versione 5"] };
    const info = newVersion([], { nome: "P", atto: "", data: null, utente: "" }, taken);
    expect([info.numero, info.foglio]).toEqual([5, "Versione 5 (2)"]);
    await writePackageFile(addVersion(book, { info, snapshot: takeSnapshot(smallModel()) }), path);
    const read = readVersions(await openXlsx(path));
    expect(read.versions.map((v) => v.info)).toEqual([info]);
  });

  it("refuses a table name the workbook already uses, writing nothing", async () => {
    const book = await openXlsx(file);
    const again = { ...versions[0], info: { ...versions[0].info, foglio: "Altro" } };
    expect(() => addVersion(book, again)).toThrow(/tblVersione1_Obiettivi è già usato/);
  });
});
