/**
 * Opening a PEG workbook for a command: read, parse, and refuse (exit 2) a file that lacks
 * the essential sheets or their required headers, saying what is expected.
 */
import { openXlsx, readRawWorkbook, type XlsxBook } from "../../adapters/xlsx-file/workbook";
import { parseWorkbook, type ParseResult } from "../../core/parse";
import type { RawWorkbook } from "../../core/schema/raw";
import { unusableReasons } from "../../core/verifica";
import type { Lang } from "../../core/text/lang";
import { CliError } from "../errors";

export interface LoadedFile {
  readonly book: XlsxBook;
  readonly raw: RawWorkbook;
  readonly parsed: ParseResult;
}

/** Read and parsed with the problems in `lang`; refused when it is not a PEG workbook. */
export async function loadPegFile(file: string, lang: Lang = "it"): Promise<LoadedFile> {
  const book = await openXlsx(file);
  const raw = readRawWorkbook(book, file);
  const parsed = parseWorkbook(raw, lang);
  if (unusableReasons(parsed).length > 0) {
    // the error carries both languages: on this rare path, parse again for the other one
    const list = (l: Lang): string[] =>
      unusableReasons(l === lang ? parsed : parseWorkbook(raw, l), l).map((r) => `  - ${r}`);
    throw new CliError({
      it: [
        `Il file «${file}» non ha la struttura di una cartella di lavoro PEG:`,
        ...list("it"),
        "Per vedere la struttura attesa: schede-peg esempio -o esempio.xlsx",
      ].join("\n"),
      en: [
        `The file "${file}" does not have the structure of a PEG workbook:`,
        ...list("en"),
        "To see the expected structure: schede-peg esempio -o esempio.xlsx",
      ].join("\n"),
    });
  }
  return { book, raw, parsed };
}
