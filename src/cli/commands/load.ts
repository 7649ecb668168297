/**
 * Opening a PEG workbook for a command: read, parse, and refuse (exit 2) a file that lacks
 * the essential sheets or their required headers, saying what is expected.
 */
import { openXlsx, readRawWorkbook, type XlsxBook } from "../../adapters/xlsx-file/workbook";
import { parseWorkbook, type ParseResult } from "../../core/parse";
import type { RawWorkbook } from "../../core/schema/raw";
import { unusableReasons } from "../../core/verifica";
import { CliError } from "../errors";

export interface LoadedFile {
  readonly book: XlsxBook;
  readonly raw: RawWorkbook;
  readonly parsed: ParseResult;
}

export async function loadPegFile(file: string): Promise<LoadedFile> {
  const book = await openXlsx(file);
  const raw = readRawWorkbook(book, file);
  const parsed = parseWorkbook(raw);
  const reasons = unusableReasons(parsed);
  if (reasons.length > 0) {
    throw new CliError(
      [
        `Il file «${file}» non ha la struttura di una cartella di lavoro PEG:`,
        ...reasons.map((r) => `  - ${r}`),
        "Per vedere la struttura attesa: schede-peg esempio -o esempio.xlsx",
      ].join("\n"),
    );
  }
  return { book, raw, parsed };
}
