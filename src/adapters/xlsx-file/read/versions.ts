/**
 * The tables of the plan's versions in an opened package: `tblVersioni` and every
 * `tblVersioneN_…` copy, found by table name on whatever sheet they stand (hidden or not).
 */
import {
  VERSIONI,
  snapshotTableOf,
  type ReadTable,
  type SnapshotTableId,
} from "../../../core/cycle/versions";
import type { TablePart, XlsxBook } from "./book";
import type { SheetCells } from "./sheet";
import { excelTableContents } from "./tables";

export interface VersionTables {
  /** `tblVersioni`, or null when the workbook has no versions */
  readonly versioni: ReadTable | null;
  /** the copies' tables by version number */
  readonly snapshots: ReadonlyMap<number, Partial<Record<SnapshotTableId, ReadTable>>>;
}

export function extractVersionTables(book: XlsxBook): VersionTables {
  let versioni: ReadTable | null = null;
  const snapshots = new Map<number, Partial<Record<SnapshotTableId, ReadTable>>>();
  for (const sheet of book.sheets.filter((s) => s.kind === "worksheet")) {
    let cells: SheetCells | null = null;
    const contents = (t: TablePart): ReadTable | null =>
      excelTableContents(sheet, t, (cells ??= book.cells(sheet)));
    for (const t of book.tables(sheet)) {
      const name = t.displayName || t.name;
      if (name.toLowerCase() === VERSIONI.table.toLowerCase()) {
        versioni ??= contents(t);
        continue;
      }
      const of = snapshotTableOf(name);
      if (!of) continue;
      const tables = snapshots.get(of.numero) ?? {};
      tables[of.id] ??= contents(t) ?? undefined;
      snapshots.set(of.numero, tables);
    }
  }
  return { versioni, snapshots };
}
