/**
 * The plan's versions in an .xlsx file (see `core/cycle/versions.ts` for the format): read
 * from any workbook, written into a new workbook built with ExcelJS next to the data tables.
 */
import type ExcelJS from "exceljs";
import {
  VERSIONI,
  parseSnapshot,
  parseVersions,
  snapshotSheet,
  versionRows,
  type SavedVersion,
  type VersionInfo,
} from "../../core/cycle/versions";
import type { PegModel } from "../../core/model/types";
import type { CellValue } from "../../core/schema/raw";
import type { Problem } from "../../core/verifica/problem";
import type { XlsxBook } from "./read/book";
import { extractVersionTables } from "./read/versions";
import { TABLE_STYLE, addSchemaTable } from "./tables";
import { saveWorkbook } from "./workbook";

export interface VersionsRead {
  /** every version whose copy was found, by number */
  readonly versions: readonly SavedVersion[];
  /** versions listed in tblVersioni whose copy is missing or incomplete */
  readonly broken: readonly VersionInfo[];
  readonly problems: readonly Problem[];
}

export function readVersions(book: XlsxBook): VersionsRead {
  const tables = extractVersionTables(book);
  if (!tables.versioni) return { versions: [], broken: [], problems: [] };
  const listed = parseVersions(tables.versioni);
  const versions: SavedVersion[] = [];
  const broken: VersionInfo[] = [];
  const problems = [...listed.problems];
  for (const info of [...listed.versions].sort((a, b) => a.numero - b.numero)) {
    const copy = parseSnapshot(tables.snapshots.get(info.numero) ?? {});
    if (copy.missing.length > 0) {
      broken.push(info);
      continue;
    }
    versions.push({ info, snapshot: copy.snapshot });
    problems.push(...copy.problems);
  }
  return { versions, broken, problems };
}

function cellOut(v: CellValue): ExcelJS.CellValue {
  return v === "" ? null : v;
}

/** A version's hidden sheet: the note, then each table under its title. */
function addSnapshotSheet(wb: ExcelJS.Workbook, version: SavedVersion): void {
  const plan = snapshotSheet(version);
  const ws = wb.addWorksheet(plan.name, { state: "hidden" });
  ws.getCell(1, 1).value = plan.note;
  ws.getCell(1, 1).font = { bold: true };
  for (const t of plan.tables) {
    ws.getCell(t.headerRow - 1, 1).value = t.title;
    ws.getCell(t.headerRow - 1, 1).font = { bold: true };
    const body = t.rows.length > 0 ? t.rows : [t.def.columns.map(() => "")];
    ws.addTable({
      name: t.def.table,
      displayName: t.def.table,
      ref: `A${t.headerRow}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: TABLE_STYLE, showRowStripes: true },
      columns: t.def.columns.map((col) => ({ name: col.header, filterButton: false })),
      rows: body.map((row) => row.map(cellOut)),
    });
    // formats cell by cell: the three tables share the sheet's columns
    body.forEach((_, r) => {
      t.def.columns.forEach((col, c) => {
        if (col.numberFormat !== "General")
          ws.getCell(t.headerRow + 1 + r, c + 1).numFmt = col.numberFormat;
      });
    });
  }
  ws.columns.forEach((column) => (column.width = 16));
}

/**
 * A new workbook: the model's data tables, the sheet "Versioni" and one hidden sheet per
 * version. Sheets of another origin are not carried: the caller says so.
 */
export async function writeModelWithVersions(
  model: PegModel,
  versions: readonly SavedVersion[],
  path: string,
): Promise<void> {
  // ExcelJS only when a workbook is written (see writeModelXlsx)
  const { buildWorkbook } = await import("./build");
  const wb = buildWorkbook(model);
  addSchemaTable(wb, VERSIONI, versionRows(versions.map((v) => v.info)));
  for (const v of versions) addSnapshotSheet(wb, v);
  await saveWorkbook(wb, path);
}
