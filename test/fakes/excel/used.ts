/**
 * The used range: the smallest rectangle holding every cell with a value or (unless
 * `valuesOnly`) a format (learn.microsoft.com, Excel.Worksheet.getUsedRange).
 */
import { type Rect, intersects } from "./address";
import type { SheetState } from "./state";

export function usedRect(sheet: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [key, cell] of sheet.cells) {
    const used =
      cell.value !== "" ||
      cell.formula !== null ||
      (!valuesOnly && Object.keys(cell.style).length > 0);
    if (!used) continue;
    const [r, c] = key.split(",").map(Number);
    if (within && !intersects(within, { r0: r, r1: r, c0: c, c1: c })) continue;
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}
