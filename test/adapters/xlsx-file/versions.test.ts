import { readVersions, writeModelWithVersions } from "../../../src/adapters/xlsx-file/versions";
import { openXlsx, readModelFromXlsx } from "../../../src/adapters/xlsx-file/workbook";
import { takeSnapshot, type SavedVersion } from "../../../src/core/cycle/versions";
import type { IsoDate } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { TRICKY_TEXTS, smallModel, tempDir, withoutOrigin, xmlAttrs, zipPart } from "./helpers";

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
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
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
    expect(readVersions(await openXlsx(plain))).toEqual({ versions: [], broken: [], problems: [] });
  });
});
