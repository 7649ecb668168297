/**
 * What generation needs from the open workbook, in one round trip in the common case: the
 * schema tables (through the adapter's table reader), the worksheet names and our markers (the
 * workbook's named items). Only when a table is missing does the table reader need more trips;
 * the names are then asked again.
 */
import type { RawWorkbook } from "../../../core/schema/raw";
import { TABLES } from "../../../core/schema/tables";
import type { TableDef } from "../../../core/schema/types";
import { type TableRead, collect, rawOf, readTableDefs } from "../read-tables";
import type { ExistingSheet as PlannedExisting } from "../../../core/layout/sheet-plan";
import { markedSheets } from "../../../core/layout/markers";

export interface ExistingSheet extends PlannedExisting {
  /** our named item pointing at this sheet */
  readonly markerName: string | null;
}

export interface WorkbookState {
  readonly raw: RawWorkbook;
  readonly sheets: readonly ExistingSheet[];
  /** every named item of the workbook, lower case (new markers need a free name) */
  readonly allNames: readonly string[];
  /** our names whose sheet no longer exists: deleted at the next write */
  readonly staleMarkers: readonly string[];
  /** the workbook's cell styles, lower case (ours are added only when missing) */
  readonly styleNames: ReadonlySet<string>;
  /** every Excel table of the workbook, by name as written (the versions' copies among them) */
  readonly tableNames: readonly string[];
  /** the tables asked for besides the schema's, those that are there */
  readonly extra: readonly TableRead[];
}

interface Queued {
  readonly sheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
  readonly styles: Excel.StyleCollection;
  readonly tables: Excel.TableCollection;
}

function queueNames(context: Excel.RequestContext): Queued {
  return {
    sheets: context.workbook.worksheets.load("items/name"),
    names: context.workbook.names.load("items/name,items/comment,items/formula"),
    styles: context.workbook.styles.load("items/name"),
    tables: context.workbook.tables.load("items/name"),
  };
}

function loaded(q: Queued): boolean {
  try {
    return (
      Array.isArray(q.sheets.items) &&
      Array.isArray(q.names.items) &&
      Array.isArray(q.styles.items) &&
      Array.isArray(q.tables.items)
    );
  } catch {
    return false;
  }
}

/** `extra`: tables read in the same round trip besides the schema's (the versions' list). */
export async function readWorkbookState(
  context: Excel.RequestContext,
  extra: readonly TableDef[] = [],
): Promise<WorkbookState> {
  let q = queueNames(context);
  const read = await readTableDefs(context, [...TABLES, ...extra]);
  const schema = new Set<TableDef>(TABLES);
  const tables = collect(
    read.filter((t) => schema.has(t.def)),
    TABLES.map((t) => t.id),
  );
  if (!loaded(q)) {
    q = queueNames(context);
    await context.sync();
  }
  const marked = markedSheets(
    q.sheets.items.map((s) => s.name),
    q.names.items,
    Object.values(tables.tables).map((t) => t?.sheet ?? ""),
  );
  return {
    raw: rawOf(tables),
    sheets: marked.sheets,
    allNames: q.names.items.map((n) => n.name.toLowerCase()),
    staleMarkers: marked.stale,
    styleNames: new Set(q.styles.items.map((s) => s.name.toLowerCase())),
    tableNames: q.tables.items.map((t) => t.name),
    extra: read.filter((t) => !schema.has(t.def)),
  };
}
