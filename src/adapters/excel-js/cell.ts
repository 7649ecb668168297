/** select() and writeCell(): one cell, addressed as problems show it ("Fasi!H12"). */
import { splitAddress } from "../../core/schema/address";
import type { CellValue } from "../../core/schema/raw";

function target(
  context: Excel.RequestContext,
  address: string,
): { sheet: Excel.Worksheet; cell: Excel.Range } {
  const parts = splitAddress(address);
  if (!parts) throw new Error(`Indirizzo di cella non valido: «${address}».`);
  const sheet = context.workbook.worksheets.getItem(parts.sheet);
  return { sheet, cell: sheet.getRange(parts.cell) };
}

export async function selectCell(context: Excel.RequestContext, address: string): Promise<void> {
  const { sheet, cell } = target(context, address);
  sheet.activate();
  cell.select();
  await context.sync();
}

/**
 * Text is written as text: the cell is formatted "@" first in the same batch. A number
 * written into a cell formatted as text gets the General format back, or Excel would keep it
 * as text.
 */
export async function writeOneCell(
  context: Excel.RequestContext,
  address: string,
  value: CellValue,
): Promise<void> {
  const { cell } = target(context, address);
  if (typeof value === "string" && value !== "") {
    cell.numberFormat = [["@"]];
  } else if (typeof value === "number") {
    cell.load("numberFormat");
    await context.sync();
    if (cell.numberFormat[0]?.[0] === "@") cell.numberFormat = [["General"]];
  }
  cell.values = [[value ?? ""]];
  await context.sync();
}
