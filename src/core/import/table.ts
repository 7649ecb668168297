/**
 * The start of importing a table (a CSV or a sheet), the same for the command line and the
 * pane: rows numbered as a spreadsheet shows them, the header row found among the first
 * rows, the decimal separator read from the rows below it.
 */
import type { CellValue } from "../schema/raw";
import type { Texts } from "../text/lang";
import { CsvParser, isEmptyRecord, type Delimiter } from "./csv";
import { detectDecimalSeparator, type DecimalSeparator } from "./mapping/convert";
import { findHeaderRow, headerTexts } from "./mapping/headers";

export interface SourceRow {
  readonly cells: readonly CellValue[];
  /** the row as a spreadsheet shows it (a CSV record with line breaks inside is one row) */
  readonly row: number;
}

/** The first worksheet of an .xlsx, its cells as the sheet shows them. */
export interface SheetRows {
  readonly sheet: string;
  readonly rows: readonly SourceRow[];
}

/**
 * Reads the first worksheet of an .xlsx from its bytes (`name` names the file in the
 * errors, which say in the user's language why it cannot be read).
 */
export type SheetReader = (name: string, bytes: Uint8Array) => Promise<SheetRows>;

/** rows read before the mapping is chosen: the header is searched in the first 50 */
export const HEAD_ROWS = 250;
const HEADER_SEARCH_ROWS = 50;

const DELIMITER_NAMES: Readonly<Record<Delimiter, Texts>> = {
  ";": { it: "punto e virgola", en: "semicolon" },
  ",": { it: "virgola", en: "comma" },
  "\t": { it: "tabulazione", en: "tab" },
  "|": { it: "barra verticale", en: "vertical bar" },
};

/** CSV text pushed in chunks -> numbered rows; empty lines are counted, not returned. */
export class CsvRows {
  private readonly parser: CsvParser;
  private row = 0;

  constructor(delimiter: Delimiter) {
    this.parser = new CsvParser(delimiter);
  }

  private number(records: string[][]): SourceRow[] {
    const out: SourceRow[] = [];
    for (const record of records) {
      this.row++;
      if (!isEmptyRecord(record)) out.push({ cells: record, row: this.row });
    }
    return out;
  }

  push(chunk: string): SourceRow[] {
    return this.number(this.parser.push(chunk));
  }

  end(): SourceRow[] {
    return this.number(this.parser.end());
  }
}

export type TableStart =
  | {
      readonly kind: "found";
      /** the header's index among the rows given */
      readonly at: number;
      readonly headers: string[];
      /** the rows below the header among the first ones read */
      readonly sample: SourceRow[];
      readonly decimal: DecimalSeparator;
    }
  /** no row with data */
  | { readonly kind: "empty" }
  /** no row names every column of the mapping: the first row's texts */
  | { readonly kind: "columns"; readonly first: string[] };

/**
 * The header among the first rows (`head`, up to HEAD_ROWS): the first naming every column
 * of `names` (the mapping's), or without names the fullest. The decimal separator is the
 * given one, else the one the sample's numbers use.
 */
export function startTable(
  head: readonly SourceRow[],
  names: readonly string[] | null,
  decimal: DecimalSeparator | null,
): TableStart {
  const at = findHeaderRow(
    head.slice(0, HEADER_SEARCH_ROWS).map((r) => r.cells),
    names,
  );
  if (at === null) {
    return names === null || head.length === 0
      ? { kind: "empty" }
      : { kind: "columns", first: headerTexts(head[0].cells) };
  }
  const sample = head.slice(at + 1);
  return {
    kind: "found",
    at,
    headers: headerTexts(head[at].cells),
    sample,
    decimal: decimal ?? detectDecimalSeparator(sample.flatMap((r) => r.cells)),
  };
}

/** How a source was read, for the report: «CSV, separatore punto e virgola, UTF-8». */
export const readAs = {
  csv: (delimiter: Delimiter, encoding: string): Texts => ({
    it: `CSV, separatore ${DELIMITER_NAMES[delimiter].it}, ${encoding}`,
    en: `CSV, ${DELIMITER_NAMES[delimiter].en} separated, ${encoding}`,
  }),
  sheet: (name: string): Texts => ({ it: `foglio «${name}»`, en: `sheet "${name}"` }),
  text: (encoding: string): Texts => ({
    it: `report in testo, ${encoding}`,
    en: `text report, ${encoding}`,
  }),
  /** `how`, then the decimal separator found: «…, decimali con la virgola» */
  withDecimal: (how: Texts, decimal: DecimalSeparator): Texts =>
    decimal === ","
      ? { it: `${how.it}, decimali con la virgola`, en: `${how.en}, decimal comma` }
      : { it: `${how.it}, decimali con il punto`, en: `${how.en}, decimal point` },
};
