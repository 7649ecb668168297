/**
 * Table contents exactly as a spreadsheet hands them over, before any parsing. Both adapters
 * (Excel JS API and .xlsx files) produce this shape; the core parses it into the model.
 */
import type { TableId } from "./tables";

/**
 * What a cell value can be when read through `Range.values`: numbers (dates are serials),
 * strings ("" for an empty cell, "#N/A" and the like for errors), booleans. `null` is
 * accepted too because the .xlsx reader yields it for cells that do not exist.
 */
export type CellValue = string | number | boolean | null;

/**
 * What a file says of a cell beyond its value, where it changes what the value means:
 * shown as a percentage (Excel stores 14 % as 0.14), shown as a date (Excel turned what was
 * typed into a date serial), or a formula saved without its result (never calculated).
 */
export type CellLook = "percent" | "date" | "uncalculated";

export interface RawTable {
  readonly id: TableId;
  /** worksheet holding the table */
  readonly sheet: string;
  /** 1-based worksheet row of the header row */
  readonly headerRow: number;
  /** 0-based worksheet column of the table's first column (0 = column A) */
  readonly firstColumn: number;
  /** header texts as found, in sheet order */
  readonly headers: readonly string[];
  /** data body rows, each as long as `headers` */
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * The cells with a look that matters: per body row (absent when none), 0-based table column
   * -> look. Absent when the reader cannot tell.
   */
  readonly looks?: readonly (ReadonlyMap<number, CellLook> | undefined)[];
}

/** A workbook as read: one entry per schema table; absent tables are simply missing. */
export type RawWorkbook = Partial<Record<TableId, RawTable>>;
