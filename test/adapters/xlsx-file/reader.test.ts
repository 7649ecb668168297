import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { XlsxFileErrorKind } from "../../../src/adapters/xlsx-file/errors";
import { PackageParts } from "../../../src/adapters/xlsx-file/package/zip";
import { openBook } from "../../../src/adapters/xlsx-file/read/book";
import { readSharedStrings, readSheetCells } from "../../../src/adapters/xlsx-file/read/sheet";
import { lookOfFormat } from "../../../src/adapters/xlsx-file/read/styles";
import { extractRawWorkbook } from "../../../src/adapters/xlsx-file/read/tables";
import { readXlsxFile, writeModelXlsx } from "../../../src/adapters/xlsx-file/workbook";
import { isoToSerial } from "../../../src/core/text/dates";
import { FASI } from "../../../src/core/schema/tables";
import { smallModel, tempDir } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());

/** A workbook another program made (here ExcelJS), read by our package reader. */
async function readBack(wb: ExcelJS.Workbook) {
  const buf = new Uint8Array(await wb.xlsx.writeBuffer());
  return extractRawWorkbook(openBook(PackageParts.fromZip(buf)));
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
function sheet(rows: string): string {
  return `<worksheet ${MAIN}><sheetData>${rows}</sheetData></worksheet>`;
}
/** styles: 0 General, 1 percent (id 9), 2 date (id 14), 3 custom date, 4 text */
const LOOKS = [null, "percent", "date", "date", "text"] as const;
const ctx = { sharedStrings: ["primo", "secondo"], looks: LOOKS, date1904: false };
function cellOf(xml: string, context = ctx) {
  return (
    readSheetCells(sheet(`<row r="1">${xml}</row>`), context)
      .get(1)
      ?.get(1) ?? null
  );
}

describe("a worksheet's cells, as a spreadsheet gives them", () => {
  it.each<[string, string, unknown]>([
    ["a shared string", '<c r="A1" t="s"><v>1</v></c>', { value: "secondo" }],
    ["a number", '<c r="A1"><v>12.5</v></c>', { value: 12.5 }],
    ["a boolean", '<c r="A1" t="b"><v>1</v></c>', { value: true }],
    ["an error", '<c r="A1" t="e"><v>#N/A</v></c>', { value: "#N/A" }],
    ["a formula's cached 0", '<c r="A1"><f>A2-A2</f><v>0</v></c>', { value: 0 }],
    ["a formula's cached FALSE", '<c r="A1" t="b"><f>1=2</f><v>0</v></c>', { value: false }],
    ["a formula's text result", '<c r="A1" t="str"><f>"si"</f><v>si</v></c>', { value: "si" }],
    [
      "a formula saved without its result",
      '<c r="A1"><f>20+10</f><v></v></c>',
      { value: "", look: "uncalculated" },
    ],
    [
      "a formula with no value element",
      '<c r="A1"><f>20+10</f></c>',
      { value: "", look: "uncalculated" },
    ],
    [
      "inline rich text, without its phonetic guide",
      '<c r="A1" t="inlineStr"><is><r><t>Con </t></r><r><t xml:space="preserve">grassetto </t></r><rPh><t>x</t></rPh></is></c>',
      { value: "Con grassetto " },
    ],
    ["a percentage", '<c r="A1" s="1"><v>0.14</v></c>', { value: 0.14, look: "percent" }],
    ["a date", '<c r="A1" s="2"><v>44197</v></c>', { value: 44197, look: "date" }],
    [
      "an ISO date (t=d)",
      '<c r="A1" t="d"><v>2021-01-01T00:00:00</v></c>',
      { value: isoToSerial("2021-01-01"), look: "date" },
    ],
    ["an Excel escape", '<c r="A1" t="inlineStr"><is><t>a_x000D_b</t></is></c>', { value: "a\rb" }],
    ["an empty styled cell", '<c r="A1" s="2"/>', null],
  ])("%s", (_name, xml, expected) => {
    expect(cellOf(xml)).toEqual(expected);
  });

  it("moves dates of the 1904 system to the 1900 one, and only dates", () => {
    const mac = { ...ctx, date1904: true };
    expect(cellOf('<c r="A1" s="2"><v>42735</v></c>', mac)).toEqual({
      value: isoToSerial("2021-01-01"),
      look: "date",
    });
    expect(cellOf('<c r="A1"><v>42735</v></c>', mac)).toEqual({ value: 42735 });
  });

  it("reads rows and cells without references, and prefixed elements", () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const cells = readSheetCells(xml, ctx);
    expect(cells.get(1)?.get(2)).toEqual({ value: "primo" });
    expect(cells.get(2)?.get(1)).toEqual({ value: 3 });
  });

  it("reads shared strings with rich-text runs and without phonetic guides", () => {
    const xml = `<sst ${MAIN}><si><t>uno</t></si><si><r><t>du</t></r><r><t>e</t></r><rPh><t>ignora</t></rPh></si><si><t/></si></sst>`;
    expect(readSharedStrings(xml)).toEqual(["uno", "due", ""]);
  });

  it.each<[string, string | null]>([
    ["0%", "percent"],
    ["0.0%", "percent"],
    ['#,##0.00" %"', null],
    ["dd/mm/yyyy", "date"],
    ["[$-410]d mmmm yyyy;@", "date"],
    ["[h]:mm", "date"],
    ["#,##0.00", null],
    ["0.00E+00", null],
    ["General", null],
    ["@", "text"],
    ['[Red]"scaduto";General', null],
  ])("the format %s looks like %s", (code, look) => {
    expect(lookOfFormat(code)).toBe(look);
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
    const raw = (await readBack(wb)).fasi!;
    expect(raw).toMatchObject({ sheet: "Le mie fasi", headerRow: 3, firstColumn: 2 });
    expect(raw.headers).toEqual(FASI.columns.map((c) => c.header));
    expect(raw.rows).toHaveLength(1);
    expect(raw.rows[0][0]).toBe("2021_X");
  });

  it("falls back to the sheet name, keeping inner blank rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("fasi");
    ws.addRow(["Obiettivo", "N. fase", "", ""]);
    ws.addRow(["2021_X", 1]);
    ws.addRow([]);
    ws.addRow(["2021_X", 2]);
    ws.addRow([]);
    const raw = await readBack(wb);
    expect(raw.fasi).toMatchObject({ sheet: "fasi", headerRow: 1, firstColumn: 0 });
    expect(raw.fasi!.headers).toEqual(["Obiettivo", "N. fase"]);
    expect(raw.fasi!.rows).toEqual([
      ["2021_X", 1],
      ["", ""],
      ["2021_X", 2],
    ]);
    expect(raw.obiettivi).toBeUndefined();
  });

  it("finds the headers of a plain sheet below a title", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Fasi");
    ws.addRow(["PEG 2021 — fasi del settore"]);
    ws.addRow([]);
    ws.addRow(["Obiettivo", "N. fase", "Peso"]);
    ws.addRow(["2021_X", 1, 100]);
    const raw = (await readBack(wb)).fasi!;
    expect(raw).toMatchObject({ headerRow: 3, headers: ["Obiettivo", "N. fase", "Peso"] });
    expect(raw.rows).toEqual([["2021_X", 1, 100]]);
  });

  it("gives the value of a merged area once, in its first cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Fasi");
    ws.addRow(["Obiettivo", "N. fase"]);
    ws.addRow(["2021_X", 1]);
    ws.addRow(["", 2]);
    ws.mergeCells("A2:A3");
    expect((await readBack(wb)).fasi!.rows).toEqual([
      ["2021_X", 1],
      ["", 2],
    ]);
  });

  it("marks the percent-formatted cells of a table body", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Fasi");
    ws.addRow(["Obiettivo", "Avanzamento %"]);
    ws.addRow(["2021_X", 0.14]);
    ws.getCell("B2").numFmt = "0%";
    const raw = (await readBack(wb)).fasi!;
    expect(raw.rows).toEqual([["2021_X", 0.14]]);
    expect(raw.looks?.map((m) => (m ? [...m] : null))).toEqual([[[1, "percent"]]]);
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
  function zipOf(name: string, files: Record<string, string>): string {
    const dir = tmp.file(`${name}-dir`);
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(`${dir}/${f}`, text);
    const path = tmp.file(name);
    execFileSync("zip", ["-q", "-j", path, ...Object.keys(files).map((f) => `${dir}/${f}`)]);
    return path;
  }
  /** An OLE compound file header, with or without the stream of an encrypted package. */
  function ole(encrypted: boolean): Buffer {
    const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const body = Buffer.from(encrypted ? "EncryptedPackage" : "Workbook", "utf16le");
    return Buffer.concat([head, Buffer.alloc(504), body]);
  }

  it.each<[string, () => Promise<string> | string, XlsxFileErrorKind, RegExp]>([
    ["a missing file", () => tmp.file("manca.xlsx"), "missing", /non esiste/],
    ["a folder", () => tmp.dir, "directory", /è una cartella/],
    [
      "a CSV renamed",
      () => file("testo.xlsx", "Codice;Anno\n2021_X;2021\n"),
      "text",
      /file di testo/,
    ],
    ["an old .xls", () => file("vecchio.xls", ole(false)), "legacy-xls", /vecchio formato \.xls/],
    [
      "an encrypted xlsx",
      () => file("cifrato.xlsx", ole(true)),
      "encrypted",
      /protetto da password/,
    ],
    [
      "an .ods renamed",
      () => zipOf("calc.xlsx", { mimetype: "application/vnd.oasis.opendocument.spreadsheet" }),
      "ods",
      /OpenDocument/,
    ],
    [
      "a zip that holds no workbook",
      () => zipOf("archivio.xlsx", { "nota.txt": "non sono un foglio di calcolo" }),
      "not-xlsx",
      /non è una cartella di lavoro Excel/,
    ],
    [
      "a truncated xlsx",
      async () => file("troncato.xlsx", (await validXlsx()).subarray(0, 2000)),
      "corrupt",
      /danneggiato o incompleto/,
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
    expect((error as Error).message).not.toMatch(/[Cc]orrupted|Error:|undefined/);
  });
});
