/**
 * Renders a SchedaLayout (pure data from src/core/layout) into an ExcelJS worksheet: values,
 * styles, merges, sizes, page setup, header/footer and manual page breaks. The data sheets
 * of the workbook are never touched; a sheet with the layout's name is replaced.
 */
import ExcelJS from "exceljs";
import type { Alignment, Border, Borders, Cell, Fill, Font, Workbook, Worksheet } from "exceljs";
import type { BorderSide, CellStyle, LayoutCell, SchedaLayout } from "../../core/layout/types";

const A4 = 9;

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

function border(side: BorderSide | undefined): Partial<Border> | undefined {
  return side ? { style: side.weight, color: { argb: argb(side.color) } } : undefined;
}

function applyStyle(target: Cell, s: CellStyle): void {
  const font: Partial<Font> = { name: s.font.name, size: s.font.size };
  if (s.font.bold) font.bold = true;
  if (s.font.italic) font.italic = true;
  if (s.font.underline) font.underline = true;
  if (s.font.color) font.color = { argb: argb(s.font.color) };
  target.font = font;
  const alignment: Partial<Alignment> = {
    horizontal: s.horizontal,
    vertical: s.vertical,
    wrapText: s.wrap,
  };
  if (s.shrink) alignment.shrinkToFit = true;
  target.alignment = alignment;
  if (s.fill) {
    const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    target.fill = fill;
  }
  if (s.border) {
    const b: Partial<Borders> = {};
    const top = border(s.border.top);
    const left = border(s.border.left);
    const bottom = border(s.border.bottom);
    const right = border(s.border.right);
    if (top) b.top = top;
    if (left) b.left = left;
    if (bottom) b.bottom = bottom;
    if (right) b.right = right;
    target.border = b;
  }
}

function writeCell(ws: Worksheet, c: LayoutCell, style: CellStyle): void {
  const target = ws.getCell(c.row, c.col);
  applyStyle(target, style);
  if (c.forceText) {
    // text format first, so the value can never be read back as a formula
    target.numFmt = "@";
  } else if (c.numberFormat) {
    target.numFmt = c.numberFormat;
  }
  if (c.link && c.value !== null) {
    target.value = { text: String(c.value), hyperlink: `#${c.link}`, tooltip: "Apri la scheda" };
  } else {
    target.value = c.value;
  }
}

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((w) => w.name.toLowerCase() === lower);
}

/**
 * Adds the layout as a worksheet (replacing an earlier scheda with the same name) and returns
 * it. A sheet holding a table is the user's data: it is never replaced.
 */
export function renderScheda(workbook: Workbook, layout: SchedaLayout): Worksheet {
  const old = findSheet(workbook, layout.sheetName);
  if (old && old.getTables().length > 0) {
    throw new Error(`Il foglio «${old.name}» contiene dati: la scheda non può sostituirlo.`);
  }
  if (old) workbook.removeWorksheet(old.id);

  const p = layout.page;
  const ws = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: "normal", showGridLines: p.gridlines }],
    pageSetup: {
      paperSize: A4,
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      margins: { ...p.margins },
      horizontalCentered: p.centerHorizontally,
      showGridLines: p.gridlines,
      printArea: p.printArea,
      ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows } : {}),
    },
    headerFooter: { oddHeader: p.header, oddFooter: p.footer },
  });

  layout.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  layout.rows.forEach((r, i) => {
    ws.getRow(i + 1).height = r.height;
  });
  for (const c of layout.cells) {
    const style = layout.styles[c.style];
    if (!style) throw new Error(`Stile sconosciuto nella scheda ${layout.sheetName}: ${c.style}`);
    writeCell(ws, c, style);
  }
  // merging after styling: ExcelJS copies the first cell's style to the whole area
  for (const m of layout.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  // a break "before row r" is stored on row r − 1 (the break goes below it)
  for (const r of layout.breaks) if (r > 1) ws.getRow(r - 1).addPageBreak();
  return ws;
}

/** Writes the layouts, in order, to a new .xlsx file. */
export async function renderToFile(layouts: readonly SchedaLayout[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const layout of layouts) renderScheda(workbook, layout);
  await workbook.xlsx.writeFile(path);
}
