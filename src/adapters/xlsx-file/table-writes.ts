/**
 * Model values as cell writes into the user's own tables (see write/cells.ts), wherever their
 * columns stand: each value converted as the schema writes it, text kept as text.
 */
import type { RawTable } from "../../core/schema/raw";
import { headerIndex } from "../../core/parse/positions";
import { mustWriteAsText, toCellValue } from "../../core/schema/rows";
import type { TableDef } from "../../core/schema/types";
import { WriteRefused, type CellWrite, type TableWrites } from "./write/cells";

type Values = Readonly<Record<string, unknown>>;

/** The tables as read, by the id of their definition (a `RawWorkbook`, or tblVersioni…). */
type ReadTables = Readonly<Partial<Record<string, Omit<RawTable, "id">>>>;

/** Writes to collect table by table, then hand to `writeTableCells`. */
export class TableWriteList {
  private readonly byTable = new Map<TableDef, CellWrite[]>();

  constructor(private readonly raw: ReadTables) {}

  private table(def: TableDef): Omit<RawTable, "id"> {
    const table = this.raw[def.id];
    if (!table)
      throw new WriteRefused({
        it: `manca la tabella ${def.table} (foglio «${def.sheet}»): i valori non si possono scrivere.`,
        en: `the table ${def.table} (sheet "${def.sheet}") is missing: the values cannot be written.`,
      });
    return table;
  }

  private push(def: TableDef, w: CellWrite): void {
    const list = this.byTable.get(def) ?? [];
    list.push(w);
    this.byTable.set(def, list);
  }

  /** The fields `keys` of a record at body row `row` (all columns present when not given). */
  set(def: TableDef, row: number, values: Values, keys?: readonly string[]): void {
    const table = this.table(def);
    for (const col of def.columns) {
      if (keys ? !keys.includes(col.key) : !(col.key in values)) continue;
      const at = headerIndex(def, table.headers, col.key);
      if (at < 0) {
        // a column the user's table lacks: an added row goes without it, a change cannot
        if (keys)
          throw new WriteRefused({
            it: `la colonna «${col.header}» non si trova nella tabella ${def.table}.`,
            en: `the column "${col.header}" is not in the table ${def.table}.`,
          });
        continue;
      }
      const value = toCellValue(col, values[col.key]);
      const date = col.type === "date" || col.type === "datetime";
      this.push(def, { row, column: at, value, asText: mustWriteAsText(col, value), date });
    }
  }

  /** Records appended below the table's rows, in order. */
  append(def: TableDef, records: readonly Values[]): void {
    if (records.length === 0) return;
    const start = this.table(def).rows.length;
    records.forEach((r, i) => this.set(def, start + i, r));
  }

  writes(): TableWrites[] {
    return [...this.byTable].map(([def, cells]) => ({
      table: this.table(def),
      tableName: def.table,
      cells,
    }));
  }
}
