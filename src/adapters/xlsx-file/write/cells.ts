/**
 * Values written into the user's tables, inside their own sheets: only the cells asked for
 * change (each keeps its look), a table that grows takes its new rows with the formats of the
 * row above, its range, filter, validation and conditional formats follow. Everything else
 * of the sheet stays as it was; the other parts of the package are not touched.
 */
import { columnLetters } from "../../../core/schema/address";
import type { CellValue, RawTable } from "../../../core/schema/raw";
import { REL, readRels, relsPartOf, removeRels, setContentTypes } from "../package/opc";
import {
  NS,
  attr,
  child,
  children,
  escapeXml,
  parseXml,
  root,
  serializeXml,
  type Document,
  type Element,
} from "../package/xml";
import type { SheetEntry, TablePart, XlsxBook } from "../read/book";
import { parseRange } from "../read/range";
import { textVariants } from "./styles";
import { serialForBook } from "../../../core/text/dates";
import type { Texts } from "../../../core/text/lang";

export interface CellWrite {
  /** 0-based body row; rows past the table's end are appended */
  readonly row: number;
  /** 0-based table column */
  readonly column: number;
  readonly value: CellValue;
  /** the value must stay text when edited later (number format "@") */
  readonly asText?: boolean;
  /** a date serial of the 1900 system (moved for a workbook in the 1904 one) */
  readonly date?: boolean;
}

export interface TableWrites {
  /** the table as read (a schema table, or another of ours such as tblVersioni) */
  readonly table: Omit<RawTable, "id">;
  /** the Excel table's name (tblFasi…), to find its range; absent for a plain sheet */
  readonly tableName?: string;
  readonly cells: readonly CellWrite[];
}

/** A write the command must not do: it would damage what the user has. Italian message. */
/** The workbook cannot take the writes unharmed; `texts` says why, in every language. */
export class WriteRefused extends Error {
  constructor(readonly texts: Texts) {
    super(texts.it);
  }
}

export const cellKey = (row: number, col: number): string => `${columnLetters(col)}${row}`;

/** a cell element's row (1-based) and column (0-based), from its reference */
function refOf(el: Element): [number, number] | null {
  const box = parseRange(attr(el, "r") ?? "");
  return box ? [box.top, box.left - 1] : null;
}

/** Rows and cells by position; rows or cells without `r` get it written (same meaning). */
export class SheetGrid {
  readonly rows = new Map<number, Element>();
  private last = 0;
  constructor(
    readonly doc: Document,
    readonly data: Element,
  ) {
    let r = 0;
    for (const row of children(data, "row")) {
      r = attr(row, "r") ? Number(attr(row, "r")) : r + 1;
      row.setAttribute("r", String(r));
      this.rows.set(r, row);
      this.last = Math.max(this.last, r);
      let c = -1;
      for (const cell of children(row, "c")) {
        const ref = refOf(cell);
        c = ref ? ref[1] : c + 1;
        cell.setAttribute("r", cellKey(r, c));
      }
    }
  }

  row(r: number): Element {
    let el = this.rows.get(r);
    if (el) return el;
    el = this.doc.createElementNS(NS.main, "row");
    el.setAttribute("r", String(r));
    // appending below the last row is the common case: no search
    const next =
      r > this.last
        ? undefined
        : [...this.rows.keys()].filter((k) => k > r).sort((a, b) => a - b)[0];
    this.data.insertBefore(el, next === undefined ? null : (this.rows.get(next) ?? null));
    this.rows.set(r, el);
    this.last = Math.max(this.last, r);
    return el;
  }

  find(r: number, c: number): Element | undefined {
    return children(this.rows.get(r) ?? this.data, "c").find((x) => refOf(x)?.[1] === c);
  }

  cell(r: number, c: number): Element {
    const found = this.find(r, c);
    if (found) return found;
    const row = this.row(r);
    row.removeAttribute("spans");
    const el = this.doc.createElementNS(NS.main, "c");
    el.setAttribute("r", cellKey(r, c));
    const next = children(row, "c").find((x) => (refOf(x)?.[1] ?? 0) > c);
    row.insertBefore(el, next ?? null);
    return el;
  }
}

export function hasContent(cell: Element | undefined): boolean {
  return (
    cell !== undefined &&
    (child(cell, "v") !== undefined ||
      child(cell, "is") !== undefined ||
      child(cell, "f") !== undefined)
  );
}

