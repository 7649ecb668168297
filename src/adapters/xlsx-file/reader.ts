/**
 * Opening an .xlsx and finding the schema tables in it. A table is found by its Excel table
 * name first (wherever the user moved it), else by its sheet name with headers in row 1.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CellValue, RawTable, RawWorkbook } from "../../core/schema/raw";
import { TABLES } from "../../core/schema/tables";
import type { TableId } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import { parseRange, toRawCell } from "./cells";
import type { CellBox } from "./cells";
import { corrupt, legacyXls, notXlsx, readFailure } from "./errors";

type SchemaTable = TableDef<TableId>;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Buffer, magic: readonly number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** Loads the file with ExcelJS; every way it can fail becomes an `XlsxFileError`. */
export async function openXlsx(path: string): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw readFailure(path, e);
  }
  if (startsWith(buf, OLE_MAGIC)) throw legacyXls(path);
  if (!startsWith(buf, ZIP_MAGIC)) throw notXlsx(path);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own Buffer type (an ArrayBuffer): hand it exactly the file's bytes
    await wb.xlsx.load(new Uint8Array(buf).buffer);
  } catch (e) {
    throw corrupt(path, e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  // a zip without a workbook part (e.g. a .docx or any archive) loads as an empty workbook
  if (wb.worksheets.length === 0) throw notXlsx(path);
  return wb;
}

/**
 * What ExcelJS keeps of a table. Tables read from a file carry only `tableRef` (their `ref`
 * and `rows` stay undefined), tables made with `addTable` carry both; `getTables()` returns
 * Table objects despite its declared type, and their data lives in `.table`/`.model`.
 */
interface TableModel {
  readonly name?: string;
  readonly ref?: string;
  readonly tableRef?: string;
  readonly totalsRow?: boolean;
  readonly columns?: readonly { readonly name?: string }[];
}

function tableModels(ws: ExcelJS.Worksheet): TableModel[] {
  const tables = ws.getTables() as unknown as readonly { model?: TableModel }[];
  return tables.map((t) => t.model).filter((m): m is TableModel => m !== undefined);
}

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function rowValues(ws: ExcelJS.Worksheet, row: number, left: number, width: number): CellValue[] {
  const out: CellValue[] = [];
  // findCell: no cell objects are created for empty positions while reading
  for (let c = 0; c < width; c++) out.push(toRawCell(ws.findCell(row, left + c)?.value));
  return out;
}

function isBlank(row: readonly CellValue[]): boolean {
  return row.every((v) => v === "" || v === null);
}

/** Body rows of a box; trailing blank rows are dropped (inner ones keep the row numbers right). */
function bodyRows(ws: ExcelJS.Worksheet, box: CellBox, width: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = box.top + 1; r <= box.bottom; r++) rows.push(rowValues(ws, r, box.left, width));
  while (rows.length > 0 && isBlank(rows[rows.length - 1])) rows.pop();
  return rows;
}

/**
 * The header row is taken to be the table's first row. ExcelJS reports `headerRow: false`
 * for tables saved by Excel (which omits the default headerRowCount="1"), so that flag is
 * not trusted; a header cell left empty falls back to the table's column name.
 */
function fromExcelTable(def: SchemaTable, ws: ExcelJS.Worksheet, t: TableModel): RawTable | null {
  const box = parseRange(t.tableRef ?? t.ref ?? "");
  if (!box) return null;
  const width = box.right - box.left + 1;
  const headers = rowValues(ws, box.top, box.left, width).map((v, i) =>
    v === "" || v === null ? String(t.columns?.[i]?.name ?? "") : String(v),
  );
  const bottom = t.totalsRow ? box.bottom - 1 : box.bottom;
  return {
    id: def.id,
    sheet: ws.name,
    headerRow: box.top,
    firstColumn: box.left - 1,
    headers,
    rows: bodyRows(ws, { ...box, bottom }, width),
  };
}

function fromSheet(def: SchemaTable, ws: ExcelJS.Worksheet): RawTable {
  const headers = rowValues(ws, 1, 1, ws.columnCount).map((v) => (v === null ? "" : String(v)));
  while (headers.length > 0 && headers[headers.length - 1].trim() === "") headers.pop();
  const box = { top: 1, left: 1, bottom: ws.rowCount, right: headers.length };
  return {
    id: def.id,
    sheet: ws.name,
    headerRow: 1,
    firstColumn: 0,
    headers,
    rows: headers.length === 0 ? [] : bodyRows(ws, box, headers.length),
  };
}

function findTable(wb: ExcelJS.Workbook, def: SchemaTable): RawTable | null {
  for (const ws of wb.worksheets) {
    const t = tableModels(ws).find((m) => sameName(m.name, def.table));
    if (t) {
      const raw = fromExcelTable(def, ws, t);
      if (raw) return raw;
    }
  }
  const ws = wb.worksheets.find((s) => sameName(s.name, def.sheet));
  return ws ? fromSheet(def, ws) : null;
}

/** Every schema table found in an opened workbook, values as a spreadsheet gives them. */
export function extractRawWorkbook(wb: ExcelJS.Workbook): RawWorkbook {
  const raw: Partial<Record<TableId, RawTable>> = {};
  for (const def of TABLES) {
    const table = findTable(wb, def);
    if (table) raw[def.id] = table;
  }
  return raw;
}
