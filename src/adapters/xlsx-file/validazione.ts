/**
 * The Nucleo's validation written into the user's own workbook at package level: the fields
 * that change in the objective's row, the log rows appended to Rilevazioni; every other part
 * of the file stays as it was.
 */
import type { Obiettivo, Rilevazione, ValidazioneNucleo } from "../../core/model/types";
import type { RawWorkbook } from "../../core/schema/raw";
import { OBIETTIVI, RILEVAZIONI } from "../../core/schema/tables";
import type { XlsxBook } from "./read/book";
import { TableWriteList } from "./table-writes";
import { writePackageFile } from "./workbook";
import { WriteRefused, writeTableCells } from "./write/cells";

export async function writeValidazione(
  book: XlsxBook,
  raw: RawWorkbook,
  record: Obiettivo,
  values: Partial<ValidazioneNucleo>,
  logRows: readonly Rilevazione[],
  path: string,
): Promise<void> {
  if (record.origin === undefined)
    throw new WriteRefused({
      it: `non si trova nella cartella la riga dell'obiettivo ${record.codice}.`,
      en: `the row of objective ${record.codice} is not in the workbook.`,
    });
  const list = new TableWriteList(raw);
  list.set(OBIETTIVI, record.origin.row, values, Object.keys(values));
  list.append(RILEVAZIONI, logRows as unknown as Record<string, unknown>[]);
  writeTableCells(book, list.writes());
  await writePackageFile(book.pkg, path);
}
