/**
 * Columns added at the right end of a table (ListObject) of the user's own workbook: the table
 * part's columns, range and filter, the header cells (with the look of the table's last
 * header) and, on every body row, an empty cell with the look of the row's last cell in the
 * column's number format, so a value written there later shows as the column says. Only the
 * sheet, the table part and the styles change.
 */
import { REL, readRels } from "../package/opc";
import * as dom from "../package/xml";
import type { XlsxBook } from "../read/book";
import { parseRange } from "../read/range";
import { SheetGrid, WriteRefused, cellKey, hasContent } from "./cells";
import { formatVariants } from "./styles";
import type { Texts } from "../../../core/text/lang";

export interface NewColumn {
  readonly header: string;
  /** Excel number format code of the column's cells */
  readonly numberFormat?: string;
  /** width in characters */
  readonly width?: number;
}

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Cell formats `s` made to show `code`, each taken from its own; the styles part rewritten. */
function variantsOf(book: XlsxBook, formats: ReadonlySet<number>, code: string) {
  const part = readRels(book.pkg, book.workbookPart).find((r) => r.type === REL.styles)?.target;
  if (part === undefined) return new Map<number, number>();
  const { xml, variant } = formatVariants(book.pkg.text(part), formats, code);
  if (xml !== null) book.pkg.set(part, xml);
  return variant;
}

/**
 * Adds `columns` after the last column of table `tableName` on sheet `sheetName` (in place).
 * Throws `WriteRefused`, having changed nothing, when the cells they need hold anything or
 * belong to another table or to merged cells.
 */
export function addTableColumns(
  book: XlsxBook,
  sheetName: string,
  tableName: string,
  columns: readonly NewColumn[],
): void {
  const sheet = book.sheets.find((x) => x.name === sheetName && x.kind === "worksheet");
  const tables = sheet ? book.tables(sheet) : [];
  const name = tableName.toLowerCase();
  const table = tables.find((t) => [t.name, t.displayName].some((n) => n.toLowerCase() === name));
  const box = table ? parseRange(table.ref) : null;
  if (!sheet?.part || !table || !box || table.headerRowCount !== 1)
    throw new WriteRefused({
      it: `la tabella ${tableName} non si trova nel foglio «${sheetName}».`,
      en: `the table ${tableName} is not on the sheet "${sheetName}".`,
    });
  const added: Box = {
    top: box.top,
    bottom: box.bottom,
    left: box.right + 1,
    right: box.right + columns.length,
  };
  const where = `${cellKey(added.top, added.left - 1)}:${cellKey(added.bottom, added.right - 1)}`;
  const headers = columns.map((c) => c.header);
  const refuse = (what: Texts): never => {
    throw new WriteRefused({
      it: `a destra della tabella ${tableName} (celle ${where}) ${what.it}: spostarlo per fare posto alle colonne «${headers.join("», «")}».`,
      en: `to the right of the table ${tableName} (cells ${where}) ${what.en}: move it to make room for the columns "${headers.join('", "')}".`,
    });
  };
  for (const t of tables) {
    const other = parseRange(t.ref);
    if (t !== table && other && overlaps(other, added))
      refuse({ it: `c'è la tabella ${t.displayName}`, en: `there is the table ${t.displayName}` });
  }
  const doc = dom.parseXml(book.pkg.text(sheet.part) ?? "", sheet.part);
  const ws = dom.root(doc);
  const data = dom.child(ws, "sheetData");
  if (!data)
    throw new WriteRefused({
      it: `il foglio «${sheetName}» non ha celle leggibili.`,
      en: `the sheet "${sheetName}" has no readable cells.`,
    });
  for (const m of dom.children(dom.child(ws, "mergeCells") ?? ws, "mergeCell")) {
    const merged = parseRange(dom.attr(m, "ref") ?? "");
    if (merged && overlaps(merged, added))
      refuse({
        it: `ci sono celle unite (${dom.attr(m, "ref")})`,
        en: `there are merged cells (${dom.attr(m, "ref")})`,
      });
  }
  const grid = new SheetGrid(doc, data);
  for (let r = added.top; r <= added.bottom; r++)
    for (let c = added.left - 1; c < added.right; c++)
      if (hasContent(grid.find(r, c)))
        refuse({
          it: `c'è già qualcosa (cella ${cellKey(r, c)})`,
          en: `there is already something (cell ${cellKey(r, c)})`,
        });

  // nothing is in the way: now change the package
  // the look of a row's last cell in the table
  const styleAt = (r: number): number => {
    const last = grid.find(r, box.right - 1);
    return Number((last && dom.attr(last, "s")) ?? 0);
  };
  const rowStyles = new Set<number>();
  for (let r = added.top + 1; r <= added.bottom; r++) rowStyles.add(styleAt(r));
  columns.forEach((col, i) => {
    const c = box.right + i;
    const header = grid.cell(added.top, c);
    header.setAttribute("s", String(styleAt(added.top)));
    header.setAttribute("t", "inlineStr");
    const is = doc.createElementNS(header.namespaceURI, "is");
    const text = doc.createElementNS(header.namespaceURI, "t");
    text.appendChild(doc.createTextNode(col.header));
    is.appendChild(text);
    header.appendChild(is);
    const variant =
      col.numberFormat === undefined ? null : variantsOf(book, rowStyles, col.numberFormat);
    for (let r = added.top + 1; r <= added.bottom; r++) {
      const s = styleAt(r);
      grid.cell(r, c).setAttribute("s", String(variant?.get(s) ?? s));
    }
  });
  setWidths(doc, ws, data, added, columns);
  const dim = dom.child(ws, "dimension");
  const used = dim ? parseRange(dom.attr(dim, "ref") ?? "") : null;
  if (dim && used && used.right < added.right)
    dim.setAttribute(
      "ref",
      `${cellKey(used.top, used.left - 1)}:${cellKey(Math.max(used.bottom, added.bottom), added.right - 1)}`,
    );
  book.pkg.set(sheet.part, dom.serializeXml(doc));
  book.pkg.set(
    table.part,
    tableWithColumns(book.pkg.text(table.part) ?? "", table.part, columns, added),
  );
}

