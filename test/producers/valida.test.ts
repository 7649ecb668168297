/**
 * `valida` on workbooks made by other producers before the validation's columns: it adds them
 * at the end of the Obiettivi table (table part, header cells, filter) and writes the
 * validation; only the Obiettivi and Rilevazioni sheets, their table parts and the styles
 * change, the data read the same, and openpyxl and LibreOffice open the result.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { PackageParts } from "../../src/adapters/xlsx-file/package/zip";
import { openBook } from "../../src/adapters/xlsx-file/read/book";
import { readModelFromXlsx, readRawWorkbook } from "../../src/adapters/xlsx-file/workbook";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { hasCommand, pageTexts, xlsxToPdf } from "../print/pdf-tools";
import { CORPUS, run } from "./corpus";

const tmp = tempDir();
afterAll(() => tmp.remove());

const ADDED = ["Raggiungimento validato %", "Nota del Nucleo", "Data validazione"];
const FILES = [
  "openpyxl-plain.xlsx",
  "openpyxl-1904.xlsx",
  "libreoffice-convert.xlsx",
  "libreoffice-pivot.xlsx",
  "xlsxwriter-tables.xlsx",
];

/** The parts of a sheet and of its table, by sheet name and table name. */
function partsOf(pkg: PackageParts, sheetName: string, table: string): string[] {
  const book = openBook(pkg);
  const sheet = book.sheets.find((s) => s.name === sheetName)!;
  const t = book.tables(sheet).find((x) => x.displayName === table)!;
  return [sheet.part!, t.part];
}

function changedParts(before: PackageParts, after: PackageParts): string[] {
  return [...new Set([...before.names(), ...after.names()])]
    .filter((p) => {
      const x = before.bytes(p);
      const y = after.bytes(p);
      return x === undefined || y === undefined || !Buffer.from(x).equals(Buffer.from(y));
    })
    .sort();
}

describe.each(FILES)("valida on %s, made before the validation's columns", (name) => {
  const file = tmp.file(name);
  let before: PackageParts;
  let after: PackageParts;
  let text = "";
  beforeAll(async () => {
    copyFileSync(`${CORPUS}/${name}`, file);
    before = PackageParts.fromZip(readFileSync(file));
    const ok = await run([
      "valida",
      file,
      "--obiettivo",
      "2021_S08_20",
      "--valore",
      "85",
      "--nota",
      "Indicatori documentati",
      "--data",
      "2022-03-15",
      "--utente",
      "Nucleo",
    ]);
    text = ok.text;
    expect(ok.code).toBe(0);
    after = PackageParts.fromZip(readFileSync(file));
  });

  it("adds the three columns and says so", () => {
    expect(text).toContain(
      "Aggiunte in fondo alla tabella tblObiettivi le colonne della validazione",
    );
  });

  it("changes only the two sheets, their tables and the styles", () => {
    const expected = [
      ...partsOf(before, "Obiettivi", "tblObiettivi"),
      ...partsOf(before, "Rilevazioni", "tblRilevazioni"),
      "xl/styles.xml",
    ].sort();
    expect(changedParts(before, after)).toEqual(expected);
  });

  it("widens the table, its filter and its columns at the end", () => {
    const [, tablePart] = partsOf(after, "Obiettivi", "tblObiettivi");
    const xml = after.text(tablePart)!;
    const was = before.text(tablePart)!;
    const ref = (x: string) => /<table\b[^>]*\sref="([^"]+)"/.exec(x)?.[1];
    expect([ref(was), ref(xml)]).toEqual(["A1:V32", "A1:Y32"]);
    expect(/<autoFilter ref="([^"]+)"/.exec(xml)?.[1]).toBe("A1:Y32");
    const names = [...xml.matchAll(/<tableColumn\b[^>]*\sname="([^"]+)"/g)].map((m) => m[1]);
    const ids = [...xml.matchAll(/<tableColumn\b[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1]));
    expect(names.slice(-3)).toEqual(ADDED);
    expect(new Set(ids).size).toBe(25);
    expect(/<tableColumns count="(\d+)"/.exec(xml)?.[1]).toBe("25");
  });

  it("reads the same data back, with the validation in its new columns", async () => {
    const a = readRawWorkbook(openBook(before), "prima");
    const b = readRawWorkbook(openBook(after), "dopo");
    const ob = b.obiettivi!;
    expect(ob.headers).toEqual([...a.obiettivi!.headers, ...ADDED]);
    expect(ob.rows.map((r) => r.slice(0, 22))).toEqual(a.obiettivi!.rows);
    expect(b.fasi).toEqual(a.fasi);
    expect(b.indicatori).toEqual(a.indicatori);
    expect(b.rilevazioni!.rows.slice(0, a.rilevazioni!.rows.length)).toEqual(a.rilevazioni!.rows);
    const { model } = await readModelFromXlsx(file);
    expect(model.obiettivi.find((o) => o.codice === "2021_S08_20")).toMatchObject({
      raggiungimentoValidato: 85,
      notaNucleo: "Indicatori documentati",
      dataValidazione: "2022-03-15",
    });
    expect(model.obiettivi.filter((o) => o.raggiungimentoValidato !== null)).toHaveLength(1);
  });
});

const openpyxl =
  hasCommand("python3") && spawnSync("python3", ["-c", "import openpyxl"]).status === 0;
(openpyxl ? describe : describe.skip)("openpyxl opens what valida wrote", () => {
  it.each(FILES)("%s", (name) => {
    const script = [
      "import sys, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      "ws = wb['Obiettivi']",
      "t = ws.tables['tblObiettivi']",
      "print(t.ref, '|'.join(c.name for c in t.tableColumns[-3:]))",
      "print(ws['W2'].value, ws['X2'].value, ws['Y2'].value.date() if hasattr(ws['Y2'].value, 'date') else ws['Y2'].value)",
    ].join("\n");
    const r = spawnSync("python3", ["-c", script, tmp.file(name)], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")).toEqual([
      `A1:Y32 ${ADDED.join("|")}`,
      "85 Indicatori documentati 2022-03-15",
      "",
    ]);
  });
});

const soffice = hasCommand("soffice") && hasCommand("pdftotext", "-v");
(soffice ? describe : describe.skip)("LibreOffice opens what valida wrote", () => {
  it.each(["openpyxl-plain.xlsx", "libreoffice-convert.xlsx", "xlsxwriter-tables.xlsx"])(
    "%s: the validation prints",
    async (name) => {
      const text = pageTexts(await xlsxToPdf(tmp.file(name), tmp.dir)).join("\n");
      expect(text).toContain("Indicatori documentati");
      expect(text).toContain("15/03/2022");
    },
    120_000,
  );
});
