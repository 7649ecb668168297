/**
 * Versions of a plan kept inside its workbook: "Piano approvato", "Variazione di luglio"…
 * A version is a number, a name, the act that approved it, a date and who saved it, plus a
 * frozen copy of the objectives, phases and indicators as they were.
 *
 * Storage, in the workbook:
 * - the visible sheet "Versioni" with the table `tblVersioni`, one row per version;
 * - one hidden sheet per version ("Versione 1", "Versione 2"…) with a note in A1 and three
 *   Excel tables one under the other, `tblVersione1_Obiettivi`, `tblVersione1_Fasi`,
 *   `tblVersione1_Indicatori`, with the headers of the data tables (computed columns left
 *   out). The tables are found by name wherever they stand, so renaming or moving the sheet
 *   does not lose a version; their prefix marks them as ours.
 * These tables are not part of the main schema (`TABLES`): they are read and written only by
 * the version commands.
 */
import { pageSpec } from "../layout/page";
import { schedaSheetName } from "../layout/sheet-name";
import { FONT } from "../layout/styles";
import type { CellStyle, LayoutCell, SchedaLayout, SheetTable } from "../layout/types";
import type { IsoDate, PegModel, RowOrigin } from "../model/types";
import { parseWorkbook } from "../parse";
import { parseTable } from "../parse/table";
import { date, num, str } from "../parse/values";
import { columnLetters } from "../schema/address";
import type { CellValue, RawTable, RawWorkbook } from "../schema/raw";
import { modelToRows, mustWriteAsText } from "../schema/rows";
import { FASI, INDICATORI, OBIETTIVI } from "../schema/tables";
import { serialForBook } from "../text/dates";
import type { ColumnDef, TableDef } from "../schema/types";
import type { Problem } from "../verifica/problem";

export interface VersionInfo {
  /** 1, 2, 3…: never reused */
  readonly numero: number;
  readonly nome: string;
  /** the act that approved it, e.g. "delibera G.C. n. 12 del 10/02/2021" */
  readonly atto: string;
  readonly data: IsoDate | null;
  readonly utente: string;
  /** the sheet holding its copy, as written (the tables are found by name) */
  readonly foglio: string;
}

export type SnapshotTableId = "obiettivi" | "fasi" | "indicatori";

/** The frozen part of a plan. */
export type Snapshot = Readonly<Pick<PegModel, SnapshotTableId>>;

export interface SavedVersion {
  readonly info: VersionInfo;
  readonly snapshot: Snapshot;
}

const SNAPSHOT_DEFS: readonly TableDef<SnapshotTableId>[] = [OBIETTIVI, FASI, INDICATORI];

function column(
  key: string,
  header: string,
  type: ColumnDef["type"],
  width: number,
  extra: Partial<ColumnDef> = {},
): ColumnDef {
  const numberFormat = type === "date" ? "dd/mm/yyyy" : type === "integer" ? "0" : "@";
  return { key, header, type, required: false, numberFormat, width, ...extra };
}

export const VERSIONI: TableDef<"versioni"> = {
  id: "versioni",
  sheet: "Versioni",
  table: "tblVersioni",
  key: ["numero"],
  columns: [
    column("numero", "N. versione", "integer", 10, { required: true, min: 1 }),
    column("nome", "Nome", "text", 30, { required: true }),
    column("atto", "Atto", "text", 40),
    column("data", "Data", "date", 12),
    column("utente", "Utente", "text", 18),
    column("foglio", "Foglio", "text", 16, {
      help: "Foglio nascosto con la copia della versione: non modificarlo.",
    }),
  ],
};

export function snapshotSheetName(numero: number): string {
  return `Versione ${numero}`;
}

function tableSuffix(id: SnapshotTableId): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

export function snapshotTableName(numero: number, id: SnapshotTableId): string {
  return `tblVersione${numero}_${tableSuffix(id)}`;
}

