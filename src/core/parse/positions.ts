/**
 * Where a table stands in its sheet, so a record's `origin.row` and a column key can be
 * turned into a cell address. Parsing records it from the `RawTable`; the verifica uses it to
 * point every problem at its cell. Without a known position the canonical layout made by the
 * structure preparation is assumed: header in row 1, first column A, schema column order.
 */
import type { TableId } from "../schema/tables";
import { TABLES } from "../schema/tables";
import type { RawTable, RawWorkbook } from "../schema/raw";
import type { TableDef } from "../schema/types";
import { cellAddress } from "../schema/address";

export interface TablePosition {
  readonly sheet: string;
  /** 1-based worksheet row of the header row */
  readonly headerRow: number;
  /** 0-based worksheet column of the first table column */
  readonly firstColumn: number;
  /** header texts as found, in sheet order */
  readonly headers: readonly string[];
}

export type TablePositions = Partial<Record<TableId, TablePosition>>;

/** Header text compared loosely: case, accents' composition and runs of spaces do not count. */
export function normalizeHeader(h: unknown): string {
  return String(h ?? "")
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("it");
}

/** normalized headers per headers array: the verifica asks once per problem */
const normalized = new WeakMap<readonly unknown[], string[]>();

/** 0-based index among the table's headers of the column `key`, or -1 when it is absent. */
export function headerIndex(def: TableDef, headers: readonly unknown[], key: string): number {
  const col = def.columns.find((c) => c.key === key);
  if (!col || !Array.isArray(headers)) return -1;
  let norm = normalized.get(headers);
  if (!norm) {
    norm = headers.map(normalizeHeader);
    normalized.set(headers, norm);
  }
  return norm.indexOf(normalizeHeader(col.header));
}

export function positionOf(raw: RawTable): TablePosition {
  return {
    sheet: raw.sheet,
    headerRow: raw.headerRow,
    firstColumn: raw.firstColumn,
    headers: raw.headers,
  };
}

export function positionsOf(raw: RawWorkbook): TablePositions {
  const out: TablePositions = {};
  for (const def of TABLES) {
    const t = raw[def.id];
    if (t) out[def.id] = positionOf(t);
  }
  return out;
}

export function canonicalPosition(def: TableDef): TablePosition {
  return {
    sheet: def.sheet,
    headerRow: 1,
    firstColumn: 0,
    headers: def.columns.map((c) => c.header),
  };
}

function safeCell(sheet: string, row1: number, col0: number): string | null {
  const ok = Number.isInteger(row1) && row1 >= 1 && Number.isInteger(col0) && col0 >= 0;
  return ok ? cellAddress(String(sheet), row1, col0) : null;
}

/** Where a problem about one cell (or one row, when `key` is null) is. */
export interface Place {
  readonly sheet: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly cell: string | null;
}

/** Place of column `key` in data row `index` (0-based in the body); cell null when the column is absent. */
export function placeOf(
  def: TableDef,
  pos: TablePosition,
  index: number | null | undefined,
  key: string | null,
): Place {
  const row = index === null || index === undefined ? null : pos.headerRow + 1 + index;
  const i = key === null ? -1 : headerIndex(def, pos.headers, key);
  const header = key === null ? null : (def.columns.find((c) => c.key === key)?.header ?? null);
  return {
    sheet: pos.sheet,
    row,
    column: i >= 0 ? String(pos.headers[i]) : header,
    cell: row !== null && i >= 0 ? safeCell(pos.sheet, row, pos.firstColumn + i) : null,
  };
}
