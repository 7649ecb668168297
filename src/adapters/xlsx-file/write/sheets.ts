/**
 * Adds and removes generated sheets in a workbook package, touching only what that takes:
 * workbook.xml (sheet list, defined names, active tab), its relationships, the content types
 * and styles.xml. Every other part (the user's sheets, charts, drawings, pivot caches,
 * comments, custom XML, macros) is left byte for byte as it was.
 */
import { markerComment, nextMarkerName, type Marker } from "../../../core/layout/markers";
import type { ChartSpec } from "../../../core/layout/chart";
import type { SchedaLayout, SheetTable } from "../../../core/layout/types";
import { quoteSheetName } from "../../../core/schema/address";
import type { XlsxBook } from "../read/book";
import {
  CONTENT_TYPE,
  REL,
  addRels,
  freeParts,
  readRels,
  relsPartOf,
  removeRels,
  setContentTypes,
} from "../package/opc";
import {
  NS,
  attr,
  child,
  children,
  parseXml,
  root,
  serializeXml,
  type Document,
  type Element,
} from "../package/xml";
import { addCharts } from "./charts";
import { layoutUses, sheetXml } from "./sheet";
import { mergeStyles, type StyleUse } from "./styles";
import { addTables, takenTableNames } from "./tables";

export interface NewSheet {
  readonly layout: SchedaLayout;
  /** absent for a sheet that is the user's from then on (the list of versions) */
  readonly marker?: Marker;
  /** native charts over the sheet's cells */
  readonly charts?: readonly ChartSpec[];
  /** Excel tables over the sheet's cells */
  readonly tables?: readonly SheetTable[];
  /** hidden from the tabs (a version's frozen copy) */
  readonly hidden?: boolean;
}

export interface SheetChanges {
  /** names of our earlier sheets to delete */
  readonly remove: readonly string[];
  /** our marker names to delete (their sheet is gone) */
  readonly staleMarkers: readonly string[];
  readonly add: readonly NewSheet[];
}

/** workbook's children that come after definedNames (ECMA-376 part 1, §18.2.27) */
const AFTER_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const lower = (s: string): string => s.toLowerCase();

function definedNames(doc: Document, wb: Element): Element {
  const found = child(wb, "definedNames");
  if (found) return found;
  const el = doc.createElementNS(NS.main, "definedNames");
  const next = children(wb).find((c) => AFTER_NAMES.includes(c.localName ?? ""));
  wb.insertBefore(el, next ?? null);
  return el;
}

function addName(
  doc: Document,
  names: Element,
  name: string,
  formula: string,
  extra: Record<string, string>,
): void {
  const el = doc.createElementNS(NS.main, "definedName");
  el.setAttribute("name", name);
  for (const [k, v] of Object.entries(extra)) el.setAttribute(k, v);
  el.appendChild(doc.createTextNode(formula));
  names.appendChild(el);
}

/** "1:4" -> "$1:$4"; "A1:J84" -> "$A$1:$J$84" */
function absolute(range: string): string {
  return range.replace(/([A-Z]+)?(\d+)/g, (_m, col: string | undefined, row: string) =>
    col ? `$${col}$${row}` : `$${row}`,
  );
}

function removeSheets(book: XlsxBook, doc: Document, wb: Element, changes: SheetChanges): void {
  const pkg = book.pkg;
  const sheetsEl = child(wb, "sheets");
  if (!sheetsEl) return;
  const gone = new Set(changes.remove.map(lower));
  const staleNames = new Set(changes.staleMarkers.map(lower));
  const rels = readRels(pkg, book.workbookPart);
  const removedPositions: number[] = [];
  const removedRels = new Set<string>();
  const types = new Map<string, string | null>();
  children(sheetsEl, "sheet").forEach((el, position) => {
    if (!gone.has(lower(attr(el, "name") ?? ""))) return;
    const rid = attr(el, "id") ?? "";
    const rel = rels.find((r) => r.id === rid);
    if (rel && !rel.external) {
      pkg.delete(rel.target);
      pkg.delete(relsPartOf(rel.target));
      types.set(rel.target, null);
    }
    removedRels.add(rid);
    removedPositions.push(position);
    sheetsEl.removeChild(el);
  });
  removeRels(pkg, book.workbookPart, removedRels);
  setContentTypes(pkg, types);
  const namesEl = child(wb, "definedNames");
  for (const n of namesEl ? children(namesEl, "definedName") : []) {
    const local = attr(n, "localSheetId");
    const formulaSheet = /^'?(.*?)'?!/.exec(n.textContent ?? "")?.[1]?.replace(/''/g, "'");
    const ours =
      staleNames.has(lower(attr(n, "name") ?? "")) ||
      (attr(n, "comment")?.startsWith("Schede PEG: ") &&
        formulaSheet !== undefined &&
        gone.has(lower(formulaSheet)));
    if (local === undefined) {
      if (ours) namesEl?.removeChild(n);
      continue;
    }
    const id = Number(local);
    if (removedPositions.includes(id)) namesEl?.removeChild(n);
    else n.setAttribute("localSheetId", String(id - removedPositions.filter((p) => p < id).length));
  }
  for (const view of children(child(wb, "bookViews") ?? doc, "workbookView")) {
    for (const key of ["activeTab", "firstSheet"]) {
      const v = attr(view, key);
      if (v === undefined) continue;
      const n = Number(v);
      const shifted = removedPositions.includes(n)
        ? 0
        : n - removedPositions.filter((p) => p < n).length;
      view.setAttribute(key, String(Math.max(0, shifted)));
    }
  }
}

