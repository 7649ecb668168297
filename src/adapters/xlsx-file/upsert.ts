/**
 * `importa --in`: an import's upsert plan written into the user's own workbook at package
 * level: changed fields in place, new records and log rows appended below their tables.
 */
import { recordKey, type UpsertPlan } from "../../core/import/upsert";
import type { Impostazioni, PegModel } from "../../core/model/types";
import { headerIndex } from "../../core/parse/positions";
import type { RawWorkbook } from "../../core/schema/raw";
import { settingsToRows } from "../../core/schema/rows";
import {
  FASI,
  IMPOSTAZIONI,
  INDICATORI,
  OBIETTIVI,
  RILEVAZIONI,
  SOGGETTI,
} from "../../core/schema/tables";
import type { TableDef } from "../../core/schema/types";
import type { XlsxBook } from "./read/book";
import { TableWriteList } from "./table-writes";
import { writePackageFile } from "./workbook";
import { WriteRefused, writeTableCells } from "./write/cells";

const RECORD_TABLES = {
  obiettivi: OBIETTIVI,
  fasi: FASI,
  indicatori: INDICATORI,
  soggetti: SOGGETTI,
} as const;
type RecordTable = keyof typeof RECORD_TABLES;

export async function writeUpsert(
  book: XlsxBook,
  raw: RawWorkbook,
  existing: PegModel,
  plan: UpsertPlan,
  settings: Impostazioni,
  path: string,
): Promise<void> {
  const list = new TableWriteList(raw);
  for (const u of plan.updated) {
    if (u.table === "impostazioni") {
      const t = raw.impostazioni;
      const at = t ? headerIndex(IMPOSTAZIONI, t.headers, "chiave") : -1;
      const row = t && at >= 0 ? t.rows.findIndex((r) => String(r[at] ?? "").trim() === u.key) : -1;
      const cells = settingsToRows(settings).find((r) => r[0] === u.key);
      if (!cells) continue;
      const values = { chiave: u.key, valore: cells[1], descrizione: cells[2] };
      if (row >= 0) list.set(IMPOSTAZIONI, row, values, ["valore"]);
      else list.append(IMPOSTAZIONI, [values]);
      continue;
    }
    if (!(u.table in RECORD_TABLES)) continue;
    const def: TableDef = RECORD_TABLES[u.table as RecordTable];
    const col = def.columns.find((c) => c.header === u.field);
    const records = existing[u.table as RecordTable] as unknown as Record<string, unknown>[];
    const record = records.find((r) => recordKey(u.table, r) === u.key) as
      { origin?: { row: number } } | undefined;
    if (!col || record?.origin === undefined)
      throw new WriteRefused({
        it: `non si trova nella cartella ${u.key} (${u.field}).`,
        en: `${u.key} (${u.field}) is not in the workbook.`,
      });
    list.set(def, record.origin.row, { [col.key]: u.after }, [col.key]);
  }
  for (const [table, def] of Object.entries(RECORD_TABLES))
    list.append(def, plan.added[table as RecordTable] as Record<string, unknown>[]);
  list.append(RILEVAZIONI, [...plan.added.rilevazioni, ...plan.log] as unknown as Record<
    string,
    unknown
  >[]);
  writeTableCells(book, list.writes());
  await writePackageFile(book.pkg, path);
}