/** "tblVersione3_Fasi" -> version 3, fasi; null for any other table. */
export function snapshotTableOf(name: string): { numero: number; id: SnapshotTableId } | null {
  const m = /^tblVersione(\d+)_(Obiettivi|Fasi|Indicatori)$/i.exec(name.trim());
  if (!m) return null;
  const id = m[2].toLowerCase() as SnapshotTableId;
  return { numero: Number(m[1]), id };
}

/** The three tables of version `numero`: the data tables' columns, computed ones left out. */
export function snapshotTableDefs(numero: number): TableDef<SnapshotTableId>[] {
  return SNAPSHOT_DEFS.map((def) => ({
    ...def,
    sheet: snapshotSheetName(numero),
    table: snapshotTableName(numero, def.id),
    columns: def.columns.filter((c) => !c.computed),
  }));
}

function withoutOrigin<T extends { origin?: RowOrigin }>(rows: readonly T[]): T[] {
  return rows.map((r) => {
    const copy = { ...r };
    delete copy.origin;
    return copy;
  });
}

export function takeSnapshot(model: Pick<PegModel, keyof Snapshot>): Snapshot {
  return {
    obiettivi: withoutOrigin(model.obiettivi),
    fasi: withoutOrigin(model.fasi),
    indicatori: withoutOrigin(model.indicatori),
  };
}

/** What a workbook already uses: version numbers (listed or left as copies) and sheet names. */
export interface TakenNames {
  readonly numbers: readonly number[];
  readonly sheets: readonly string[];
}

/**
 * The next version: the number after the highest ever saved (a copy left without its row in
 * the list counts too, so no table name is taken twice), in a sheet whose name is free.
 */
export function newVersion(
  existing: readonly VersionInfo[],
  fields: Pick<VersionInfo, "nome" | "atto" | "data" | "utente">,
  taken: TakenNames = { numbers: [], sheets: [] },
): VersionInfo {
  const numero = Math.max(0, ...existing.map((v) => v.numero), ...taken.numbers) + 1;
  return { numero, ...fields, foglio: schedaSheetName(snapshotSheetName(numero), taken.sheets) };
}

/** One table of a snapshot sheet: where it starts and what it holds. */
export interface SnapshotTablePlacement {
  readonly def: TableDef<SnapshotTableId>;
  /** the title written above the table */
  readonly title: string;
  /** 1-based row of the table's header row */
  readonly headerRow: number;
  readonly rows: CellValue[][];
}

export interface SnapshotSheet {
  readonly name: string;
  /** the note of cell A1, which tells a person what the sheet is */
  readonly note: string;
  readonly tables: readonly SnapshotTablePlacement[];
}

const TITLES: Readonly<Record<SnapshotTableId, string>> = {
  obiettivi: "Obiettivi",
  fasi: "Fasi",
  indicatori: "Indicatori",
};

/** The hidden sheet of a version: a note, then each table under its title, a row apart. */
export function snapshotSheet(version: SavedVersion): SnapshotSheet {
  const { info, snapshot } = version;
  let next = 3;
  const tables = snapshotTableDefs(info.numero).map((def): SnapshotTablePlacement => {
    const rows = modelToRows<object>(def, snapshot[def.id]);
    const placement = { def, title: TITLES[def.id], headerRow: next + 1, rows };
    // title, header, body (at least one row, as Excel wants), one empty row
    next += 3 + Math.max(rows.length, 1);
    return placement;
  });
  const atto = info.atto ? `, ${info.atto}` : "";
  return {
    name: info.foglio || snapshotSheetName(info.numero),
    note:
      `Schede PEG: versione ${info.numero} «${info.nome}»${atto}. Copia congelata di ` +
      "obiettivi, fasi e indicatori: non modificare.",
    tables,
  };
}

export function versionRows(versions: readonly VersionInfo[]): CellValue[][] {
  return modelToRows(VERSIONI, versions);
}

/** A table as read, whatever its id: the versions' tables are not schema tables. */
export type ReadTable = Omit<RawTable, "id">;

