/**
 * A problem found in the workbook: where it is (sheet, row, column, cell), how bad it is,
 * which rule found it and a message a clerk can act on, in the language the caller asked
 * (Italian unless English is asked). Never thrown: returned.
 */
import type { CellValue } from "../schema/raw";

export type Severity = "error" | "warning";

export interface ProposedFix {
  /** the value to write in `cell` */
  readonly value: CellValue;
  /** label of the button, in the problem's language, e.g. "Scrivi 3500" */
  readonly label: string;
}

export interface Problem {
  readonly severity: Severity;
  /** stable id of the rule, e.g. "fasi.peso.mancante" */
  readonly rule: string;
  readonly message: string;
  readonly sheet: string | null;
  /** 1-based worksheet row, as Excel shows it */
  readonly row: number | null;
  /** column header as it stands in the table */
  readonly column: string | null;
  /** A1 address with sheet, e.g. "Fasi!H12"; null for problems of a whole table or objective */
  readonly cell: string | null;
  /** codice of the objective concerned, when there is one */
  readonly objective: string | null;
  readonly fix?: ProposedFix;
}
