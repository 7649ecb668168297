/** Merged areas. Merging keeps the top-left value and empties the other cells, as Excel does. */
import { type Rect, intersects } from "./address";
import { getCell } from "./state";
import type { SheetState } from "./state";

export function mergeRange(sheet: SheetState, rect: Rect, across: boolean): void {
  const areas: Rect[] = across
    ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({
        ...rect,
        r0: rect.r0 + i,
        r1: rect.r0 + i,
      }))
    : [rect];
  for (const area of areas) {
    if (area.r0 === area.r1 && area.c0 === area.c1) continue;
    sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
    for (let r = area.r0; r <= area.r1; r += 1) {
      for (let c = area.c0; c <= area.c1; c += 1) {
        if (r === area.r0 && c === area.c0) continue;
        const cell = getCell(sheet, r, c);
        if (cell) {
          cell.value = "";
          cell.formula = null;
        }
      }
    }
    sheet.merges.push(area);
  }
}

export function unmergeRange(sheet: SheetState, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
}
