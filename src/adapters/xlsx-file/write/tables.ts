/**
 * Excel tables (ListObjects) over the cells of a sheet the package writer adds: one table part
 * each, linked from the sheet. Names and ids must be unique in the workbook: a name already
 * taken is refused rather than written twice (Excel would "repair" the file and drop one).
 */
import type { SheetTable } from "../../../core/layout/types";
import { CONTENT_TYPE, REL, addRels, freeParts, setContentTypes } from "../package/opc";
import { NS, escapeXml } from "../package/xml";
import type { XlsxBook } from "../read/book";
import { WriteRefused } from "./cells";

/** The highest table id of the workbook and every table name (lower case) and defined name. */
export function takenTableNames(book: XlsxBook): { maxId: number; names: Set<string> } {
  let maxId = 0;
  const names = new Set(book.names.map((n) => n.name.toLowerCase()));
  for (const sheet of book.sheets) {
    for (const t of book.tables(sheet)) {
      names.add(t.name.toLowerCase());
      names.add(t.displayName.toLowerCase());
      const id = /<(?:\w+:)?table\b[^>]*?\sid="(\d+)"/.exec(book.pkg.text(t.part) ?? "");
      if (id) maxId = Math.max(maxId, Number(id[1]));
    }
  }
  return { maxId, names };
}

function tableXml(id: number, t: SheetTable): string {
  const columns = t.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${NS.main}" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${t.ref}" totalsRowShown="0">` +
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

/** Writes the tables of a new sheet part; returns the sheet's relationship ids to them. */
export function addTables(
  book: XlsxBook,
  taken: { maxId: number; names: Set<string> },
  sheetPart: string,
  tables: readonly SheetTable[],
): string[] {
  if (tables.length === 0) return [];
  for (const t of tables) {
    if (taken.names.has(t.name.toLowerCase()))
      throw new WriteRefused({
        it: `il nome ${t.name} è già usato nella cartella di lavoro.`,
        en: `the name ${t.name} is already used in the workbook.`,
      });
    taken.names.add(t.name.toLowerCase());
  }
  const parts = freeParts(book.pkg, "xl/tables/", "table", tables.length);
  tables.forEach((t, i) => book.pkg.set(parts[i], tableXml(++taken.maxId, t)));
  setContentTypes(book.pkg, new Map(parts.map((p) => [p, CONTENT_TYPE.table])));
  return addRels(
    book.pkg,
    sheetPart,
    parts.map((target) => ({ type: REL.table, target })),
  );
}