/** The rows of `tblVersioni`; rows without a number are reported and left out. */
export function parseVersions(raw: ReadTable): { versions: VersionInfo[]; problems: Problem[] } {
  const parsed = parseTable(VERSIONI, raw as RawTable);
  const versions: VersionInfo[] = [];
  for (const row of parsed.rows) {
    const numero = num(row.values, "numero");
    if (numero === null) continue;
    versions.push({
      numero,
      nome: str(row.values, "nome"),
      atto: str(row.values, "atto"),
      data: date(row.values, "data"),
      utente: str(row.values, "utente"),
      foglio: str(row.values, "foglio"),
    });
  }
  return { versions, problems: parsed.problems };
}

/** The versions of a workbook as read: those with their copy, and what is out of place. */
export interface VersionsRead {
  /** every version whose copy was found, by number */
  readonly versions: readonly SavedVersion[];
  /** versions listed in tblVersioni whose copy is missing or incomplete */
  readonly broken: readonly VersionInfo[];
  /** numbers of copies found without their row in tblVersioni */
  readonly unlisted: readonly number[];
  readonly problems: readonly Problem[];
}

type CopyTables = Partial<Record<SnapshotTableId, ReadTable>>;

/** The versions from `tblVersioni` (null when absent) and the copies' tables by number. */
export function savedVersions(
  versioni: ReadTable | null,
  copies: ReadonlyMap<number, CopyTables>,
): VersionsRead {
  const listed = versioni ? parseVersions(versioni) : { versions: [], problems: [] };
  const versions: SavedVersion[] = [];
  const broken: VersionInfo[] = [];
  const problems = [...listed.problems];
  for (const info of [...listed.versions].sort((a, b) => a.numero - b.numero)) {
    const copy = parseSnapshot(copies.get(info.numero) ?? {});
    if (copy.missing.length > 0) {
      broken.push(info);
      continue;
    }
    versions.push({ info, snapshot: copy.snapshot });
    problems.push(...copy.problems);
  }
  const numbers = new Set(listed.versions.map((v) => v.numero));
  const unlisted = [...copies.keys()].filter((n) => !numbers.has(n));
  return { versions, broken, unlisted, problems };
}

/** The versions as listed, without reading their copies: the pane reads only those it compares. */
export interface VersionsListed {
  /** listed in tblVersioni with the three tables of their copy, by number */
  readonly versions: readonly VersionInfo[];
  readonly broken: readonly VersionInfo[];
  readonly unlisted: readonly number[];
}

/** `tblVersioni` (null when absent) and the names of the workbook's tables. */
export function listedVersions(
  versioni: ReadTable | null,
  tableNames: readonly string[],
): VersionsListed {
  const found = new Map<number, Set<SnapshotTableId>>();
  for (const name of tableNames) {
    const of = snapshotTableOf(name);
    if (of) found.set(of.numero, (found.get(of.numero) ?? new Set()).add(of.id));
  }
  const listed = versioni ? parseVersions(versioni).versions : [];
  const sorted = [...listed].sort((a, b) => a.numero - b.numero);
  const complete = (n: number) => found.get(n)?.size === SNAPSHOT_DEFS.length;
  const numbers = new Set(listed.map((v) => v.numero));
  return {
    versions: sorted.filter((v) => complete(v.numero)),
    broken: sorted.filter((v) => !complete(v.numero)),
    unlisted: [...found.keys()].filter((n) => !numbers.has(n)),
  };
}

/** A version's copy from its three tables; `missing` names those not found. */
export function parseSnapshot(tables: Partial<Record<SnapshotTableId, ReadTable>>): {
  snapshot: Snapshot;
  problems: Problem[];
  missing: SnapshotTableId[];
} {
  const raw: RawWorkbook = {};
  const missing: SnapshotTableId[] = [];
  for (const def of SNAPSHOT_DEFS) {
    const t = tables[def.id];
    if (t) raw[def.id] = { ...t, id: def.id };
    else missing.push(def.id);
  }
  const parsed = parseWorkbook(raw);
  return {
    snapshot: takeSnapshot(parsed.model),
    problems: parsed.problems.filter((p) => p.severity === "error"),
    missing,
  };
}

