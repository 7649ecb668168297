import type { CellValue, RawTable } from "../../../src/core/schema/raw";
import type { TableDef } from "../../../src/core/schema/types";
import type { TableId } from "../../../src/core/schema/tables";

/** A raw table in the canonical layout (header in row 1, column A), or as `opts` say. */
export function rawTable(
  def: TableDef,
  rows: readonly (readonly CellValue[])[],
  opts: Partial<Pick<RawTable, "headers" | "headerRow" | "firstColumn" | "sheet">> = {},
): RawTable {
  return {
    id: def.id as TableId,
    sheet: opts.sheet ?? def.sheet,
    headerRow: opts.headerRow ?? 1,
    firstColumn: opts.firstColumn ?? 0,
    headers: opts.headers ?? def.columns.map((c) => c.header),
    rows,
  };
}

/** A row in schema order with the given cells by key, the rest empty. */
export function row(def: TableDef, cells: Record<string, CellValue>): CellValue[] {
  return def.columns.map((c) => (c.key in cells ? cells[c.key] : ""));
}
