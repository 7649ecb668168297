import {
  VERSIONI,
  listedVersions,
  newVersion,
  parseSnapshot,
  parseVersions,
  snapshotSheet,
  snapshotTableDefs,
  snapshotTableName,
  snapshotTableOf,
  takeSnapshot,
  versionRows,
  type SavedVersion,
  type VersionInfo,
} from "../../../src/core/cycle/versions";
import type { IsoDate } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { FASI, INDICATORI, OBIETTIVI } from "../../../src/core/schema/tables";
import { rawTable } from "../parse/helpers";

const info = (numero: number, nome = `Versione ${numero}`): VersionInfo => ({
  numero,
  nome,
  atto: "",
  data: "2021-02-10" as IsoDate,
  utente: "anna",
  foglio: `Versione ${numero}`,
});

describe("snapshot tables", () => {
  it("are named after the version and found again by name", () => {
    expect(snapshotTableName(3, "fasi")).toBe("tblVersione3_Fasi");
    expect(snapshotTableOf("tblVersione3_Fasi")).toEqual({ numero: 3, id: "fasi" });
    expect(snapshotTableOf("TBLVERSIONE12_obiettivi")).toEqual({ numero: 12, id: "obiettivi" });
    expect(snapshotTableOf("tblFasi")).toBeNull();
    expect(snapshotTableOf("tblVersione_Fasi")).toBeNull();
    expect(snapshotTableOf("tblVersione1_Soggetti")).toBeNull();
  });

  it("hold every column a person types in the data tables (driven by the schema)", () => {
    const defs = snapshotTableDefs(2);
    expect(defs.map((d) => d.table)).toEqual([
      "tblVersione2_Obiettivi",
      "tblVersione2_Fasi",
      "tblVersione2_Indicatori",
    ]);
    [OBIETTIVI, FASI, INDICATORI].forEach((data, i) => {
      expect(defs[i].columns).toEqual(data.columns.filter((c) => !c.computed));
    });
  });

  it("stand one under the other without touching", () => {
    const version: SavedVersion = { info: info(1), snapshot: takeSnapshot(samplePeg()) };
    const sheet = snapshotSheet(version);
    expect(sheet.name).toBe("Versione 1");
    expect(sheet.note).toContain("versione 1");
    const [o, f, i] = sheet.tables;
    expect([o.rows.length, f.rows.length, i.rows.length]).toEqual([31, 55, 61]);
    expect(o.headerRow).toBe(4);
    // title row, header, body, an empty row
    expect(f.headerRow).toBe(o.headerRow + 31 + 3);
    expect(i.headerRow).toBe(f.headerRow + 55 + 3);
  });

  it("an empty table still takes one body row, as Excel wants", () => {
    const version: SavedVersion = {
      info: info(1),
      snapshot: { obiettivi: [], fasi: [], indicatori: [] },
    };
    const [o, f] = snapshotSheet(version).tables;
    expect(f.headerRow).toBe(o.headerRow + 4);
  });
});

describe("newVersion", () => {
  it("takes the number after the highest, never reusing one", () => {
    const fields = { nome: "Piano", atto: "", data: null, utente: "" };
    expect(newVersion([], fields)).toMatchObject({ numero: 1, foglio: "Versione 1" });
    expect(newVersion([info(1), info(3)], fields).numero).toBe(4);
  });
});

describe("reading back what was written", () => {
  it("the versions table", () => {
    const versions = [
      info(1, "Piano approvato"),
      { ...info(2), atto: "delibera n. 12", data: null },
    ];
    const raw = rawTable(VERSIONI, versionRows(versions));
    expect(parseVersions(raw)).toEqual({ versions, problems: [] });
  });

  it("a snapshot", () => {
    const snapshot = takeSnapshot(samplePeg());
    const version: SavedVersion = { info: info(1), snapshot };
    const [o, f, i] = snapshotSheet(version).tables;
    const read = parseSnapshot({
      obiettivi: rawTable(o.def, o.rows),
      fasi: rawTable(f.def, f.rows),
      indicatori: rawTable(i.def, i.rows),
    });
    expect(read.missing).toEqual([]);
    expect(read.problems).toEqual([]);
    expect(read.snapshot).toEqual(snapshot);
  });

  it("a snapshot without one of its tables says which", () => {
    const [o] = snapshotSheet({ info: info(1), snapshot: takeSnapshot(samplePeg()) }).tables;
    expect(parseSnapshot({ obiettivi: rawTable(o.def, o.rows) }).missing).toEqual([
      "fasi",
      "indicatori",
    ]);
  });
});

describe("listedVersions: the list without reading the copies", () => {
  const names = (...numbers: number[]) =>
    numbers.flatMap((n) =>
      (["obiettivi", "fasi", "indicatori"] as const).map((id) => snapshotTableName(n, id)),
    );

  it("sorts the listed versions, sets apart those without a whole copy and copies without a row", () => {
    const raw = rawTable(VERSIONI, versionRows([info(3), info(1), info(2)]));
    const tables = [...names(1, 3, 4), snapshotTableName(2, "obiettivi"), "tblObiettivi"];
    expect(listedVersions(raw, tables)).toEqual({
      versions: [info(1), info(3)],
      broken: [info(2)],
      unlisted: [4],
    });
  });

  it("a workbook without tblVersioni: no version, its copies counted for the next number", () => {
    expect(listedVersions(null, names(2))).toEqual({ versions: [], broken: [], unlisted: [2] });
  });
});
