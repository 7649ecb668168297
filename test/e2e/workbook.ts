/**
 * Reading the fake workbook from the test (through `window.__e2e`): cells of a data table
 * found by objective, number and header, the same way a person would look them up.
 */
import type { Page } from "playwright-core";
import type { WorkbookSnapshot } from "../fakes/excel/snapshot";
import { columnLetters } from "../../src/core/schema/address";

export const DATA_SHEETS = [
  "Obiettivi",
  "Fasi",
  "Indicatori",
  "Soggetti",
  "Rilevazioni",
  "Impostazioni",
];

export interface TableCell {
  /** "Fasi!I12" */
  readonly address: string;
  readonly value: string | number | boolean;
}

/**
 * The cell under `header` in the row of (obiettivo, numero) of a table whose first two
 * columns are the objective code and the number, as Fasi and Indicatori are.
 */
export async function cellOf(
  page: Page,
  table: string,
  key: { obiettivo: string; numero: number },
  header: string,
): Promise<TableCell> {
  const t = await page.evaluate((name) => window.__e2e.table(name), table);
  const col = t.headers.indexOf(header);
  const row = t.rows.findIndex((r) => r[0] === key.obiettivo && r[1] === key.numero);
  if (col < 0 || row < 0) throw new Error(`${table}: ${header} di ${key.obiettivo}/${key.numero}?`);
  const firstRow = Number(/^[A-Z]+(\d+)/.exec(t.address)?.[1]);
  // the table's first row holds the headers; data rows follow
  return {
    address: `${t.sheet}!${columnLetters(col)}${firstRow + 1 + row}`,
    value: t.rows[row][col],
  };
}

/** The data sheets and tables of a snapshot, for before/after comparisons. */
export function dataPart(snapshot: WorkbookSnapshot): unknown {
  return {
    sheets: snapshot.sheets.filter((s) => DATA_SHEETS.includes(s.name)),
    tables: snapshot.tables,
  };
}

export async function snapshotOf(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => window.__e2e.snapshot());
}

/** the rows of a table as header -> value records */
export async function records(page: Page, table: string): Promise<Record<string, unknown>[]> {
  const t = await page.evaluate((name) => window.__e2e.table(name), table);
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
}
