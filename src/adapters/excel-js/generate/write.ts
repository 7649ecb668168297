/** Queues the commands of one generated sheet (nothing is sent until the caller syncs). */
import type { SchedaLayout } from "../../../core/layout/types";
import { type Marker, markerComment } from "./markers";
import type { SheetOp } from "./ops";
import { applyPage, pageArgs, pageCommands } from "./page";
import { STYLE_COMMANDS, type StyleDef } from "./styles";

export interface SheetWork {
  readonly name: string;
  readonly replaces: string | null;
  readonly marker: Marker;
  /** our named item for the new sheet; when replacing, the old sheet's one (deleted first) */
  readonly markerName: string;
  readonly replacesMarker: string | null;
  readonly layout: SchedaLayout;
  readonly ops: readonly SheetOp[];
  /** estimated request bytes of everything `queueSheet` sends */
  readonly bytes: number;
}

/**
 * Per queued command, what a real request carries besides the arguments: Office.js sends an
 * action record (id, type, name, object path, arguments: about 90 bytes) and, for each new
 * proxy (a range, its format, its font…), an object-path record and its instantiation (about
 * 120 bytes each). Counted generously; a batch Excel still refuses is split and resent.
 */
export const COMMAND_OVERHEAD_BYTES = 250;
/**
 * Estimated bytes per round trip. The estimate already includes the envelope, so the margin
 * under Excel's 5 MB only absorbs its error.
 */
export const GENERATE_BUDGET_BYTES = 4_500_000;
/** Worksheet delete and add, marker delete, add and hide. */
const SHEET_COMMANDS = 5;

const encoder = new TextEncoder();
const jsonBytes = (v: unknown): number => encoder.encode(JSON.stringify(v)).length;

export function estimateBytes(layout: SchedaLayout, ops: readonly SheetOp[]): number {
  let bytes = jsonBytes(pageArgs(layout.page, layout.breaks));
  const count = pageCommands(layout.page, layout.breaks) + SHEET_COMMANDS + ops.length;
  for (const op of ops) bytes += jsonBytes(op);
  return bytes + count * COMMAND_OVERHEAD_BYTES + 2 * jsonBytes(layout.sheetName);
}

/** Estimated bytes of creating and setting the workbook styles (sent with the first batch). */
export function estimateStyleBytes(defs: readonly StyleDef[]): number {
  return defs.reduce(
    (sum, d) => sum + jsonBytes(d) + (STYLE_COMMANDS + 2) * COMMAND_OVERHEAD_BYTES,
    0,
  );
}

type Target = Excel.Range | Excel.RangeAreas;

function applyOp(sheet: Excel.Worksheet, op: SheetOp): void {
  // several areas take one RangeAreas (ExcelApi 1.9): one command for all of them
  const target: Target = op.address.includes(",")
    ? sheet.getRanges(op.address)
    : sheet.getRange(op.address);
  switch (op.t) {
    case "style":
      target.style = op.name;
      return;
    case "columnWidth":
      target.format.columnWidth = op.points;
      return;
    case "rowHeight":
      target.format.rowHeight = op.points;
      return;
    default:
      applyRangeOp(target as Excel.Range, op);
  }
}

function applyRangeOp(range: Excel.Range, op: SheetOp): void {
  switch (op.t) {
    case "numberFormat":
      // one value for the whole range, not a grid repeating it (learn.microsoft.com,
      // "Performance optimization using the Excel JavaScript API": update all cells in a range)
      range.numberFormat = op.format as unknown as string[][];
      return;
    case "values":
      range.values = op.grid;
      return;
    case "merge":
      range.merge(op.across);
      return;
    case "link":
      // ExcelApi 1.7; a link inside the workbook is a documentReference like 'Sheet'!A1
      range.hyperlink = {
        documentReference: op.target,
        textToDisplay: op.text,
        screenTip: "Apri la scheda",
      };
      return;
    default:
      throw new Error(`unexpected op ${op.t}`);
  }
}

/**
 * Replaces our earlier sheet (if any) with a new one and draws the layout on it. The delete
 * runs before the add in the same batch, so the new sheet can take the old name.
 */
export function queueSheet(
  context: Excel.RequestContext,
  work: SheetWork,
  position?: number,
): Excel.Worksheet {
  const { worksheets, names } = context.workbook;
  if (work.replacesMarker !== null) names.getItem(work.replacesMarker).delete();
  if (work.replaces !== null) worksheets.getItem(work.replaces).delete();
  const sheet = worksheets.add(work.name);
  // marked first: if Excel stops the batch halfway, the sheet is still known as ours and the
  // next run replaces it instead of leaving a half-written sheet under the scheda's name
  const marker = names.add(work.markerName, sheet.getRange("A1"), markerComment(work.marker));
  // hidden: not offered in the Name Box or the Name Manager's list of the user's names
  marker.visible = false;
  for (const op of work.ops) applyOp(sheet, op);
  applyPage(sheet, work.layout);
  if (position !== undefined) sheet.position = position;
  return sheet;
}
