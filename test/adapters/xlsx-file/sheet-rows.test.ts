/**
 * A worksheet as the rows an import reads (the CLI's `importa` and the pane share it), on
 * files other programs wrote: cells as the sheet shows them, and the unusable files refused
 * with the reader's Italian messages, from bytes alone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsxBytes } from "../../../src/adapters/xlsx-file/read/open-bytes";
import { readSheetRows, sheetRows, worksheetsOf } from "../../../src/adapters/xlsx-file/sheet-rows";
import type { SourceRow } from "../../../src/core/import/table";

const PRODUCERS = join(__dirname, "../../fixtures/producers");
const bytes = (file: string) => new Uint8Array(readFileSync(join(PRODUCERS, file)));

/** the value under `header` in the row numbered `row` */
function cell(rows: readonly SourceRow[], header: string, row: number) {
  const headers = rows[0].cells;
  const line = rows.find((r) => r.row === row);
  return line?.cells[headers.indexOf(header)];
}

function sheet(file: string, name: string): SourceRow[] {
  const book = openXlsxBytes(bytes(file), file);
  const entry = worksheetsOf(book).find((s) => s.name === name);
  if (!entry) throw new Error(`no sheet ${name}`);
  return [...sheetRows(book, entry)];
}

test("the first worksheet of a file openpyxl saved, its rows numbered as the sheet does", () => {
  const { sheet: name, rows } = readSheetRows(
    "openpyxl-percent.xlsx",
    bytes("openpyxl-percent.xlsx"),
  );
  expect(name).toBe("Obiettivi");
  expect(rows[0].row).toBe(1);
  expect(rows[0].cells).toContain("Codice");
  expect(rows.length).toBe(32); // the header and the 31 objectives
});

test("a number formatted as a percentage is the percentage shown", () => {
  const fasi = sheet("openpyxl-percent.xlsx", "Fasi");
  expect(cell(fasi, "Avanzamento %", 2)).toBe(14);
  expect(cell(fasi, "Avanzamento %", 3)).toBe(33.3);
  expect(cell(sheet("openpyxl-percent.xlsx", "Indicatori"), "Valore raggiunto", 3)).toBe(85);
});

test("a date is its ISO date, in the 1904 date system too", () => {
  const fasi = sheet("openpyxl-1904.xlsx", "Fasi");
  expect(cell(fasi, "Fine effettiva", 2)).toBe("2021-06-30");
  expect(cell(fasi, "Inizio previsto", 2)).toBe("2021-01-01");
});

test.each([
  ["broken-encrypted.xlsx", /^Il file «broken-encrypted\.xlsx» è protetto da password/],
  ["broken-xls.xlsx", /^Il file «broken-xls\.xlsx» è nel vecchio formato \.xls/],
  ["broken-csv.xlsx", /^Il file «broken-csv\.xlsx» è un file di testo/],
  ["broken-ods.xlsx", /^Il file «broken-ods\.xlsx» è un foglio di calcolo OpenDocument/],
  ["broken-truncated.xlsx", /^Il file «broken-truncated\.xlsx» è danneggiato o incompleto/],
])("%s is refused with the reader's message", (file, message) => {
  expect(() => readSheetRows(file, bytes(file))).toThrow(message);
});

test("bytes that are not a workbook at all are refused", () => {
  expect(() => readSheetRows("dati.xlsx", new Uint8Array([0, 1, 2, 3]))).toThrow(
    /^Il file «dati\.xlsx» non è una cartella di lavoro Excel/,
  );
});