/** Sets a cell's value, keeping its style; returns true when a formula was removed. */
function setValue(doc: Document, cell: Element, value: CellValue, where: string): boolean {
  const f = child(cell, "f");
  if (f && attr(f, "t") === "shared" && attr(f, "ref") !== undefined) {
    throw new WriteRefused({
      it: `la cella ${where} contiene una formula condivisa da altre celle: sostituirla la romperebbe. Trasformare la formula in valori e riprovare.`,
      en: `the cell ${where} holds a formula shared with other cells: replacing it would break it. Turn the formula into values and try again.`,
    });
  }
  for (const c of children(cell)) cell.removeChild(c);
  cell.removeAttribute("t");
  const add = (markup: string): void => {
    const el = parseXml(`<x xmlns="${NS.main}">${markup}</x>`, where).documentElement?.firstChild;
    cell.appendChild(doc.importNode(el as Element, true));
  };
  if (typeof value === "string" && value !== "") {
    cell.setAttribute("t", "inlineStr");
    add(`<is><t xml:space="preserve">${escapeXml(value)}</t></is>`);
  } else if (typeof value === "number" && Number.isFinite(value)) {
    add(`<v>${value}</v>`);
  } else if (typeof value === "boolean") {
    cell.setAttribute("t", "b");
    add(`<v>${value ? 1 : 0}</v>`);
  }
  return f !== undefined;
}

/** "A2:A556 C2:C556" with every range ending on `from` extended to `to` (columns in span). */
export function extendSqref(
  sqref: string,
  from: number,
  to: number,
  left: number,
  right: number,
): string {
  return sqref
    .split(/\s+/)
    .map((piece) => {
      const box = parseRange(piece);
      if (!box || box.bottom !== from || box.left - 1 < left || box.right - 1 > right) return piece;
      return `${cellKey(box.top, box.left - 1)}:${cellKey(to, box.right - 1)}`;
    })
    .join(" ");
}

export interface Growth {
  readonly part: TablePart;
  readonly oldBottom: number;
  readonly newBottom: number;
  readonly left: number;
  readonly right: number;
}

export function growTable(book: XlsxBook, g: Growth): void {
  const doc = parseXml(book.pkg.text(g.part.part) ?? "", g.part.part);
  const t = root(doc);
  const box = parseRange(attr(t, "ref") ?? "");
  if (!box) return;
  const ref = `${cellKey(box.top, box.left - 1)}:${cellKey(g.newBottom, box.right - 1)}`;
  t.setAttribute("ref", ref);
  const filter = child(t, "autoFilter");
  if (filter) filter.setAttribute("ref", ref);
  book.pkg.set(g.part.part, serializeXml(doc));
}

function extendRules(ws: Element, g: Growth): void {
  for (const holder of [child(ws, "dataValidations"), ws]) {
    if (!holder) continue;
    for (const el of [
      ...children(holder, "dataValidation"),
      ...children(holder, "conditionalFormatting"),
    ]) {
      const sq = attr(el, "sqref");
      if (sq) el.setAttribute("sqref", extendSqref(sq, g.oldBottom, g.newBottom, g.left, g.right));
    }
  }
  const dim = child(ws, "dimension");
  const box = dim ? parseRange(attr(dim, "ref") ?? "") : null;
  if (dim && box && box.bottom < g.newBottom)
    dim.setAttribute(
      "ref",
      `${cellKey(box.top, box.left - 1)}:${cellKey(g.newBottom, Math.max(box.right - 1, g.right))}`,
    );
}

/** Excel keeps a chain of the formula cells: one that lost its formula must leave it. */
function dropCalcChain(book: XlsxBook): void {
  const rel = readRels(book.pkg, book.workbookPart).find((r) => r.type === REL.calcChain);
  if (!rel) return;
  book.pkg.delete(rel.target);
  book.pkg.delete(relsPartOf(rel.target));
  removeRels(book.pkg, book.workbookPart, new Set([rel.id]));
  setContentTypes(book.pkg, new Map([[rel.target, null]]));
}

function sheetOf(book: XlsxBook, name: string): SheetEntry {
  const s = book.sheets.find((x) => x.name === name && x.kind === "worksheet" && x.part);
  if (!s) {
    throw new WriteRefused({
      it: `il foglio «${name}» non si trova nel file.`,
      en: `the sheet "${name}" is not in the file.`,
    });
  }
  return s;
}

/**
 * Applies the writes to the book's package (in place). Throws `WriteRefused`, having changed
 * nothing, when a write would overwrite something of the user's (data below a growing table,
 * a shared formula, a totals row).
 */
