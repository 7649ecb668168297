/**
 * A scheda layout as a worksheet part: values (text as inline strings, so the workbook's
 * shared strings are never rewritten), the style of every cell of a merged area, sizes,
 * internal links, print setup, header/footer and manual breaks, in the schema's element order.
 */
import { columnLetters } from "../../../core/schema/address";
import type { LayoutCell, SchedaLayout } from "../../../core/layout/types";
import { NS, escapeXml } from "../package/xml";
import { styleKey, type StyleUse } from "./styles";

const A4 = 9;

const ref = (row: number, col: number): string => `${columnLetters(col - 1)}${row}`;

/** What a layout cell needs as a format: its style and, for text kept as text, "@". */
export function cellUse(layout: SchedaLayout, c: LayoutCell): { key: string; use: StyleUse } {
  const style = layout.styles[c.style];
  if (!style) throw new Error(`Stile sconosciuto nella scheda ${layout.sheetName}: ${c.style}`);
  const numberFormat = c.forceText ? "@" : c.numberFormat;
  return { key: styleKey(c.style, numberFormat), use: { style, numberFormat } };
}

/** Every style use of a layout, by key. */
export function layoutUses(layout: SchedaLayout, into: Map<string, StyleUse>): void {
  for (const c of layout.cells) {
    const { key, use } = cellUse(layout, c);
    if (!into.has(key)) into.set(key, use);
  }
}

function valueXml(c: LayoutCell): string {
  if (c.value === null) return "";
  if (typeof c.value === "number") return `<v>${c.value}</v>`;
  return `<is><t xml:space="preserve">${escapeXml(c.value)}</t></is>`;
}

/**
 * `drawingId`: the sheet's relationship to its drawing part (charts), when it has one;
 * `tableIds`: its relationships to its table parts.
 */
export function sheetXml(
  layout: SchedaLayout,
  styleIndex: ReadonlyMap<string, number>,
  drawingId: string | null = null,
  tableIds: readonly string[] = [],
): string {
  // cell -> [style index, value markup]; merged areas take their first cell's style everywhere
  const grid = new Map<number, Map<number, string>>();
  const put = (row: number, col: number, xml: string): void => {
    let line = grid.get(row);
    if (!line) grid.set(row, (line = new Map()));
    line.set(col, xml);
  };
  const styleOf = new Map<string, number>();
  for (const c of layout.cells) {
    const s = styleIndex.get(cellUse(layout, c).key) ?? 0;
    styleOf.set(ref(c.row, c.col), s);
    const type = typeof c.value === "string" ? ' t="inlineStr"' : "";
    put(c.row, c.col, `<c r="${ref(c.row, c.col)}" s="${s}"${type}>${valueXml(c)}</c>`);
  }
  for (const m of layout.merges) {
    const s = styleOf.get(ref(m.top, m.left)) ?? 0;
    for (let r = m.top; r <= m.bottom; r++)
      for (let col = m.left; col <= m.right; col++)
        if (!grid.get(r)?.has(col)) put(r, col, `<c r="${ref(r, col)}" s="${s}"/>`);
  }

  const p = layout.page;
  const width = layout.columns.length;
  const height = Math.max(layout.rows.length, ...grid.keys(), 1);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">`,
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${ref(height, Math.max(width, 1))}"/>`,
    `<sheetViews><sheetView ${p.gridlines ? "" : 'showGridLines="0" '}workbookViewId="0"/></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  ];
  if (width > 0) {
    out.push("<cols>");
    layout.columns.forEach((c, i) =>
      out.push(`<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`),
    );
    out.push("</cols>");
  }
  out.push("<sheetData>");
  for (let r = 1; r <= height; r++) {
    const line = grid.get(r);
    const ht = layout.rows[r - 1]?.height;
    if (!line && ht === undefined) continue;
    const size = ht === undefined ? "" : ` ht="${ht}" customHeight="1"`;
    const cells = line ? [...line.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]) : [];
    out.push(`<row r="${r}"${size}>${cells.join("")}</row>`);
  }
  out.push("</sheetData>");
  if (layout.merges.length > 0) {
    out.push(`<mergeCells count="${layout.merges.length}">`);
    for (const m of layout.merges)
      out.push(`<mergeCell ref="${ref(m.top, m.left)}:${ref(m.bottom, m.right)}"/>`);
    out.push("</mergeCells>");
  }
  const links = layout.cells.filter((c) => c.link && c.value !== null);
  if (links.length > 0) {
    out.push("<hyperlinks>");
    for (const c of links)
      out.push(
        `<hyperlink ref="${ref(c.row, c.col)}" location="${escapeXml(c.link ?? "")}" tooltip="Apri la scheda" display="${escapeXml(String(c.value))}"/>`,
      );
    out.push("</hyperlinks>");
  }
  const m = p.margins;
  out.push(
    p.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : "",
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    `<pageSetup paperSize="${A4}" orientation="${p.orientation}" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/>`,
    `<headerFooter><oddHeader>${escapeXml(p.header)}</oddHeader><oddFooter>${escapeXml(p.footer)}</oddFooter></headerFooter>`,
  );
  // a break "before row r" is stored as a break after row r − 1
  const breaks = layout.breaks.filter((r) => r > 1);
  if (breaks.length > 0) {
    out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`);
    for (const r of breaks) out.push(`<brk id="${r - 1}" max="16383" man="1"/>`);
    out.push("</rowBreaks>");
  }
  // <drawing> follows the breaks in the worksheet's element order (ECMA-376 §18.3.1.99)
  if (drawingId !== null) out.push(`<drawing r:id="${drawingId}"/>`);
  // <tableParts> comes after <drawing> (§18.3.1.99)
  if (tableIds.length > 0)
    out.push(
      `<tableParts count="${tableIds.length}">`,
      ...tableIds.map((id) => `<tablePart r:id="${id}"/>`),
      "</tableParts>",
    );
  out.push("</worksheet>");
  return out.join("");
}
