/**
 * The plan's versions in an .xlsx file (see `core/cycle/versions.ts` for the format): read
 * from any workbook, and added to the user's own workbook at package level: a row appended
 * to `tblVersioni` (or the sheet Versioni when it is the first version) and the hidden sheet
 * of the copy. Every other part of the package stays byte for byte as it was.
 */
import {
  VERSIONI,
  savedVersions,
  snapshotTableSheet,
  versionsTableSheet,
  type SavedVersion,
  type VersionsRead,
} from "../../core/cycle/versions";
import { schedaSheetName } from "../../core/layout/sheet-name";
import type { XlsxBook } from "./read/book";
import { extractVersionTables } from "./read/versions";
import { TableWriteList } from "./table-writes";
import { writeTableCells } from "./write/cells";
import { applySheetChanges, type NewSheet } from "./write/sheets";

export type { VersionsRead };

export function readVersions(book: XlsxBook): VersionsRead {
  const tables = extractVersionTables(book);
  return savedVersions(tables.versioni, tables.snapshots);
}

/**
 * Adds a version to the book's package (in place): its row in tblVersioni, appended below
 * the rows already there, and its hidden, marked sheet. Throws `WriteRefused` when the row
 * cannot be appended without damaging something of the user's.
 */
export function addVersion(book: XlsxBook, saved: SavedVersion): XlsxBook["pkg"] {
  const { versioni } = extractVersionTables(book);
  const add: NewSheet[] = [];
  if (versioni) {
    const list = new TableWriteList({ versioni });
    list.append(VERSIONI, [{ ...saved.info }]);
    writeTableCells(book, list.writes());
  } else {
    const names = [...book.sheets.map((s) => s.name), saved.info.foglio];
    const name = schedaSheetName(VERSIONI.sheet, names);
    add.push(versionsTableSheet([saved.info], name, book.date1904));
  }
  const copy = snapshotTableSheet(saved, book.date1904);
  add.push({ ...copy, hidden: true, marker: { kind: "versione", numero: saved.info.numero } });
  return applySheetChanges(book, { remove: [], staleMarkers: [], add });
}