function addSheets(book: XlsxBook, doc: Document, wb: Element, add: readonly NewSheet[]): void {
  if (add.length === 0) return;
  const pkg = book.pkg;
  const rels = readRels(pkg, book.workbookPart);
  const stylesPart =
    rels.find((r) => r.type === REL.styles)?.target ??
    `${book.workbookPart.replace(/[^/]*$/, "")}styles.xml`;
  const uses = new Map<string, StyleUse>();
  for (const s of add) layoutUses(s.layout, uses);
  const styles = mergeStyles(pkg.text(stylesPart), uses);
  pkg.set(stylesPart, styles.xml);
  if (!rels.some((r) => r.type === REL.styles)) {
    addRels(pkg, book.workbookPart, [{ type: REL.styles, target: stylesPart }]);
    setContentTypes(
      pkg,
      new Map([
        [stylesPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"],
      ]),
    );
  }

  const folder = `${book.workbookPart.replace(/[^/]*$/, "")}worksheets/`;
  const parts = freeParts(pkg, folder, "sheet", add.length);
  const tableNames = takenTableNames(book);
  add.forEach((s, i) => {
    const drawing = addCharts(pkg, parts[i], s.layout, s.charts ?? []);
    const tables = addTables(book, tableNames, parts[i], s.tables ?? []);
    pkg.set(parts[i], sheetXml(s.layout, styles.index, drawing, tables));
  });
  const ids = addRels(
    pkg,
    book.workbookPart,
    parts.map((target) => ({ type: REL.worksheet, target })),
  );
  setContentTypes(pkg, new Map(parts.map((p) => [p, CONTENT_TYPE.worksheet])));

  let sheetsEl = child(wb, "sheets");
  if (!sheetsEl) {
    sheetsEl = doc.createElementNS(NS.main, "sheets");
    wb.appendChild(sheetsEl);
  }
  const existing = children(sheetsEl, "sheet");
  let sheetId = Math.max(0, ...existing.map((el) => Number(attr(el, "sheetId") ?? 0)));
  let position = existing.length;
  const prefix = wb.lookupPrefix(NS.rel) ?? "r";
  if (wb.lookupPrefix(NS.rel) === null) wb.setAttribute(`xmlns:${prefix}`, NS.rel);
  const names = definedNames(doc, wb);
  const takenNames = new Set(
    children(names, "definedName").map((n) => lower(attr(n, "name") ?? "")),
  );
  add.forEach((s, i) => {
    const el = doc.createElementNS(NS.main, "sheet");
    el.setAttribute("name", s.layout.sheetName);
    el.setAttribute("sheetId", String(++sheetId));
    if (s.hidden) el.setAttribute("state", "hidden");
    el.setAttributeNS(NS.rel, `${prefix}:id`, ids[i]);
    sheetsEl.appendChild(el);
    const quoted = quoteSheetName(s.layout.sheetName);
    const local = { localSheetId: String(position) };
    addName(
      doc,
      names,
      "_xlnm.Print_Area",
      `${quoted}!${absolute(s.layout.page.printArea)}`,
      local,
    );
    if (s.layout.page.printTitleRows)
      addName(
        doc,
        names,
        "_xlnm.Print_Titles",
        `${quoted}!${absolute(s.layout.page.printTitleRows)}`,
        local,
      );
    if (s.marker)
      addName(doc, names, nextMarkerName(takenNames), `${quoted}!$A$1`, {
        hidden: "1",
        comment: markerComment(s.marker),
      });
    position++;
  });
  if (children(names).length === 0) names.parentNode?.removeChild(names);
}

/** Applies the changes to the book's package (in place) and returns it. */
export function applySheetChanges(book: XlsxBook, changes: SheetChanges): XlsxBook["pkg"] {
  const doc = parseXml(book.pkg.text(book.workbookPart) ?? "", book.workbookPart);
  const wb = root(doc);
  removeSheets(book, doc, wb, changes);
  addSheets(book, doc, wb, changes.add);
  book.pkg.set(book.workbookPart, serializeXml(doc));
  return book.pkg;
}