/**
 * The new columns' widths, when no width is set for them yet (`cols` is kept in column order,
 * so only after the last column with one).
 */
function setWidths(
  doc: dom.Document,
  ws: dom.Element,
  data: dom.Element,
  added: Box,
  columns: readonly NewColumn[],
): void {
  let cols = dom.child(ws, "cols");
  const last = Math.max(
    0,
    ...dom.children(cols ?? ws, "col").map((c) => Number(dom.attr(c, "max") ?? 0)),
  );
  if (last >= added.left) return;
  if (!cols) {
    cols = doc.createElementNS(ws.namespaceURI, "cols");
    ws.insertBefore(cols, data);
  }
  columns.forEach((c, i) => {
    if (c.width === undefined) return;
    const col = doc.createElementNS(ws.namespaceURI, "col");
    const n = String(added.left + i);
    for (const [k, v] of [
      ["min", n],
      ["max", n],
      ["width", String(c.width)],
      ["customWidth", "1"],
    ])
      col.setAttribute(k, v);
    cols.appendChild(col);
  });
  if (dom.children(cols, "col").length === 0) ws.removeChild(cols);
}

/** The table part with `columns` after its last one and its range and filter widened. */
function tableWithColumns(
  xml: string,
  part: string,
  columns: readonly NewColumn[],
  added: Box,
): string {
  const doc = dom.parseXml(xml, part);
  const t = dom.root(doc);
  const old = parseRange(dom.attr(t, "ref") ?? "") as Box;
  const ref = `${cellKey(old.top, old.left - 1)}:${cellKey(old.bottom, added.right - 1)}`;
  t.setAttribute("ref", ref);
  const filter = dom.child(t, "autoFilter");
  if (filter) filter.setAttribute("ref", ref);
  const list = dom.child(t, "tableColumns");
  if (!list)
    throw new WriteRefused({
      it: `la tabella della parte ${part} non ha l'elenco delle colonne.`,
      en: `the table of the part ${part} has no list of columns.`,
    });
  let id = Math.max(
    0,
    ...dom.children(list, "tableColumn").map((c) => Number(dom.attr(c, "id") ?? 0)),
  );
  for (const col of columns) {
    // the same prefix as the list's own elements
    const el = doc.createElementNS(
      list.namespaceURI,
      list.prefix ? `${list.prefix}:tableColumn` : "tableColumn",
    );
    el.setAttribute("id", String(++id));
    el.setAttribute("name", col.header);
    list.appendChild(el);
  }
  list.setAttribute("count", String(dom.children(list, "tableColumn").length));
  return dom.serializeXml(doc);
}
