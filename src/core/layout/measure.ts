/**
 * Row heights from text. Excel does not autofit the height of rows whose cells are merged
 * (by design: "You cannot use the AutoFit feature for rows or columns that contain merged
 * cells", https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrap-text-not-adjust-row-height),
 * and a scheda merges cells everywhere, so every height is computed here and written as is.
 *
 * The estimate is on the safe side, so wrapped text is never cut:
 * - glyph advances are Arial's (Liberation Sans has the same), each rounded to whole pixels at
 *   96 dpi as Excel's hinted text is drawn. A flat 5 % on every glyph, used before, predicted a
 *   line too many for 25 of the sample's 149 long texts (the row showed a blank line);
 *   rounding glyph by glyph leaves 10 (13 with the cells' indent), and none predicted short,
 *   in LibreOffice's PDF (test/print checks both);
 * - words wrap only at spaces and a word too long for the line breaks by characters;
 * - the usable width is the cell's pixels minus padding and the indent;
 * - the line height is Excel's for Arial (12.75 pt at 10 pt, i.e. 1.275 × size), plus padding.
 *   LibreOffice needs less (≈ 1.12 × size), but Excel's rows for small Arial are taller still
 *   (a line of 9 pt takes 12 pt, of 8 pt 11.25 pt at 96 dpi), so this is not reduced;
 * - heights are whole pixels (0.75 pt), so Excel has nothing to round at display or print.
 */
import type { FontSpec } from "./types";

/** Excel's pixels per character unit with the Calibri 11 Normal style at 96 dpi. */
export const PX_PER_CHAR = 7;
const PT_TO_PX = 96 / 72;
const PT_PER_PX = 0.75;
/** room Excel leaves between cell border and text, both sides together */
const CELL_PADDING_PX = 6;
/**
 * an indent level: three spaces of the Normal font (Calibri 11 at 96 dpi: 3 × 3 px, rounded up
 * to stay on the safe side); LibreOffice reads it the same way from the file
 */
const INDENT_PX = 10;
const LINE_FACTOR = 1.275;
const ROW_PADDING_PT = 3;
/** the tallest row Excel accepts */
export const MAX_ROW_HEIGHT = 409;

/** Arial advance widths in 1/1000 em; anything not listed counts as a wide glyph. */
const ADVANCE: ReadonlyArray<[string, number]> = [
  [" ", 278],
  ["ijlìíIl|'", 222],
  ["ft.,:;!/\\[]()`’‘", 278],
  ['r-"“”°', 333],
  ["*^", 389],
  ["cksvxyzJ", 500],
  ["abdeghnopqu0123456789_$#?èéàáòóùú€£", 556],
  ["FTZL", 611],
  ["ABEKPSVXY&", 667],
  ["CDHNRUwÈÉÀ", 722],
  ["GOQ", 778],
  ["mM", 833],
  ["%", 889],
  ["W", 944],
  ["@", 1015],
  ["█░▒▓", 708],
];
const WIDE = 1000;
const BOLD_FACTOR = 1.07;

const advanceOf = new Map<string, number>();
for (const [chars, width] of ADVANCE) for (const ch of chars) advanceOf.set(ch, width);

/** Pixel width of a column of `width` character units (ECMA-376 conversion). */
export function columnPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / PX_PER_CHAR)) / 256) * PX_PER_CHAR);
}

function charPx(ch: string, font: FontSpec): number {
  const ppem = font.size * PT_TO_PX;
  const units = (advanceOf.get(ch) ?? WIDE) * (font.bold ? BOLD_FACTOR : 1);
  // hinting at 96 dpi puts every glyph on whole pixels
  return Math.max(1, Math.round((units * ppem) / 1000));
}

export function textPixels(text: string, font: FontSpec): number {
  let px = 0;
  for (const ch of text) px += charPx(ch, font);
  return px;
}

/**
 * Lines a text takes when wrapped in a cell `widthChars` wide (sum of merged columns), its
 * text indented by `indent` levels.
 */
export function wrappedLines(text: string, widthChars: number, font: FontSpec, indent = 0): number {
  const avail = Math.max(1, columnPixels(widthChars) - CELL_PADDING_PX - indent * INDENT_PX);
  const space = charPx(" ", font);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const w = textPixels(word, font);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= avail) {
        used = needed;
      } else if (w <= avail) {
        lines += 1;
        used = w;
      } else {
        // a word wider than the cell breaks by characters, starting on a fresh line
        if (used > 0) lines += 1;
        const extra = Math.ceil(w / avail) - 1;
        lines += extra;
        used = w - extra * avail;
      }
    }
  }
  return lines;
}

export function lineHeight(font: FontSpec): number {
  return font.size * LINE_FACTOR;
}

/** Row height (points) that shows `text` whole in a cell `widthChars` wide. */
export function textHeight(text: string, widthChars: number, font: FontSpec, indent = 0): number {
  const lines = text === "" ? 1 : wrappedLines(text, widthChars, font, indent);
  return pixelCeil(lines * lineHeight(font) + ROW_PADDING_PT);
}

/** Rounds a height up to whole pixels at 96 dpi (0.75 pt), as Excel shows rows. */
export function pixelCeil(pt: number): number {
  return Math.ceil(pt / PT_PER_PX - 1e-9) * PT_PER_PX;
}

/**
 * Splits a long text into pieces of at most `maxLines` wrapped lines, at paragraph ends
 * where possible, else between words, so each piece fits one row (Excel caps rows at 409 pt)
 * and a page break can fall between pieces.
 */
export function chunkText(
  text: string,
  widthChars: number,
  font: FontSpec,
  maxLines: number,
  indent = 0,
): string[] {
  const pieces: string[] = [];
  let current = "";
  const fits = (t: string): boolean => wrappedLines(t, widthChars, font, indent) <= maxLines;
  const push = (piece: string): void => {
    const candidate = current === "" ? piece : `${current}\n${piece}`;
    if (fits(candidate)) {
      current = candidate;
      return;
    }
    if (current !== "") pieces.push(current);
    current = "";
    if (fits(piece)) {
      current = piece;
      return;
    }
    // a paragraph longer than a piece: fill pieces word by word
    for (const word of piece.split(" ")) {
      const next = current === "" ? word : `${current} ${word}`;
      if (current !== "" && !fits(next)) {
        pieces.push(current);
        current = word;
      } else current = next;
    }
  };
  for (const paragraph of text.split(/\r?\n/)) push(paragraph);
  if (current !== "") pieces.push(current);
  return pieces;
}