/** A sheet of plain tables, as the package writer adds it to a workbook. */
export interface TableSheet {
  readonly layout: SchedaLayout;
  readonly tables: readonly SheetTable[];
}

const font = { name: FONT, size: 10 };
const TABLE_STYLES: Readonly<Record<string, CellStyle>> = {
  title: { font: { ...font, bold: true }, horizontal: "left", vertical: "bottom", wrap: false },
  header: { font: { ...font, bold: true }, horizontal: "left", vertical: "bottom", wrap: false },
  text: { font, horizontal: "left", vertical: "top", wrap: false },
  number: { font, horizontal: "right", vertical: "top", wrap: false },
};

/**
 * The header and body cells of one table (header at `headerRow`) and the table over them.
 * `date1904`: the workbook counts dates from 1904, so date serials move back.
 */
function tableCells(
  name: string,
  columns: readonly ColumnDef[],
  headerRow: number,
  rows: readonly (readonly CellValue[])[],
  date1904: boolean,
): { cells: LayoutCell[]; table: SheetTable } {
  const cells: LayoutCell[] = columns.map((c, i) => ({
    row: headerRow,
    col: i + 1,
    value: c.header,
    style: "header",
  }));
  rows.forEach((row, r) =>
    row.forEach((v, i) => {
      if (v === "" || v === null) return;
      const date = columns[i].type === "date" || columns[i].type === "datetime";
      const value =
        typeof v === "boolean"
          ? String(v)
          : date && typeof v === "number"
            ? serialForBook(v, date1904)
            : v;
      cells.push({
        row: headerRow + 1 + r,
        col: i + 1,
        value,
        style: typeof value === "number" ? "number" : "text",
        numberFormat: columns[i].numberFormat,
        ...(mustWriteAsText(columns[i], value) ? { forceText: true } : {}),
      });
    }),
  );
  // Excel wants one body row at least, even empty
  const bottom = headerRow + Math.max(rows.length, 1);
  const ref = `A${headerRow}:${columnLetters(columns.length - 1)}${bottom}`;
  return { cells, table: { name, ref, columns: columns.map((c) => c.header) } };
}

function tableSheet(
  name: string,
  widths: readonly number[],
  parts: readonly { cells: LayoutCell[]; table: SheetTable }[],
  extra: readonly LayoutCell[] = [],
): TableSheet {
  const cells = [...extra, ...parts.flatMap((p) => p.cells)];
  const lastRow = Math.max(1, ...cells.map((c) => c.row));
  return {
    layout: {
      sheetName: name,
      columns: widths.map((width) => ({ width })),
      rows: [],
      cells,
      merges: [],
      styles: TABLE_STYLES,
      page: pageSpec(widths.length, lastRow, 0, "", ""),
      breaks: [],
      expectedPages: 1,
    },
    tables: parts.map((p) => p.table),
  };
}

/** The hidden sheet of a version as the package writer adds it: note, titles, tables. */
export function snapshotTableSheet(version: SavedVersion, date1904: boolean): TableSheet {
  const plan = snapshotSheet(version);
  const width = Math.max(...plan.tables.map((t) => t.def.columns.length));
  const title = (text: string, row: number): LayoutCell => ({
    row,
    col: 1,
    value: text,
    style: "title",
  });
  return tableSheet(
    plan.name,
    new Array<number>(width).fill(16),
    plan.tables.map((t) => tableCells(t.def.table, t.def.columns, t.headerRow, t.rows, date1904)),
    [title(plan.note, 1), ...plan.tables.map((t) => title(t.title, t.headerRow - 1))],
  );
}

/** The sheet "Versioni" of a workbook that had no versions yet: the list from row 1. */
export function versionsTableSheet(
  versions: readonly VersionInfo[],
  sheetName: string,
  date1904: boolean,
): TableSheet {
  const list = tableCells(VERSIONI.table, VERSIONI.columns, 1, versionRows(versions), date1904);
  return tableSheet(
    sheetName,
    VERSIONI.columns.map((c) => c.width),
    [list],
  );
}
