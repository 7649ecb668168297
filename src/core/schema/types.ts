/**
 * The vocabulary of the table schema. One `TableDef` per structured sheet drives reading,
 * writing, structure creation and the verifica, so a column is described exactly once.
 * A table's columns are written against the record its rows fill (`Columns<R>`): a column
 * the record lacks, or a field of the record without its column, does not compile.
 */

/** How a cell's value is read, checked and written. */
export type ColumnType =
  /** free text; written always as text (never a formula) */
  | "text"
  /** a number, any sign unless `min`/`max` say otherwise */
  | "number"
  /** a whole number (phase and indicator numbers, the plan year) */
  | "integer"
  /** a percentage stored as 0–100 (not 0–1): peso, avanzamento, impegno */
  | "percent"
  /** a date: an Excel serial in the cell, an ISO `YYYY-MM-DD` string in the model */
  | "date"
  /** a date and time: Excel serial in the cell, ISO string in the model (log timestamps) */
  | "datetime"
  /** one of `allowed` (case-insensitive on read, canonical spelling in the model) */
  | "enum"
  /** "si" / "no" in the cell, boolean in the model */
  | "flag"
  /** a month, `YYYY-MM`, kept as text so Excel does not turn it into a date */
  | "month";

export interface ColumnDef<K extends string = string> {
  /** property name in the model */
  readonly key: K;
  /** Italian header, exactly as it stands in the table */
  readonly header: string;
  readonly type: ColumnType;
  readonly required: boolean;
  /** canonical values for `enum` columns */
  readonly allowed?: readonly string[];
  /** inclusive bounds for numeric columns */
  readonly min?: number;
  readonly max?: number;
  /** Excel number format code for the column's data body */
  readonly numberFormat: string;
  /** column width in Excel character units */
  readonly width: number;
  /** written by the add-in from the computation; users should not type here */
  readonly computed?: boolean;
  /** one-line Italian help shown as the data-validation input message */
  readonly help?: string;
  /**
   * the column may be missing from a workbook without a warning (it reads as empty): columns
   * added after workbooks were made (the PIAO fields, the log's Origine)
   */
  readonly optional?: true;
  /** asked only by the full PIAO: hidden when the ente is small (see docs/piao.md) */
  readonly fullPiaoOnly?: true;
}

export interface TableDef<Id extends string = string, K extends string = string> {
  /** stable id used in code */
  readonly id: Id;
  /** worksheet name (Excel rules: ≤ 31 chars, none of []:*?/\) */
  readonly sheet: string;
  /** Excel table name (letters, digits, underscore; unique in the workbook) */
  readonly table: string;
  /** in sheet order */
  readonly columns: readonly ColumnDef<K>[];
  /** columns whose values together identify a row; used for duplicate checks */
  readonly key: readonly K[];
}

/** The fields of a record that are cells of its row (not where the record came from). */
export type RecordFields<R> = Exclude<keyof R, "origin"> & string;

/** A column as the schema writes it: everything but its key, which names it. */
export type ColumnSpec = Omit<ColumnDef, "key">;

/**
 * The columns of the rows of records `R`, one per field, in sheet order (the order written).
 * The record type and the schema must agree: TypeScript refuses a missing or an extra key.
 */
export type Columns<R> = { readonly [K in RecordFields<R>]: ColumnSpec };
