/**
 * The Nucleo's validation written into the user's own workbook at package level: the fields
 * that change in the objective's row, the log rows appended to Rilevazioni, and first the
 * validation's columns at the end of the Obiettivi table when it lacks them; every other
 * part of the file stays as it was.
 */
import { headerIndex } from "../../core/parse/positions";
import { CAMPI_VALIDAZIONE } from "../../core/rilevazione/validazione";
import type { Obiettivo, Rilevazione, ValidazioneNucleo } from "../../core/model/types";
import type { RawWorkbook } from "../../core/schema/raw";
import { OBIETTIVI, RILEVAZIONI } from "../../core/schema/tables";
import type { XlsxBook } from "./read/book";
import { TableWriteList } from "./table-writes";
import { writePackageFile } from "./workbook";
import { WriteRefused, writeTableCells } from "./write/cells";
import { addTableColumns } from "./write/columns";

/** The validation's columns the workbook's Obiettivi table lacks (none when it is missing). */
function missingColumns(raw: RawWorkbook) {
  const table = raw.obiettivi;
  if (!table) return [];
  return OBIETTIVI.columns.filter(
    (c) =>
      (CAMPI_VALIDAZIONE as readonly string[]).includes(c.key) &&
      headerIndex(OBIETTIVI, table.headers, c.key) < 0,
  );
}

/** The workbook as read, with `headers` added at the end of the Obiettivi table. */
function withHeaders(raw: RawWorkbook, headers: readonly string[]): RawWorkbook {
  const table = raw.obiettivi;
  if (!table || headers.length === 0) return raw;
  const empty = headers.map(() => "");
  return {
    ...raw,
    obiettivi: {
      ...table,
      headers: [...table.headers, ...headers],
      rows: table.rows.map((r) => [...r, ...empty]),
    },
  };
}

export async function writeValidazione(
  book: XlsxBook,
  raw: RawWorkbook,
  record: Obiettivo,
  values: Partial<ValidazioneNucleo>,
  logRows: readonly Rilevazione[],
  path: string,
): Promise<{ addedColumns: string[] }> {
  if (record.origin === undefined)
    throw new WriteRefused({
      it: `non si trova nella cartella la riga dell'obiettivo ${record.codice}.`,
      en: `the row of objective ${record.codice} is not in the workbook.`,
    });
  const missing = missingColumns(raw);
  if (missing.length > 0)
    addTableColumns(
      book,
      raw.obiettivi!.sheet,
      OBIETTIVI.table,
      missing.map((c) => ({ header: c.header, numberFormat: c.numberFormat, width: c.width })),
    );
  const addedColumns = missing.map((c) => c.header);
  const list = new TableWriteList(withHeaders(raw, addedColumns));
  list.set(OBIETTIVI, record.origin.row, values, Object.keys(values));
  list.append(RILEVAZIONI, logRows as unknown as Record<string, unknown>[]);
  writeTableCells(book, list.writes());
  await writePackageFile(book.pkg, path);
  return { addedColumns };
}
