/**
 * Values written into table cells together with the Rilevazioni rows that log them, as an
 * import or a collection of returned files does: each change's cells and log rows go in the
 * same sync, so a run stopped between two syncs never leaves a value without its log row.
 * The changes are grouped under a fraction of the write budget; `sendSteps` fills the syncs.
 */
import type { Rilevazione } from "../../core/model/types";
import type { CellValue } from "../../core/schema/raw";
import type { ColumnDef } from "../../core/schema/types";
import { queueAppend, type WriteStep } from "./append";
import { formatFor, recordsToBlock } from "./cells";
import { COMMAND_OVERHEAD_BYTES, WRITE_BUDGET_BYTES, chunkBy, jsonBytes } from "./payload";
import type { TableRead } from "./read-tables";

/** a 1×1 write: the table, its body, the cell (three proxies), its format and its value */
export const CELL_WRITE_BYTES = 5 * COMMAND_OVERHEAD_BYTES;

/** One cell of a table's data body (0-based row and column) and the value it gets. */
export interface FieldCell {
  readonly table: TableRead;
  readonly row: number;
  readonly column: number;
  /** the schema column, for the cell's format (text stays text) */
  readonly col: ColumnDef | undefined;
  readonly value: CellValue;
}

/** Cells and the log rows that log them, written in the same sync. */
export interface LoggedChange {
  readonly cells: readonly FieldCell[];
  readonly logs: readonly Rilevazione[];
}

function queueCell(context: Excel.RequestContext, c: FieldCell): void {
  const cell = context.workbook.tables
    .getItem(c.table.def.table)
    .getDataBodyRange()
    .getCell(c.row, c.column);
  // the format first: text stays text
  cell.numberFormat = [[formatFor(c.col, c.value)]];
  cell.values = [[c.value]];
}

/** The steps writing `changes`, each group of changes with its log rows below `log`. */
export function loggedSteps(log: TableRead, changes: readonly LoggedChange[]): WriteStep[] {
  const bytesOf = (c: LoggedChange) =>
    c.cells.reduce((sum, cell) => sum + CELL_WRITE_BYTES + jsonBytes(cell.value), 0) +
    jsonBytes(recordsToBlock(log.def, log.headers, c.logs));
  const groups = chunkBy(changes, bytesOf, WRITE_BUDGET_BYTES / 8);
  return groups.map((group) => ({
    bytes: group.reduce((sum, c) => sum + bytesOf(c), 0),
    queue: (context) => {
      for (const c of group) for (const cell of c.cells) queueCell(context, cell);
      // below the table, never in a blank first row a colleague saving may be filling
      queueAppend(
        context,
        { def: log.def, blankRows: 0 },
        recordsToBlock(
          log.def,
          log.headers,
          group.flatMap((c) => c.logs),
        ),
      );
    },
  }));
}
