/**
 * A worksheet part's cells as `Range.values` would give them, streamed (a sheet of thousands
 * of rows is never held as a DOM): shared and inline strings, booleans, errors, the cached
 * result of formulas (0 and FALSE included), dates of the 1904 system moved to the 1900 one.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CellLook, CellValue } from "../../../core/schema/raw";
import { DAYS_1904 } from "../../../core/text/dates";
import { unescapeOoxml } from "../package/xml";
import { parseRange } from "./range";
import type { FormatLook } from "./styles";

export interface SheetCell {
  readonly value: CellValue;
  readonly look?: CellLook;
}

/** row (1-based) -> column (1-based) -> cell; only cells with a value or a look are kept */
export type SheetCells = Map<number, Map<number, SheetCell>>;

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly looks: readonly FormatLook[];
  readonly date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, serial 0 of the 1900 system, in ms since 1970 */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

const local = (name: string): string => name.slice(name.indexOf(":") + 1);

/** "AB12" -> [12, 28] (1-based column); null when the reference is not a cell */
function cellRef(ref: string): [number, number] | null {
  const box = parseRange(ref);
  return box ? [box.top, box.left] : null;
}

/** An ISO date (t="d", as some producers write) as a 1900-system serial. */
function isoToSerial(text: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(ms) ? text : (ms - EPOCH_1900) / MS_PER_DAY;
}

interface Pending {
  row: number;
  col: number;
  type: string;
  style: number;
  v: string | null;
  hasFormula: boolean;
  inline: string;
}

function finish(c: Pending, ctx: SheetContext): SheetCell | null {
  const fmt = ctx.looks[c.style] ?? null;
  const v = c.v;
  if (c.type === "inlineStr") return c.inline === "" ? null : { value: unescapeOoxml(c.inline) };
  if (v === null || (v === "" && c.type !== "str")) {
    return c.hasFormula ? { value: "", look: "uncalculated" } : null;
  }
  switch (c.type) {
    case "s":
      return { value: ctx.sharedStrings[Number(v)] ?? "" };
    case "str":
      return v === "" ? null : { value: unescapeOoxml(v) };
    case "b":
      return { value: v === "1" || v.toLowerCase() === "true" };
    case "e":
      return { value: v };
    case "d":
      return { value: isoToSerial(v), look: "date" };
  }
  const n = Number(v);
  if (!Number.isFinite(n)) return { value: v };
  if (fmt === "date") return { value: ctx.date1904 ? n + DAYS_1904 : n, look: "date" };
  if (fmt === "percent") return { value: n, look: "percent" };
  return { value: n };
}

/**
 * Reads the cells of rows `fromRow`..`toRow` (1-based, inclusive; all when not given).
 * Rows and cells without an `r` attribute follow the previous one, as the format allows.
 */
export function readSheetCells(
  xml: string,
  ctx: SheetContext,
  fromRow = 1,
  toRow = Number.POSITIVE_INFINITY,
): SheetCells {
  const cells: SheetCells = new Map();
  const parser = new SaxesParser({ xmlns: false });
  let row = 0;
  let col = 0;
  let cell: Pending | null = null;
  let text: "v" | "t" | null = null;
  let inInline = false;
  let phonetic = false;
  let done = false;

  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (done) return;
    const name = local(tag.name);
    const a = tag.attributes as Record<string, string>;
    if (name === "row") {
      row = a.r ? Number(a.r) : row + 1;
      col = 0;
      if (row > toRow) done = true;
    } else if (name === "c") {
      const ref = a.r ? cellRef(a.r) : null;
      if (ref) [row, col] = ref;
      else col += 1;
      cell = {
        row,
        col,
        type: a.t ?? "n",
        style: Number(a.s ?? 0),
        v: null,
        hasFormula: false,
        inline: "",
      };
    } else if (cell) {
      if (name === "v") {
        text = "v";
        cell.v = "";
      } else if (name === "f") cell.hasFormula = true;
      else if (name === "is") inInline = true;
      else if (name === "rPh") phonetic = true;
      else if (name === "t" && inInline && !phonetic) text = "t";
    }
  });
  const onText = (t: string): void => {
    if (!cell || text === null) return;
    if (text === "v") cell.v += t;
    else cell.inline += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    if (name === "v" || name === "t") text = null;
    else if (name === "is") inInline = false;
    else if (name === "rPh") phonetic = false;
    else if (name === "c" && cell) {
      if (cell.row >= fromRow && cell.row <= toRow) {
        const out = finish(cell, ctx);
        if (out) {
          let line = cells.get(cell.row);
          if (!line) cells.set(cell.row, (line = new Map()));
          line.set(cell.col, out);
        }
      }
      cell = null;
    }
  });
  parser.write(xml).close();
  return cells;
}

/** The shared strings table: rich-text runs joined, phonetic guides left out. */
export function readSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let current: string | null = null;
  let inText = false;
  let phonetic = false;
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    if (name === "si") current = "";
    else if (name === "rPh") phonetic = true;
    else if (name === "t" && !phonetic) inText = true;
  });
  const onText = (t: string): void => {
    if (inText && current !== null) current += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic = false;
    else if (name === "si") {
      out.push(unescapeOoxml(current ?? ""));
      current = null;
    }
  });
  parser.write(xml).close();
  return out;
}
