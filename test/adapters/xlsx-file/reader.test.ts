import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { toRawCell } from "../../../src/adapters/xlsx-file/cells";
import type { XlsxFileErrorKind } from "../../../src/adapters/xlsx-file/errors";
import {
  extractRawWorkbook,
  readXlsxFile,
  saveWorkbook,
  writeModelXlsx,
} from "../../../src/adapters/xlsx-file/workbook";
import { isoToSerial } from "../../../src/core/text/dates";
import { FASI } from "../../../src/core/schema/tables";
import { smallModel, tempDir, xmlAttrs, zipPart } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());

describe("toRawCell gives what a spreadsheet gives", () => {
  it.each<[string, ExcelJS.CellValue, unknown]>([
    ["empty", null, ""],
    ["number", 12.5, 12.5],
    ["text", "=SOMMA(A1)", "=SOMMA(A1)"],
    ["boolean", true, true],
    ["date -> serial", new Date(Date.UTC(2021, 0, 1)), isoToSerial("2021-01-01")],
    [
      "date and time -> serial",
      new Date(Date.UTC(2021, 3, 30, 12)),
      isoToSerial("2021-04-30")! + 0.5,
    ],
    ["error", { error: "#N/A" }, "#N/A"],
    ["formula -> cached result", { formula: "A1*2", result: 7 }, 7],
    ["formula without a result", { formula: "A1*2" }, ""],
    ["formula with an error", { formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    ["shared formula", { sharedFormula: "B2", result: "si" }, "si"],
    [
      "rich text",
      { richText: [{ text: "Con " }, { text: "grassetto", font: { bold: true } }] },
      "Con grassetto",
    ],
    ["hyperlink", { text: "Delibera 12", hyperlink: "https://example.org" }, "Delibera 12"],
  ])("%s", (_name, value, expected) => {
    expect(toRawCell(value)).toBe(expected);
  });
});

describe("finding the tables", () => {
  it("finds a table by its Excel name on any sheet and at any position", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Le mie fasi");
    ws.getCell("A1").value = "Titolo scritto dall'utente";
    ws.addTable({
      name: "TBLFASI",
      ref: "C3",
      columns: FASI.columns.map((c) => ({ name: c.header })),
      rows: [FASI.columns.map((c) => (c.key === "obiettivo" ? "2021_X" : null))],
    });
    const raw = extractRawWorkbook(wb).fasi!;
    expect(raw).toMatchObject({ sheet: "Le mie fasi", headerRow: 3, firstColumn: 2 });
    expect(raw.headers).toEqual(FASI.columns.map((c) => c.header));
    expect(raw.rows).toHaveLength(1);
    expect(raw.rows[0][0]).toBe("2021_X");
  });

  it("trusts the table's first row as headers even when ExcelJS says there is none", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Fasi");
    const table = ws.addTable({
      name: "tblFasi",
      ref: "A1",
      columns: [{ name: "Obiettivo" }, { name: "N. fase" }],
      rows: [["2021_X", 1]],
    });
    (table as unknown as { model: { headerRow: boolean } }).model.headerRow = false;
    const raw = extractRawWorkbook(wb).fasi!;
    expect(raw.headers).toEqual(["Obiettivo", "N. fase"]);
    expect(raw.rows).toEqual([["2021_X", 1]]);
  });

  it("falls back to the sheet name with headers in row 1, keeping inner blank rows", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("fasi");
    ws.addRow(["Obiettivo", "N. fase", "", ""]);
    ws.addRow(["2021_X", 1]);
    ws.addRow([]);
    ws.addRow(["2021_X", 2]);
    ws.addRow([]);
    const raw = extractRawWorkbook(wb);
    expect(raw.fasi).toMatchObject({ sheet: "fasi", headerRow: 1, firstColumn: 0 });
    expect(raw.fasi!.headers).toEqual(["Obiettivo", "N. fase"]);
    expect(raw.fasi!.rows).toEqual([
      ["2021_X", 1],
      ["", ""],
      ["2021_X", 2],
    ]);
    expect(raw.obiettivi).toBeUndefined();
  });
});

describe("unusable files", () => {
  function file(name: string, content: string | Buffer): string {
    const path = tmp.file(name);
    writeFileSync(path, content);
    return path;
  }
  async function validXlsx(): Promise<Buffer> {
    const path = tmp.file("valido.xlsx");
    await writeModelXlsx(smallModel(), path);
    return readFileSync(path);
  }
  function zipWithoutWorkbook(): string {
    const dir = tmp.file("zip");
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/nota.txt`, "non sono un foglio di calcolo");
    const path = tmp.file("archivio.xlsx");
    execFileSync("zip", ["-q", "-j", path, `${dir}/nota.txt`]);
    return path;
  }

  it.each<[string, () => Promise<string> | string, XlsxFileErrorKind, RegExp]>([
    ["a missing file", () => tmp.file("manca.xlsx"), "missing", /non esiste/],
    ["a folder", () => tmp.dir, "directory", /è una cartella/],
    [
      "a text file",
      () => file("testo.xlsx", "Codice;Anno\n"),
      "not-xlsx",
      /non è una cartella di lavoro Excel/,
    ],
    [
      "an old .xls",
      () => file("vecchio.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      "legacy-xls",
      /vecchio formato \.xls/,
    ],
    [
      "a zip that holds no workbook",
      zipWithoutWorkbook,
      "not-xlsx",
      /non è una cartella di lavoro Excel/,
    ],
    [
      "a truncated xlsx",
      async () => file("troncato.xlsx", (await validXlsx()).subarray(0, 2000)),
      "corrupt",
      /non si può aprire/,
    ],
  ])("%s", async (_name, path, kind, message) => {
    const p = await path();
    const error = await readXlsxFile(p).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "XlsxFileError", kind });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(p);
  });
});

describe("saving a workbook read from a file", () => {
  /** The table part as Excel writes it: no headerRowCount, no filterColumn. */
  function excelLike(source: string): string {
    const dir = tmp.file("excel-like");
    mkdirSync(dir, { recursive: true });
    execFileSync("unzip", ["-q", "-o", source, "-d", dir]);
    const part = `${dir}/xl/tables/table2.xml`;
    const xml = readFileSync(part, "utf8")
      .replace(/ headerRowCount="1"/, "")
      .replace(/<filterColumn [^>]*\/>/g, "");
    writeFileSync(part, xml);
    const out = tmp.file("excel-like.xlsx");
    execFileSync("zip", ["-q", "-r", out, "."], { cwd: dir });
    return out;
  }

  it("keeps the header row and the filter buttons of tables saved by Excel", async () => {
    const source = tmp.file("origine.xlsx");
    await writeModelXlsx(smallModel(), source);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(excelLike(source));
    const out = tmp.file("risalvato.xlsx");
    await saveWorkbook(wb, out);
    const xml = zipPart(out, "xl/tables/table2.xml");
    expect(xmlAttrs(xml, "table")[0]).toMatchObject({ name: "tblFasi", headerRowCount: "1" });
    expect(xmlAttrs(xml, "filterColumn").map((f) => f.hiddenButton)).not.toContain("1");
    expect(await readXlsxFile(out)).toEqual(await readXlsxFile(source));
  });
});
