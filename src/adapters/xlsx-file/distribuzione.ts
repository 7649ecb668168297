/**
 * The files of `distribuisci` and `raccogli`: a part of the plan written as a new workbook with
 * its baseline on a very hidden sheet; a returned file read back with its baseline; the merged
 * values and their log rows written into the plan's own workbook at package level.
 */
import { baselineRows, INVIO, parseBaseline } from "../../core/distribuzione/baseline";
import type { CollectResult, ReturnedFile } from "../../core/distribuzione/collect";
import type { PegModel } from "../../core/model/types";
import { parseWorkbook } from "../../core/parse";
import { headerIndex } from "../../core/parse/positions";
import type { RawWorkbook } from "../../core/schema/raw";
import { mustWriteAsText, toCellValue } from "../../core/schema/rows";
import { FASI, INDICATORI, RILEVAZIONI } from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import type { XlsxBook } from "./read/book";
import { openXlsx } from "./read/open";
import { findExcelTable } from "./read/tables";
import { addSchemaTable } from "./tables";
import { readRawWorkbook, saveWorkbook, writePackageFile } from "./workbook";
import { WriteRefused, writeTableCells, type CellWrite, type TableWrites } from "./write/cells";

export { WriteRefused } from "./write/cells";

/** A new workbook holding one person's part of the plan and the values sent to them. */
export async function writePart(
  model: PegModel,
  destinatario: string,
  path: string,
): Promise<void> {
  const { buildWorkbook } = await import("./build");
  const wb = buildWorkbook(model);
  const ws = addSchemaTable(wb, INVIO, baselineRows(model, destinatario));
  // very hidden: Excel's Unhide does not list it, so nobody edits the baseline by mistake
  ws.state = "veryHidden";
  await saveWorkbook(wb, path);
}

/** A returned file: its tables as the person left them and the baseline it was sent with. */
export async function readReturned(path: string, file: string): Promise<ReturnedFile> {
  const book = await openXlsx(path);
  const { model } = parseWorkbook(readRawWorkbook(book, path));
  const table = findExcelTable(book, INVIO.table);
  const baseline = table ? parseBaseline(table) : { destinatario: "", sent: [] };
  return { file, destinatario: baseline.destinatario, model, sent: baseline.sent };
}

function writesOf(def: TableDef, raw: RawWorkbook, cells: CellWrite[]): TableWrites | null {
  const table = raw[def.id as keyof RawWorkbook];
  if (!table || cells.length === 0) return null;
  return { table, tableName: def.table, cells };
}

/**
 * The merged values and their log rows into the plan's workbook (`book`, read as `raw`),
 * written to `path`. Throws `WriteRefused` when the workbook cannot take them unharmed.
 */
export async function writeCollected(
  book: XlsxBook,
  raw: RawWorkbook,
  result: CollectResult,
  path: string,
): Promise<void> {
  const byTable = new Map<TableDef, CellWrite[]>([
    [FASI, []],
    [INDICATORI, []],
    [RILEVAZIONI, []],
  ]);
  for (const w of result.writes) {
    const def = w.elemento === "Fase" ? FASI : INDICATORI;
    const table = raw[def.id as "fasi" | "indicatori"];
    const col = def.columns.find((c) => c.key === w.campo);
    const at = table ? headerIndex(def, table.headers, w.campo) : -1;
    if (!col || at < 0 || w.record.origin === undefined)
      throw new WriteRefused(
        `la colonna «${col?.header ?? w.campo}» non si trova nella tabella ${def.table}.`,
      );
    const value = toCellValue(col, w.value);
    byTable
      .get(def)
      ?.push({ row: w.record.origin.row, column: at, value, asText: mustWriteAsText(col, value) });
  }
  const log = raw.rilevazioni;
  if (result.logRows.length > 0 && !log)
    throw new WriteRefused(
      `manca la tabella ${RILEVAZIONI.table} (foglio «${RILEVAZIONI.sheet}»): le modifiche non si possono registrare.`,
    );
  result.logRows.forEach((entry, i) => {
    for (const col of RILEVAZIONI.columns) {
      const at = log ? headerIndex(RILEVAZIONI, log.headers, col.key) : -1;
      if (at < 0) continue;
      const value = toCellValue(col, (entry as unknown as Record<string, unknown>)[col.key]);
      byTable.get(RILEVAZIONI)?.push({
        row: (log?.rows.length ?? 0) + i,
        column: at,
        value,
        asText: mustWriteAsText(col, value),
      });
    }
  });
  const writes = [...byTable]
    .map(([def, cells]) => writesOf(def, raw, cells))
    .filter((w): w is TableWrites => w !== null);
  writeTableCells(book, writes);
  await writePackageFile(book.pkg, path);
}
