/**
 * What prepare needs to know, read before anything is written:
 * 1. one sync lists the sheets and tables there are (so no object is ever asked for that
 *    may not exist);
 * 2. when some schema sheet or table exists, one sync reads their headers, sizes, whether
 *    their body has any validation, how many conditional formats reach the first and the
 *    last body row, the settings rows, and whether the spot of a missing table is free.
 * An empty workbook needs the first sync only.
 */
import type { CellValue } from "../../../core/schema/raw";
import { TABLES } from "../../../core/schema/tables";
import type { TableDef } from "../../../core/schema/types";
import { columnLetters } from "../../../core/schema/address";
import { topLeftOf } from "../geometry";

export interface ExistingTable {
  readonly def: TableDef;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: string[];
  readonly rowCount: number;
  /** body values, read for the settings table only */
  readonly rows: CellValue[][];
  /** false when no cell of the body has data validation */
  readonly validated: boolean;
  /** conditional formats reaching the first and the last body row */
  readonly formatsFirst: number;
  readonly formatsLast: number;
}

export interface MissingTable {
  readonly def: TableDef;
  readonly sheetExists: boolean;
  /** the cells the new table would take (header and first row) hold no value */
  readonly spotFree: boolean;
}

export interface PrepareState {
  readonly existing: ExistingTable[];
  readonly missing: MissingTable[];
}

interface Asked {
  readonly def: TableDef;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  readonly validation: Excel.DataValidation;
  readonly first: OfficeExtension.ClientResult<number>;
  readonly last: OfficeExtension.ClientResult<number>;
}

/** The cells a new table of `def` takes at A1: header row and the first (empty) body row. */
export function spotOf(def: TableDef): string {
  return `A1:${columnLetters(def.columns.length - 1)}2`;
}

export async function readPrepareState(context: Excel.RequestContext): Promise<PrepareState> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const present = TABLES.filter((d) => tableNames.has(d.table.toLowerCase()));
  const absent = TABLES.filter((d) => !tableNames.has(d.table.toLowerCase()));
  const withSheet = absent.filter((d) => sheetNames.has(d.sheet.toLowerCase()));
  if (present.length === 0 && withSheet.length === 0) {
    return {
      existing: [],
      missing: absent.map((def) => ({ def, sheetExists: false, spotFree: true })),
    };
  }
  const asked = present.map((def) => ask(context, def));
  const spots = withSheet.map((def) => ({
    def,
    used: context.workbook.worksheets
      .getItem(def.sheet)
      .getRange(spotOf(def))
      .getUsedRangeOrNullObject(true)
      .load("address"),
  }));
  await context.sync();
  return {
    existing: asked.map(toExisting),
    missing: absent.map((def) => {
      const spot = spots.find((s) => s.def === def);
      return {
        def,
        sheetExists: spot !== undefined,
        spotFree: spot ? spot.used.isNullObject : true,
      };
    }),
  };
}

function ask(context: Excel.RequestContext, def: TableDef): Asked {
  const table = context.workbook.tables.getItem(def.table);
  const body = table.getDataBodyRange();
  if (def.id === "impostazioni") body.load("rowCount,values");
  else body.load("rowCount");
  return {
    def,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("address,values"),
    body,
    validation: body.dataValidation.load("type"),
    first: body.getRow(0).conditionalFormats.getCount(),
    last: body.getLastRow().conditionalFormats.getCount(),
  };
}

function toExisting(a: Asked): ExistingTable {
  const corner = topLeftOf(a.header.address) ?? { row: 1, column: 0 };
  return {
    def: a.def,
    sheet: a.sheet.name,
    headerRow: corner.row,
    firstColumn: corner.column,
    headers: (a.header.values[0] ?? []).map((h: unknown) => String(h ?? "")),
    rowCount: a.body.rowCount,
    rows: a.def.id === "impostazioni" ? (a.body.values as CellValue[][]) : [],
    validated: a.validation.type !== "None",
    formatsFirst: a.first.value,
    formatsLast: a.last.value,
  };
}
