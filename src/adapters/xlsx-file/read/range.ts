/** A1 references of a package's parts ("B2:F30", "$A$1", "AB12") as boxes of cells. */
import { columnIndex0 } from "../../../core/schema/address";

export interface CellBox {
  /** 1-based rows and columns, inclusive */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B2:F30" (or "$B$2:$F$30", or a single cell) -> its box; null when unreadable */
export function parseRange(ref: string): CellBox | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const left = (columnIndex0(m[1]) ?? 0) + 1;
  const top = Number(m[2]);
  const right = m[3] ? (columnIndex0(m[3]) ?? 0) + 1 : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return { top, left, bottom, right };
}
