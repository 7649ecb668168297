/**
 * `versione` on files made by other producers writes the version into the user's own
 * workbook and changes nothing else: every part of the package comes out byte for byte but
 * the four a new sheet needs (workbook, its relationships, content types, styles), the data
 * read the same, and the copy reads back equal to the tables it froze.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { PackageParts } from "../../src/adapters/xlsx-file/package/zip";
import { openBook } from "../../src/adapters/xlsx-file/read/book";
import { readVersions } from "../../src/adapters/xlsx-file/versions";
import { readModelFromXlsx, readRawWorkbook } from "../../src/adapters/xlsx-file/workbook";
import { takeSnapshot } from "../../src/core/cycle/versions";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { corpus, fileOf, otherPartsChanged, run } from "./corpus";

const tmp = tempDir();
afterAll(() => tmp.remove());

const readable = corpus().filter((e) => e.readable);

describe.each(readable.map((e) => [e.file, e] as const))("versione on %s", (_name, e) => {
  const file = tmp.file(e.file);
  let before: PackageParts;
  let after: PackageParts;
  beforeAll(async () => {
    copyFileSync(fileOf(e), file);
    before = PackageParts.fromZip(readFileSync(file));
    const r = await run(["versione", file, "--nome", "Piano approvato", "--data", "2021-02-10"]);
    expect(r.text).toContain("versione 1 «Piano approvato» del 10/02/2021");
    expect(r.code).toBe(0);
    after = PackageParts.fromZip(readFileSync(file));
  });

  it("writes into the file itself and keeps every other part byte for byte", () => {
    expect(otherPartsChanged(before, after)).toEqual([]);
    expect(after.names().length).toBeGreaterThan(before.names().length);
  });

  it("keeps the sheets, in order and state, and adds Versioni and the hidden copy", () => {
    const sheet = (s: { name: string; state: string; part?: string }) =>
      `${s.name}|${s.state}|${s.part}`;
    const a = openBook(before).sheets;
    const b = openBook(after).sheets;
    expect(b.slice(0, a.length).map(sheet)).toEqual(a.map(sheet));
    expect(b.slice(a.length).map((s) => [s.name, s.state])).toEqual([
      ["Versioni", "visible"],
      ["Versione 1", "hidden"],
    ]);
  });

  it("reads the same data back, and the copy equals the tables", async () => {
    expect(readRawWorkbook(openBook(after), "dopo")).toEqual(
      readRawWorkbook(openBook(before), "prima"),
    );
    const { versions, broken } = readVersions(openBook(after));
    expect(broken).toEqual([]);
    expect(versions.map((v) => v.info.utente)).toEqual(["anna"]);
    expect(versions[0].snapshot).toEqual(takeSnapshot((await readModelFromXlsx(file)).model));
  });

  it("a second version goes into the same list, and the two compare equal", async () => {
    expect((await run(["versione", file, "--nome", "Variazione n. 1"])).code).toBe(0);
    const { versions } = readVersions(openBook(PackageParts.fromZip(readFileSync(file))));
    expect(versions.map((v) => [v.info.numero, v.info.nome, v.info.foglio])).toEqual([
      [1, "Piano approvato", "Versione 1"],
      [2, "Variazione n. 1", "Versione 2"],
    ]);
    expect((await run(["confronta", file, "--versione", "1", "--con", "2"])).code).toBe(0);
  });
});
