/** Queues the commands of one generated sheet (nothing is sent until the caller syncs). */
import type { PageSpec, SchedaLayout } from "../../../core/layout/types";
import { type Marker, markerComment } from "../../../core/layout/markers";
import type { SheetOp } from "./ops";
import { applyPage, pageArgs, pageCommands } from "./page";
import { STYLE_COMMANDS, type StyleDef } from "./styles";
import { COMMAND_OVERHEAD_BYTES } from "../payload";

export interface SheetWork {
  readonly name: string;
  readonly replaces: string | null;
  readonly marker: Marker;
  /** our named item for the new sheet; when replacing, the old sheet's one (deleted first) */
  readonly markerName: string;
  readonly replacesMarker: string | null;
  readonly layout: SchedaLayout;
  /**
   * A scheda is a copy of the model sheet, whose print setup is `base`; the index (null) is a
   * new sheet with every setting sent.
   */
  readonly base: PageSpec | null;
  /** styles and merges this sheet adds to the catalogue before copying them */
  readonly catalogueOps: readonly SheetOp[];
  readonly ops: readonly SheetOp[];
  /** estimated request bytes of everything `queueSheet` sends */
  readonly bytes: number;
}

/** The helper sheets of one generation, created with the first batch, deleted with the last. */
export interface HelperSheets {
  /** empty sheet with the schede's column widths and print setup, copied for each scheda */
  readonly model: Excel.Worksheet;
  /** the row formats the schede copy (see catalogue.ts) */
  readonly catalogue: Excel.Worksheet;
}

/**
 * Estimated bytes per round trip. The estimate is checked to cover the real request body, so
 * the margin under Excel's 5 MB (4 %) is for the message around it.
 */
export const GENERATE_BUDGET_BYTES = 4_800_000;
/** Worksheet delete and add (or copy and rename), marker delete, add, hide and comment. */
const SHEET_COMMANDS = 7;

const encoder = new TextEncoder();
const jsonBytes = (v: unknown): number => encoder.encode(JSON.stringify(v)).length;

/** Commands of a list of ops; a copy takes two ranges, so it counts twice. */
function opCommands(ops: readonly SheetOp[]): number {
  return ops.reduce((n, op) => n + (op.t === "copyFormats" ? 2 : 1), 0);
}

export function estimateBytes(
  layout: SchedaLayout,
  ops: readonly SheetOp[],
  base: PageSpec | null = null,
  catalogueOps: readonly SheetOp[] = [],
): number {
  let bytes = jsonBytes(pageArgs(layout.page, layout.breaks));
  const count =
    pageCommands(layout.page, layout.breaks, base) +
    SHEET_COMMANDS +
    opCommands(ops) +
    opCommands(catalogueOps);
  for (const op of [...ops, ...catalogueOps]) bytes += jsonBytes(op);
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

function applyOp(sheet: Excel.Worksheet, op: SheetOp, catalogue?: Excel.Worksheet): void {
  if (op.t === "copyFormats") {
    if (!catalogue) throw new Error("copyFormats without the catalogue sheet");
    sheet.getRange(op.address).copyFrom(catalogue.getRange(op.source), "Formats");
    return;
  }
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
      range.hyperlink = { ...op.hyperlink };
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
  helpers: HelperSheets | null,
  position?: number,
): Excel.Worksheet {
  const { worksheets, names } = context.workbook;
  if (work.replacesMarker !== null) names.getItem(work.replacesMarker).delete();
  if (work.replaces !== null) worksheets.getItem(work.replaces).delete();
  let sheet: Excel.Worksheet;
  if (work.base !== null) {
    if (!helpers) throw new Error(`model sheet missing for ${work.name}`);
    for (const op of work.catalogueOps) applyOp(helpers.catalogue, op);
    // Worksheet.copy (ExcelApi 1.7) brings the model's column widths and print setup at once
    sheet = helpers.model.copy("End");
    // a helper until it has its name: if a co-author took the name meanwhile, the rename fails
    // and the next run removes this copy like the other helper sheets
    const marker = markSheet(names, work.markerName, sheet, { kind: "modello" });
    sheet.name = work.name;
    marker.comment = markerComment(work.marker);
  } else {
    sheet = worksheets.add(work.name);
    markSheet(names, work.markerName, sheet, work.marker);
  }
  for (const op of work.ops) applyOp(sheet, op, helpers?.catalogue);
  applyPage(sheet, work.layout, work.base);
  if (position !== undefined) sheet.position = position;
  return sheet;
}

/** A new sheet of ours that carries no marker (the versions' list, which is the user's data). */
export function queueUnmarkedSheet(
  context: Excel.RequestContext,
  layout: SchedaLayout,
  ops: readonly SheetOp[],
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(layout.sheetName);
  for (const op of ops) applyOp(sheet, op);
  applyPage(sheet, layout, null);
  return sheet;
}

function markSheet(
  names: Excel.NamedItemCollection,
  markerName: string,
  sheet: Excel.Worksheet,
  what: Marker,
): Excel.NamedItem {
  // marked first: if Excel stops the batch halfway, the sheet is still known as ours and the
  // next run replaces it instead of leaving a half-written sheet under the scheda's name
  const marker = names.add(markerName, sheet.getRange("A1"), markerComment(what));
  // hidden: not offered in the Name Box or the Name Manager's list of the user's names
  marker.visible = false;
  return marker;
}

/** Names and markers of the helper sheets of one generation. */
export interface HelperNames {
  readonly model: string;
  readonly modelMarker: string;
  readonly catalogue: string;
  readonly catalogueMarker: string;
}

/** The model sheet set up like `model` (sizes, print setup, no breaks) and an empty catalogue. */
export function queueHelpers(
  context: Excel.RequestContext,
  names: HelperNames,
  model: SchedaLayout,
  modelOps: readonly SheetOp[],
): HelperSheets {
  const { worksheets, names: items } = context.workbook;
  const modelSheet = worksheets.add(names.model);
  markSheet(items, names.modelMarker, modelSheet, { kind: "modello" });
  for (const op of modelOps) applyOp(modelSheet, op);
  applyPage(modelSheet, { ...model, breaks: [] });
  const catalogue = worksheets.add(names.catalogue);
  markSheet(items, names.catalogueMarker, catalogue, { kind: "modello" });
  return { model: modelSheet, catalogue };
}

export function queueHelpersRemoval(context: Excel.RequestContext, names: HelperNames): void {
  const { worksheets, names: items } = context.workbook;
  for (const [sheet, marker] of [
    [names.model, names.modelMarker],
    [names.catalogue, names.catalogueMarker],
  ]) {
    items.getItem(marker).delete();
    worksheets.getItem(sheet).delete();
  }
}

/** Removing the helpers: two marker names and two sheets (`queueHelpersRemoval`). */
const REMOVAL_COMMANDS = 4;

/** Estimated bytes of creating the helper sheets (and removing them at the end). */
export function estimateHelperBytes(
  names: HelperNames,
  model: SchedaLayout,
  modelOps: readonly SheetOp[],
): number {
  const commands =
    2 * SHEET_COMMANDS + pageCommands(model.page, []) + opCommands(modelOps) + REMOVAL_COMMANDS;
  return (
    commands * COMMAND_OVERHEAD_BYTES +
    jsonBytes(pageArgs(model.page, [])) +
    jsonBytes(modelOps) +
    2 * jsonBytes(names)
  );
}
