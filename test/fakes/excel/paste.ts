/** One cell of `Range.copyFrom`: what each copy type takes from the source cell. */
import type { Rect } from "./address";
import { cloneCell } from "./sheet-copy";
import {
  type CellState,
  DEFAULT_STYLE,
  type SheetState,
  type StyleState,
  getCell,
  touchCell,
} from "./state";

export interface SourceCell {
  /** a copy of the cell taken before anything is written */
  readonly cell: CellState | undefined;
  /** the formatting the cell shows without a named style: row, then column, then its own */
  readonly style: StyleState;
}

/** The source rectangle copied out, row by row. */
export function readSource(sheet: SheetState, rect: Rect): SourceCell[][] {
  const out: SourceCell[][] = [];
  for (let r = rect.r0; r <= rect.r1; r += 1) {
    const row: SourceCell[] = [];
    for (let c = rect.c0; c <= rect.c1; c += 1) {
      const found = getCell(sheet, r, c);
      const cell = found ? cloneCell(found) : undefined;
      const style = cell?.named
        ? cell.style
        : {
            ...structuredClone(sheet.rowStyles.get(r) ?? {}),
            ...structuredClone(sheet.columnStyles.get(c) ?? {}),
            ...(cell?.style ?? {}),
          };
      row.push({ cell, style });
    }
    out.push(row);
  }
  return out;
}

const STYLE_KEYS = [...Object.keys(DEFAULT_STYLE), "borders"] as (keyof StyleState)[];

/**
 * Pasted formats replace the cell's: where the destination's column or row style sets a key the
 * source cell leaves at the default, the default is written, so the cell looks like the source.
 */
function pasteFormat(sheet: SheetState, r: number, c: number, s: SourceCell): void {
  const style: StyleState = structuredClone(s.style);
  if (!s.cell?.named) {
    const layers = [sheet.columnStyles.get(c), sheet.rowStyles.get(r)];
    for (const key of STYLE_KEYS) {
      if (style[key] !== undefined || !layers.some((l) => l?.[key] !== undefined)) continue;
      Object.assign(style, { [key]: key === "borders" ? {} : DEFAULT_STYLE[key as "fill"] });
    }
  }
  const existing = getCell(sheet, r, c);
  if (!existing && !s.cell?.named && Object.keys(style).length === 0) return;
  const cell = existing ?? touchCell(sheet, r, c);
  cell.style = style;
  if (s.cell?.named) cell.named = s.cell.named;
  else delete cell.named;
}

function pasteContents(sheet: SheetState, r: number, c: number, s: SourceCell, formula: boolean) {
  const value = s.cell?.value ?? "";
  const existing = getCell(sheet, r, c);
  if (!existing && value === "" && (s.cell?.formula ?? null) === null) return;
  const cell = existing ?? touchCell(sheet, r, c);
  cell.value = value;
  cell.formula = formula ? (s.cell?.formula ?? null) : null;
}

export function pasteCell(
  sheet: SheetState,
  r: number,
  c: number,
  s: SourceCell,
  copyType: string,
): void {
  if (copyType === "All" || copyType === "Formats") pasteFormat(sheet, r, c, s);
  if (copyType !== "Formats") pasteContents(sheet, r, c, s, copyType !== "Values");
  if (copyType !== "All") return;
  const link = s.cell?.hyperlink;
  const cell = getCell(sheet, r, c);
  if (link) touchCell(sheet, r, c).hyperlink = { ...link };
  else if (cell) delete cell.hyperlink;
}
