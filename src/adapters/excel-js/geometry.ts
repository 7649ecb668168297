/** Where a table stands, from the address Excel gives for its header row. */
import { columnIndex0, splitAddress } from "../../core/schema/address";

export interface TopLeft {
  /** 1-based row */
  readonly row: number;
  /** 0-based column */
  readonly column: number;
}

/** "Fasi!A1:L1" or "'Note 2021'!$B$3:$D$3" -> its top-left cell; null when unreadable. */
export function topLeftOf(address: string): TopLeft | null {
  const local = splitAddress(address)?.cell ?? address;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!match) return null;
  const column = columnIndex0(match[1]);
  return column === null ? null : { row: Number(match[2]), column };
}
