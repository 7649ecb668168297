/**
 * The generated sheets are exactly what the layout describes: every value with its type and
 * number format, every cell's look, sizes, merges and the print setup.
 */
import { generateSchede } from "../../../src/adapters/excel-js/generate";
import { widthToPoints } from "../../../src/adapters/excel-js/generate/ops";
import { splitHeader } from "../../../src/adapters/excel-js/generate/page";
import { computeAll } from "../../../src/core/compute";
import {
  buildIndexSheet,
  buildScheda,
  INDEX_SHEET_NAME,
  type SchedaLayout,
} from "../../../src/core/layout";
import type { IsoDate } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { formatLocal } from "../../fakes/excel/address";
import { type SheetState, styleOf } from "../../fakes/excel/state";
import { setupWorkbook, teardown } from "./generate.helpers";

const TODAY = "2021-12-31" as IsoDate;
const model = samplePeg();
const results = computeAll(model).objectives;
const codici = model.obiettivi.map((o) => o.codice);

function schedaLayout(codice: string): SchedaLayout {
  const result = results.find((r) => r.codice === codice);
  return buildScheda(model, result, codice, { dataElaborazione: TODAY, sheetName: codice });
}

function indexLayout(): SchedaLayout {
  const entries = codici.map((c) => ({ codice: c, sheetName: c }));
  return buildIndexSheet(model, results, entries, {
    dataElaborazione: TODAY,
    sheetName: INDEX_SHEET_NAME,
    filtri: {},
  });
}

let sheets: Map<string, SheetState>;

beforeAll(async () => {
  const { book } = setupWorkbook(model);
  await generateSchede({ index: true }, undefined, undefined, { today: TODAY });
  sheets = new Map(book.state.sheets.map((s) => [s.name, s]));
  teardown();
});

const cases: [string, () => SchedaLayout][] = [
  ["first scheda", () => schedaLayout(codici[0])],
  [
    "longest scheda",
    () => {
      const all = codici.map(schedaLayout);
      return all.reduce((a, b) => (b.rows.length > a.rows.length ? b : a));
    },
  ],
  ["index", indexLayout],
];

describe.each(cases)("%s", (_label, layoutOf) => {
  const layout = layoutOf();
  const sheet = (): SheetState => {
    const s = sheets.get(layout.sheetName);
    if (!s) throw new Error(`missing ${layout.sheetName}`);
    return s;
  };

  test("every value with its type and number format", () => {
    for (const c of layout.cells) {
      const got = sheet().cells.get(`${c.row - 1},${c.col - 1}`);
      expect({ at: [c.row, c.col], value: got?.value ?? "" }).toEqual({
        at: [c.row, c.col],
        value: c.value ?? "",
      });
      expect(got?.formula ?? null).toBeNull();
      const format = styleOf(sheet(), c.row - 1, c.col - 1, "numberFormat");
      if (typeof c.value === "string") expect(format).toBe("@");
      if (typeof c.value === "number") expect(format).toBe(c.numberFormat ?? "General");
    }
  });

  test("every cell looks as its style says, fonts named explicitly", () => {
    for (const c of layout.cells) {
      const s = layout.styles[c.style];
      const merge = layout.merges.find((m) => m.top === c.row && m.left === c.col);
      const right = (merge?.right ?? c.col) - 1;
      const r = c.row - 1;
      const at = (col: number) => ({
        font: [styleOf(sheet(), r, col, "fontName"), styleOf(sheet(), r, col, "fontSize")],
        bold: styleOf(sheet(), r, col, "bold"),
        italic: styleOf(sheet(), r, col, "italic"),
        color: styleOf(sheet(), r, col, "fontColor"),
        fill: styleOf(sheet(), r, col, "fill") ?? null,
        h: styleOf(sheet(), r, col, "horizontalAlignment"),
        v: styleOf(sheet(), r, col, "verticalAlignment"),
        wrap: styleOf(sheet(), r, col, "wrapText"),
      });
      const expected = {
        font: [s.font.name, s.font.size],
        bold: s.font.bold === true,
        italic: s.font.italic === true,
        color: `#${(s.font.color ?? "000000").toUpperCase()}`,
        fill: s.fill ? `#${s.fill.toUpperCase()}` : null,
        h: { left: "Left", center: "Center", right: "Right" }[s.horizontal],
        v: { top: "Top", middle: "Center", bottom: "Bottom" }[s.vertical],
        wrap: s.wrap,
      };
      for (let col = c.col - 1; col <= right; col++)
        expect({ at: [c.row, col + 1], ...at(col) }).toEqual({ at: [c.row, col + 1], ...expected });
      const borders = (col: number) => styleOf(sheet(), r, col, "borders") ?? {};
      const side = (b: Record<string, { style: string; color: string }>, k: string) =>
        b[k] && b[k].style !== "None" ? b[k].color : null;
      const want = (x?: { color: string }) => (x ? `#${x.color.toUpperCase()}` : null);
      expect(side(borders(c.col - 1), "EdgeLeft")).toBe(want(s.border?.left));
      expect(side(borders(right), "EdgeRight")).toBe(want(s.border?.right));
      expect(side(borders(c.col - 1), "EdgeTop")).toBe(want(s.border?.top));
      expect(side(borders(c.col - 1), "EdgeBottom")).toBe(want(s.border?.bottom));
    }
  });

  test("column widths (points), row heights and merges", () => {
    const widths = layout.columns.map((_, i) => sheet().columnWidths.get(i));
    expect(widths).toEqual(layout.columns.map((c) => widthToPoints(c.width)));
    const heights = layout.rows.map((_, i) => sheet().rowHeights.get(i));
    expect(heights).toEqual(layout.rows.map((r) => r.height));
    const merges = sheet().merges.map(formatLocal).sort();
    const expected = layout.merges
      .map((m) => formatLocal({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 }))
      .sort();
    expect(merges).toEqual(expected);
  });

  test("print setup: A4 portrait, 1 page wide, margins, titles, area, header and footer, breaks", () => {
    const p = sheet().pageLayout;
    const m = layout.page.margins;
    expect(p).toMatchObject({
      orientation: "Portrait",
      paperSize: "A4",
      topMargin: m.top * 72,
      bottomMargin: m.bottom * 72,
      leftMargin: m.left * 72,
      rightMargin: m.right * 72,
      headerMargin: m.header * 72,
      footerMargin: m.footer * 72,
      printGridlines: false,
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(p.printArea?.replace(/\$/g, "")).toBe(layout.page.printArea);
    expect(p.printTitleRows?.replace(/\$/g, "")).toBe(layout.page.printTitleRows);
    const h = splitHeader(layout.page.header);
    const f = splitHeader(layout.page.footer);
    expect(p.headers).toEqual({
      leftHeader: h.left,
      centerHeader: h.center,
      rightHeader: h.right,
      leftFooter: f.left,
      centerFooter: f.center,
      rightFooter: f.right,
    });
    expect(p.horizontalPageBreaks.map((r) => r + 1)).toEqual(layout.breaks.filter((r) => r > 1));
    expect(sheet().showGridlines).toBe(false);
  });
});

test("the header says the objective and the pages, the footer the date", () => {
  const h = splitHeader(schedaLayout(codici[0]).page.header);
  expect(h.center).toContain(`Scheda obiettivo ${codici[0]}`);
  // each section after the codes of the body's font
  expect(h.right).toMatch(/^&\d+&"Arial,Regular"Pagina &P di &N$/);
  expect(splitHeader(schedaLayout(codici[0]).page.footer).left).toMatch(
    /^&\d+&"Arial,Regular"Data elaborazione 31\/12\/2021$/,
  );
});
