/**
 * `Range.copyFrom` (ExcelApi 1.9) on the workbook data. The size rule is the documented one
 * (learn.microsoft.com, Excel.Range.copyFrom): a smaller destination grows to the source's size;
 * a destination that is an exact multiple of the source in rows or columns gets the source
 * repeated; otherwise the source is pasted once at its top-left cell. The source is read whole
 * before anything is written, as a clipboard does, so overlapping areas copy correctly.
 */
import { MAX_COLS, MAX_ROWS, type Rect, checkInGrid, contains, intersects } from "./address";
import { invalidArgument, invalidOperation, notImplemented } from "./errors";
import { type SourceCell, pasteCell, readSource } from "./paste";
import { contentsWritten } from "./range-base";
import type { SheetState, WorkbookState } from "./state";

export const COPY_TYPES = ["All", "Formulas", "Values", "Formats", "Link"];
const CELL_LIMIT = 1_000_000;
const WHERE = "Range.copyFrom";

export interface CopyArea {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

function mergedPartError(): Error {
  return invalidOperation(WHERE, "Cannot change part of a merged cell.");
}

/** How many times the source fits along one dimension of the destination. */
function repeats(source: number, dest: number): number {
  return dest > source && dest % source === 0 ? dest / source : 1;
}

/** The top-left corners of the copies, and the whole area they cover. */
export function pasteTiles(src: Rect, dest: Rect): { area: Rect; tiles: [number, number][] } {
  const [rows, cols] = [src.r1 - src.r0 + 1, src.c1 - src.c0 + 1];
  const [destRows, destCols] = [dest.r1 - dest.r0 + 1, dest.c1 - dest.c0 + 1];
  const [down, across] = [repeats(rows, destRows), repeats(cols, destCols)];
  // One side repeated, the other wider than the source but no multiple of it: not documented.
  const odd = (n: number, s: number, d: number): boolean => n === 1 && d > s;
  if ((down > 1 && odd(across, cols, destCols)) || (across > 1 && odd(down, rows, destRows))) {
    throw notImplemented(`${WHERE} into a destination that is a multiple on one side only`);
  }
  const tiles: [number, number][] = [];
  for (let i = 0; i < down; i += 1)
    for (let j = 0; j < across; j += 1) tiles.push([dest.r0 + i * rows, dest.c0 + j * cols]);
  const area = {
    r0: dest.r0,
    c0: dest.c0,
    r1: dest.r0 + down * rows - 1,
    c1: dest.c0 + across * cols - 1,
  };
  checkInGrid(area, WHERE);
  return { area, tiles };
}

/** Merges wholly inside `rect`; one crossing its edge is Excel's "part of a merged cell" error. */
function mergesInside(sheet: SheetState, rect: Rect): Rect[] {
  const hit = sheet.merges.filter((m) => intersects(m, rect));
  if (hit.some((m) => !contains(rect, m))) throw mergedPartError();
  return hit;
}

function checkLimits(src: Rect, area: Rect): void {
  const whole = (r: Rect): boolean =>
    (r.r0 === 0 && r.r1 === MAX_ROWS - 1) || (r.c0 === 0 && r.c1 === MAX_COLS - 1);
  if (whole(src)) throw notImplemented(`${WHERE} of whole rows or columns`);
  const cells = (r: Rect): number => (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1);
  if (cells(src) > CELL_LIMIT || cells(area) > CELL_LIMIT)
    throw notImplemented(`${WHERE} over a million cells`);
}

/** Validation and conditional formats travel with formats in Excel; the fake doesn't copy them. */
function checkNoRules(sheet: SheetState, rect: Rect, side: string): void {
  const rules = [...sheet.validations, ...sheet.conditionalFormats];
  if (rules.some((v) => intersects(v.rect, rect)))
    throw notImplemented(`${WHERE} with data validation or conditional formats in the ${side}`);
}

/**
 * A formula with a relative reference would need adjusting when it lands elsewhere; the fake
 * doesn't adjust formulas. Only A1 references with both `$` are taken as absolute.
 */
export function hasRelativeReference(formula: string): boolean {
  const code = formula.replace(/"[^"]*"/g, '""');
  const cell = /(?<![A-Za-z0-9_.$])(\$?)[A-Za-z]{1,3}(\$?)\d+(?![A-Za-z0-9_(!])/g;
  for (const m of code.matchAll(cell)) if (m[1] === "" || m[2] === "") return true;
  // whole columns or rows ("A:A", "$3:$5"), once the absolute cell references are gone
  const rest = code.replace(/\$[A-Za-z]{1,3}\$\d+/g, "");
  for (const m of rest.matchAll(/([$\w]+):([$\w]+)/g))
    if (!m[1].startsWith("$") || !m[2].startsWith("$")) return true;
  return false;
}

function checkFormulas(source: SourceCell[][], src: Rect, tiles: [number, number][]): void {
  if (tiles.every(([r, c]) => r === src.r0 && c === src.c0)) return;
  const moved = source.some((row) =>
    row.some((s) => s.cell?.formula != null && hasRelativeReference(s.cell.formula)),
  );
  if (moved) throw notImplemented(`${WHERE} of formulas with relative references`);
}

export function copyRange(
  wb: WorkbookState,
  dest: CopyArea,
  from: CopyArea,
  copyType: string,
): void {
  if (!COPY_TYPES.includes(copyType)) throw invalidArgument(WHERE, "Unknown copyType.");
  if (copyType === "Link") throw notImplemented(`${WHERE}(…, "Link")`);
  const src = from.rect;
  const { area, tiles } = pasteTiles(src, dest.rect);
  checkLimits(src, area);
  const formats = copyType === "All" || copyType === "Formats";
  const contents = copyType !== "Formats";
  const srcMerges = mergesInside(from.sheet, src);
  const destMerges = mergesInside(dest.sheet, area);
  if (!formats && destMerges.length > 0)
    throw notImplemented(`${WHERE}(…, "${copyType}") onto merged cells`);
  if (formats) {
    checkNoRules(from.sheet, src, "source");
    checkNoRules(dest.sheet, area, "destination");
  }
  const source = readSource(from.sheet, src);
  if (copyType === "All" || copyType === "Formulas") checkFormulas(source, src, tiles);

  if (formats) dest.sheet.merges = dest.sheet.merges.filter((m) => !destMerges.includes(m));
  for (const [r0, c0] of tiles) {
    source.forEach((row, i) =>
      row.forEach((s, j) => pasteCell(dest.sheet, r0 + i, c0 + j, s, copyType)),
    );
    if (!formats) continue;
    for (const m of srcMerges) {
      const [dr, dc] = [r0 - src.r0, c0 - src.c0];
      dest.sheet.merges.push({ r0: m.r0 + dr, c0: m.c0 + dc, r1: m.r1 + dr, c1: m.c1 + dc });
    }
  }
  if (contents) contentsWritten(wb, dest.sheet, area);
}
