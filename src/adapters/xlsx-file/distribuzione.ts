/**
 * The files of `distribuisci` and `raccogli`: a part of the plan written as a new workbook with
 * its baseline on a very hidden sheet; a returned file read back with its baseline; the merged
 * values and their log rows written into the plan's own workbook at package level.
 */
import { baselineRows, INVIO } from "../../core/distribuzione/baseline";
import type { CollectResult, ReturnedFile } from "../../core/distribuzione/collect";
import type { PegModel } from "../../core/model/types";
import type { RawWorkbook } from "../../core/schema/raw";
import { FASI, INDICATORI, RILEVAZIONI } from "../../core/schema/tables";
import type { XlsxBook } from "./read/book";
import { openXlsx } from "./read/open";
import { returnedOf } from "./returned";
import { addSchemaTable } from "./tables";
import { saveWorkbook, writePackageFile } from "./workbook";
import { TableWriteList } from "./table-writes";
import { writeTableCells } from "./write/cells";

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
  return returnedOf(await openXlsx(path), path, file);
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
  const list = new TableWriteList(raw);
  for (const w of result.writes) {
    if (w.record.origin === undefined) continue;
    list.set(
      w.elemento === "Fase" ? FASI : INDICATORI,
      w.record.origin.row,
      { [w.campo]: w.value },
      [w.campo],
    );
  }
  list.append(RILEVAZIONI, result.logRows as unknown as Record<string, unknown>[]);
  const writes = list.writes();
  writeTableCells(book, writes);
  await writePackageFile(book.pkg, path);
}