export function writeTableCells(book: XlsxBook, writes: readonly TableWrites[]): void {
  const parts = new Map<string, { doc: Document; grid: SheetGrid; ws: Element }>();
  const textCells: { part: string; cell: Element; style: number }[] = [];
  const growths: { part: string; g: Growth }[] = [];
  let formulaRemoved = false;
  for (const w of writes) {
    const sheet = sheetOf(book, w.table.sheet);
    const partName = sheet.part as string;
    let entry = parts.get(partName);
    if (!entry) {
      const doc = parseXml(book.pkg.text(partName) ?? "", partName);
      const ws = root(doc);
      const data = child(ws, "sheetData");
      if (!data) {
        throw new WriteRefused({
          it: `il foglio «${sheet.name}» non ha celle leggibili.`,
          en: `the sheet "${sheet.name}" has no readable cells.`,
        });
      }
      entry = { doc, grid: new SheetGrid(doc, data), ws };
      parts.set(partName, entry);
    }
    const { doc, grid } = entry;
    const top = w.table.headerRow + 1;
    const body = w.table.rows.length;
    const tablePart = w.tableName
      ? book
          .tables(sheet)
          .find((t) =>
            [t.name, t.displayName].some((n) => n.toLowerCase() === w.tableName?.toLowerCase()),
          )
      : undefined;
    const box = tablePart ? parseRange(tablePart.ref) : null;
    if (tablePart && tablePart.totalsRowCount > 0 && w.cells.some((c) => c.row >= body))
      throw new WriteRefused({
        it: `la tabella ${tablePart.displayName} ha una riga dei totali: toglierla per aggiungere righe.`,
        en: `the table ${tablePart.displayName} has a totals row: remove it to add rows.`,
      });
    const lastRow = w.cells.reduce((m, c) => Math.max(m, c.row + 1), body);
    const oldBottom = box ? box.bottom : top + body - 1;
    const newBottom = Math.max(oldBottom, top + lastRow - 1);
    const width = w.table.headers.length;
    const left = w.table.firstColumn;
    const writing = new Set(w.cells.map((c) => cellKey(top + c.row, left + c.column)));
    for (let r = oldBottom + 1; r <= newBottom; r++)
      for (let c = left; c < left + width; c++)
        if (!writing.has(cellKey(r, c)) && hasContent(grid.find(r, c)))
          throw new WriteRefused({
            it: `sotto la tabella del foglio «${sheet.name}» c'è già qualcosa (cella ${cellKey(r, c)}): spostarlo per fare posto alle nuove righe.`,
            en: `below the table of the sheet "${sheet.name}" there is already something (cell ${cellKey(r, c)}): move it to make room for the new rows.`,
          });
    // row by row, so a new row takes the formats of the one above it, itself perhaps new
    const ordered = [...w.cells].sort((a, b) => a.row - b.row || a.column - b.column);
    for (const c of ordered) {
      const r = top + c.row;
      const col = left + c.column;
      const existed = grid.find(r, col) !== undefined;
      const cell = grid.cell(r, col);
      if (!existed && r > top) {
        const above = grid.find(r - 1, col);
        const s = above ? attr(above, "s") : undefined;
        if (s) cell.setAttribute("s", s);
      }
      const value =
        c.date && typeof c.value === "number" ? serialForBook(c.value, book.date1904) : c.value;
      formulaRemoved =
        setValue(doc, cell, value, `${sheet.name}!${cellKey(r, col)}`) || formulaRemoved;
      if (c.asText && typeof c.value === "string" && c.value !== "")
        textCells.push({ part: partName, cell, style: Number(attr(cell, "s") ?? 0) });
    }
    if (newBottom > oldBottom) {
      const g = {
        part: tablePart as TablePart,
        oldBottom,
        newBottom,
        left,
        right: left + width - 1,
      };
      growths.push({ part: partName, g });
    }
  }
  // nothing was refused: now change the package
  if (textCells.length > 0) {
    const stylesPart = readRels(book.pkg, book.workbookPart).find(
      (r) => r.type === REL.styles,
    )?.target;
    if (stylesPart) {
      const { xml, variant } = textVariants(
        book.pkg.text(stylesPart),
        new Set(textCells.map((t) => t.style)),
      );
      if (xml !== null) book.pkg.set(stylesPart, xml);
      for (const t of textCells) t.cell.setAttribute("s", String(variant.get(t.style) ?? t.style));
    }
  }
  for (const { part, g } of growths) {
    if (g.part) growTable(book, g);
    extendRules(parts.get(part)!.ws, g);
  }
  for (const [part, { doc }] of parts) book.pkg.set(part, serializeXml(doc));
  if (formulaRemoved) dropCalcChain(book);
}
