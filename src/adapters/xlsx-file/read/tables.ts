/**
 * The schema tables of an opened package as `RawTable`s. A table is found by its Excel table
 * name first (wherever the user moved it), else by its sheet name, with the header row the
 * first of the sheet's top rows that carries the schema's headers.
 */
import { normalizeHeader } from "../../../core/parse/positions";
import {
  type CellLook,
  type CellValue,
  type RawTable,
  type RawWorkbook,
} from "../../../core/schema/raw";
import { TABLES, type TableId } from "../../../core/schema/tables";
import type { TableDef } from "../../../core/schema/types";
import type { SheetEntry, TablePart, XlsxBook } from "./book";
import type { SheetCells } from "./sheet";
import { parseRange } from "./range";

export { parseRange, type CellBox } from "./range";

type SchemaTable = TableDef<TableId>;

/** How far down a plain sheet its header row is looked for. */
const HEADER_SEARCH_ROWS = 20;

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function textOfHeader(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

/** Rows `from`..`to` of columns left..left+width-1, with the looks met, trailing blanks dropped. */
function body(
  cells: SheetCells,
  from: number,
  to: number,
  left: number,
  width: number,
): Pick<RawTable, "rows" | "looks"> {
  const rows: CellValue[][] = [];
  const looks: (Map<number, CellLook> | undefined)[] = [];
  let last = -1;
  for (let r = from; r <= to; r++) {
    const line = cells.get(r);
    const values: CellValue[] = new Array<CellValue>(width).fill("");
    if (line) {
      for (let c = 0; c < width; c++) {
        const cell = line.get(left + c);
        if (!cell) continue;
        values[c] = cell.value;
        if (cell.look) (looks[r - from] ??= new Map()).set(c, cell.look);
        if (cell.value !== "" || cell.look === "uncalculated") last = r - from;
      }
    }
    rows.push(values);
    // past the last used row of the sheet nothing more can come
    if (r > lastRowOf(cells)) break;
  }
  rows.length = last + 1;
  looks.length = Math.min(looks.length, last + 1);
  return { rows, looks };
}

const lastRows = new WeakMap<SheetCells, number>();
function lastRowOf(cells: SheetCells): number {
  let last = lastRows.get(cells);
  if (last === undefined) {
    last = 0;
    for (const r of cells.keys()) if (r > last) last = r;
    lastRows.set(cells, last);
  }
  return last;
}

/** The header and body of an Excel table, whatever table it is; null when its range is unreadable. */
export function excelTableContents(
  sheet: SheetEntry,
  t: TablePart,
  cells: SheetCells,
): Omit<RawTable, "id"> | null {
  const box = parseRange(t.ref);
  if (!box) return null;
  const width = box.right - box.left + 1;
  const hasHeader = t.headerRowCount !== 0;
  const headerLine = hasHeader ? cells.get(box.top) : undefined;
  const headers = Array.from({ length: width }, (_, i) => {
    const text = textOfHeader(headerLine?.get(box.left + i)?.value);
    return text === "" ? (t.columnNames[i] ?? "") : text;
  });
  const first = hasHeader ? box.top + 1 : box.top;
  const lastBody = box.bottom - t.totalsRowCount;
  return {
    sheet: sheet.name,
    // without a header row, problems still point at the right rows
    headerRow: first - 1,
    firstColumn: box.left - 1,
    headers,
    ...body(cells, first, lastBody, box.left, width),
  };
}

function fromExcelTable(
  def: SchemaTable,
  sheet: SheetEntry,
  t: TablePart,
  cells: SheetCells,
): RawTable | null {
  const contents = excelTableContents(sheet, t, cells);
  return contents && { id: def.id, ...contents };
}

/** The top row holding most of the schema's headers (row 1 when none does). */
function headerRowOf(def: SchemaTable, cells: SheetCells): number {
  const wanted = new Set(def.columns.map((c) => normalizeHeader(c.header)));
  let best = 1;
  let bestHits = 0;
  for (let r = 1; r <= HEADER_SEARCH_ROWS; r++) {
    let hits = 0;
    for (const cell of cells.get(r)?.values() ?? []) {
      if (wanted.has(normalizeHeader(cell.value))) hits++;
    }
    if (hits > bestHits) [best, bestHits] = [r, hits];
  }
  return best;
}

function fromSheet(def: SchemaTable, sheet: SheetEntry, cells: SheetCells): RawTable {
  const headerRow = headerRowOf(def, cells);
  const line = cells.get(headerRow);
  let width = 0;
  for (const c of line?.keys() ?? [])
    if (c > width && textOfHeader(line?.get(c)?.value).trim() !== "") width = c;
  const headers = Array.from({ length: width }, (_, i) => textOfHeader(line?.get(i + 1)?.value));
  return {
    id: def.id,
    sheet: sheet.name,
    headerRow,
    firstColumn: 0,
    headers,
    ...(width === 0 ? { rows: [] } : body(cells, headerRow + 1, lastRowOf(cells), 1, width)),
  };
}

/** Every schema table found in an opened workbook, values as a spreadsheet gives them. */
export function extractRawWorkbook(book: XlsxBook): RawWorkbook {
  const worksheets = book.sheets.filter((s) => s.kind === "worksheet");
  const tables = worksheets.flatMap((sheet) => book.tables(sheet).map((t) => ({ sheet, t })));
  const cellsOf = new Map<SheetEntry, SheetCells>();
  const cells = (sheet: SheetEntry): SheetCells => {
    let c = cellsOf.get(sheet);
    if (!c) cellsOf.set(sheet, (c = book.cells(sheet)));
    return c;
  };
  const raw: Partial<Record<TableId, RawTable>> = {};
  for (const def of TABLES) {
    const found = tables.find(({ t }) => same(t.displayName, def.table) || same(t.name, def.table));
    const fromTable = found ? fromExcelTable(def, found.sheet, found.t, cells(found.sheet)) : null;
    if (fromTable) {
      raw[def.id] = fromTable;
      continue;
    }
    const sheet = worksheets.find((s) => same(s.name, def.sheet));
    if (sheet) raw[def.id] = fromSheet(def, sheet, cells(sheet));
  }
  return raw;
}

/** An Excel table found by name on any worksheet (hidden ones too), or null. */
export function findExcelTable(book: XlsxBook, name: string): Omit<RawTable, "id"> | null {
  for (const sheet of book.sheets.filter((s) => s.kind === "worksheet")) {
    const t = book.tables(sheet).find((x) => same(x.displayName, name) || same(x.name, name));
    if (t) return excelTableContents(sheet, t, book.cells(sheet));
  }
  return null;
}
