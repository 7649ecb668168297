/**
 * Printed lines of the long wrapped texts of a scheda, read back from the PDF's word boxes,
 * next to the lines measure.ts predicted for the same cell (same width and font). Row heights
 * come from the prediction, so fewer predicted lines than printed ones would cut the text.
 */
import { wrappedLines } from "../../src/core/layout/measure";
import { columnLetters } from "../../src/core/schema/address";
import type { LayoutCell, SchedaLayout } from "../../src/core/layout/types";
import type { WordBox } from "./pdf-tools";

/** phase and indicator descriptions, the objective description, the free-text sections */
export const LONG_TEXT_STYLES: readonly string[] = ["itemText", "description", "text"];

export interface CellLines {
  readonly sheet: string;
  /** "A12"-like place, for a readable failure */
  readonly at: string;
  readonly predicted: number;
  /** null when the words could not be found once, and only once, on a page */
  readonly printed: number | null;
}

/** one spelling for the text of the cell and of the PDF: quotes, spaces, composed accents */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/…/g, "...")
    .replace(/\s+/g, " ")
    .trim();
}

function words(text: string): string[] {
  return cleanText(text)
    .split(" ")
    .filter((w) => w !== "");
}

/**
 * The boxes that spell `wanted` from `start` on, in order. A word may take several boxes
 * (LibreOffice breaks a word too long for the cell, or after a hyphen).
 */
function matchAt(boxes: readonly WordBox[], start: number, wanted: readonly string[]) {
  const used: WordBox[] = [];
  let i = start;
  for (const word of wanted) {
    let spelled = "";
    while (spelled.length < word.length) {
      const box = boxes[i];
      if (box === undefined) return null;
      const next = spelled + cleanText(box.word);
      if (next === spelled || !word.startsWith(next)) return null;
      spelled = next;
      used.push(box);
      i++;
    }
  }
  return used;
}

function allMatches(boxes: readonly WordBox[], wanted: readonly string[]): WordBox[][] {
  const found: WordBox[][] = [];
  for (let start = 0; start < boxes.length; start++) {
    const m = matchAt(boxes, start, wanted);
    if (m) found.push(m);
  }
  return found;
}

/** Lines the boxes sit on: a box whose top is more than half a glyph below the last opens one. */
export function countLines(boxes: readonly WordBox[]): number {
  const sorted = [...boxes].sort((a, b) => a.yMin - b.yMin);
  let lines = 0;
  let top = -Infinity;
  for (const b of sorted) {
    if (b.yMin - top > b.height / 2) {
      lines++;
      top = b.yMin;
    }
  }
  return lines;
}

/**
 * Printed lines of `text`, from the first of the sheet's pages that holds it (the objective
 * description is repeated on every page, wrapped the same way); null when that page holds it
 * more than once, or no page does.
 */
export function printedLines(text: string, pages: readonly (readonly WordBox[])[]): number | null {
  const wanted = words(text);
  if (wanted.length === 0) return null;
  for (const boxes of pages) {
    const found = allMatches(boxes, wanted);
    if (found.length === 1) return countLines(found[0]);
    if (found.length > 1) return null;
  }
  return null;
}

/** width units of a cell, summed over its merged columns, as the row height was computed */
function cellWidth(layout: SchedaLayout, c: LayoutCell): number {
  const merge = layout.merges.find((m) => m.top === c.row && m.left === c.col);
  const right = merge ? merge.right : c.col;
  return layout.columns.slice(c.col - 1, right).reduce((sum, col) => sum + col.width, 0);
}

/** Predicted and printed lines of every long text cell of a sheet, on its printed pages. */
export function linesOfSheet(
  layout: SchedaLayout,
  pages: readonly (readonly WordBox[])[],
): CellLines[] {
  return layout.cells
    .filter((c) => LONG_TEXT_STYLES.includes(c.style) && typeof c.value === "string")
    .map((c) => {
      const text = String(c.value);
      const style = layout.styles[c.style];
      return {
        sheet: layout.sheetName,
        at: `${columnLetters(c.col - 1)}${c.row}`,
        predicted: wrappedLines(text, cellWidth(layout, c), style.font, style.indent),
        printed: printedLines(text, pages),
      };
    });
}
