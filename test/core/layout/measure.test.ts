import {
  chunkText,
  columnPixels,
  textHeight,
  wrappedLines,
} from "../../../src/core/layout/measure";
import { STYLES } from "../../../src/core/layout/styles";
import type { FontSpec } from "../../../src/core/layout/types";
import { samplePeg } from "../../../src/core/sample";

const ARIAL9: FontSpec = { name: "Arial", size: 9 };
const SENTENCE =
  "Monitorare e contenere con maggiore efficacia il fenomeno della dispersione scolastica";

describe("measure", () => {
  it.each([
    [8.43, 59],
    [10, 70],
    [1, 7],
  ])("a column %f units wide is %i px (ECMA-376 conversion)", (w, px) => {
    expect(columnPixels(w)).toBe(px);
  });

  it.each([
    ["", 30, 1],
    ["breve", 30, 1],
    [SENTENCE, 200, 1],
    [SENTENCE, 20, 4],
    [`${SENTENCE}\n${SENTENCE}`, 200, 2],
    ["a\n\nb", 30, 3],
  ])("wraps %j in %f units to %i lines", (text, width, lines) => {
    expect(wrappedLines(text, width, ARIAL9)).toBe(lines);
  });

  it.each([9, 12.75, 100])("row heights are whole pixels (0.75 pt), here for %f units", (w) => {
    const h = textHeight(SENTENCE.repeat(3), w, ARIAL9);
    expect(h / 0.75).toBe(Math.round(h / 0.75));
  });

  it("breaks a word longer than the cell by characters", () => {
    expect(wrappedLines("X".repeat(100), 10, ARIAL9)).toBeGreaterThanOrEqual(9);
  });

  it("leaves an indent's width out of the line", () => {
    // 20 "X" of 9 pt (8 px each) fill 160 px: a 24.5-unit cell (171 px, 165 inside) holds them on one line, less the
    // indent (10 px) it does not
    const word = "X".repeat(20);
    expect(wrappedLines(word, 24.5, ARIAL9)).toBe(1);
    expect(wrappedLines(word, 24.5, ARIAL9, 1)).toBe(2);
    expect(textHeight(word, 24.5, ARIAL9, 1)).toBeGreaterThan(textHeight(word, 24.5, ARIAL9));
  });

  it("needs more lines for bold and larger text", () => {
    const text = SENTENCE.repeat(3);
    const plain = wrappedLines(text, 30, ARIAL9);
    expect(wrappedLines(text, 30, { ...ARIAL9, bold: true })).toBeGreaterThanOrEqual(plain);
    expect(wrappedLines(text, 30, { ...ARIAL9, size: 12 })).toBeGreaterThan(plain);
  });

  it("grows the row height with the text and shrinks it with the width", () => {
    const heights = [1, 3, 9, 27].map((n) => textHeight(SENTENCE.repeat(n), 40, ARIAL9));
    for (let i = 1; i < heights.length; i++) expect(heights[i]).toBeGreaterThan(heights[i - 1]);
    expect(textHeight(SENTENCE, 15, ARIAL9)).toBeGreaterThan(textHeight(SENTENCE, 60, ARIAL9));
  });

  it("chunks a long text without losing words, each piece within the line limit", () => {
    const text = `${SENTENCE.repeat(40)}\nsecondo paragrafo\n${SENTENCE.repeat(5)}`;
    const pieces = chunkText(text, 90, ARIAL9, 6);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) expect(wrappedLines(p, 90, ARIAL9)).toBeLessThanOrEqual(6);
    const norm = (s: string): string => s.replace(/\s+/g, " ").trim();
    expect(norm(pieces.join(" "))).toBe(norm(text));
  });

  // sample texts on the lines LibreOffice printed them in the sample's schede: a flat 5 % on
  // every glyph predicted one line more for each
  describe("sample texts wrap on the lines they print", () => {
    const peg = samplePeg();
    const objective = (codice: string) => peg.obiettivi.find((o) => o.codice === codice)!;
    const indicator = (codice: string, numero: number) =>
      peg.indicatori.find((i) => i.obiettivo === codice && i.numero === numero)!;
    /** the scheda's widths: the objective's description across the page, an item's beside its number */
    const PAGE = 96.5;
    const ITEM = 88;
    it.each([
      [
        "2021_S08_20 description",
        () => objective("2021_S08_20").descrizione,
        PAGE,
        "description",
        2,
      ],
      [
        "2021_S08_00 description",
        () => objective("2021_S08_00").descrizione,
        PAGE,
        "description",
        1,
      ],
      [
        "2021_S08_20 indicator 1",
        () => indicator("2021_S08_20", 1).descrizione,
        ITEM,
        "itemText",
        2,
      ],
      [
        "2021_S08_21 indicator 1",
        () => indicator("2021_S08_21", 1).descrizione,
        ITEM,
        "itemText",
        1,
      ],
      [
        "2021_S08_22 indicator 2",
        () => indicator("2021_S08_22", 2).descrizione,
        ITEM,
        "itemText",
        1,
      ],
    ] as const)("%s", (_name, text, width, style, printed) => {
      expect(text().length).toBeGreaterThan(80);
      expect(wrappedLines(text(), width, STYLES[style].font)).toBe(printed);
    });
  });
});
