/**
 * The workbook's structure in the names users see. The adapter reports missing tables by id
 * ("obiettivi") and created tables by Excel name ("tblObiettivi"); users know the sheet tabs.
 */
import { TABLES } from "../../core/schema/tables";

/** "obiettivi" or "tblObiettivi" -> "Obiettivi"; any other text is returned unchanged */
export function sheetOfTable(idOrTable: string): string {
  return TABLES.find((t) => t.id === idOrTable || t.table === idOrTable)?.sheet ?? idOrTable;
}

/** "Obiettivi, Fasi e Indicatori" in Italian, "Obiettivi, Fasi and Indicatori" in British English */
export function listText(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}
