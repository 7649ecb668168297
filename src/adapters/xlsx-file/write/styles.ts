/**
 * The schede's cell styles added to a workbook's styles.xml: new fonts, fills, borders,
 * number formats and cell formats are appended, nothing of the workbook's own is changed or
 * renumbered (its cells keep pointing at the same formats).
 */
import type { BorderSide, CellStyle } from "../../../core/layout/types";
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

/** A cell's look in a scheda: its layout style, plus a number format when it has one. */
export interface StyleUse {
  readonly style: CellStyle;
  /** Excel number format code; "@" for text that must stay text */
  readonly numberFormat?: string;
}

/** Custom number formats start at 164 (lower ids are built in). */
const FIRST_CUSTOM_FORMAT = 164;

/** A styles part with nothing in it but what Excel needs to open the workbook. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** styleSheet's children in schema order (ECMA-376 part 1, §18.8.39) */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

function section(doc: Document, sheet: Element, name: string): Element {
  const found = child(sheet, name);
  if (found) return found;
  const el = doc.createElementNS(NS.main, name);
  const after = ORDER.slice(ORDER.indexOf(name) + 1);
  const next = children(sheet).find((c) => after.includes(c.localName ?? ""));
  sheet.insertBefore(el, next ?? null);
  return el;
}

/** Appends an element built from markup to a section; returns its index there. */
function append(doc: Document, parent: Element, markup: string): number {
  const el = parseXml(`<x xmlns="${NS.main}">${markup}</x>`, "styles").documentElement?.firstChild;
  parent.appendChild(doc.importNode(el as Element, true));
  const count = children(parent).length;
  parent.setAttribute("count", String(count));
  return count - 1;
}

const rgb = (hex: string): string => `FF${hex.toUpperCase()}`;

function fontXml(s: CellStyle): string {
  const f = s.font;
  return (
    "<font>" +
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    (f.underline ? '<u val="single"/>' : "") +
    `<sz val="${f.size}"/>` +
    (f.color ? `<color rgb="${rgb(f.color)}"/>` : "") +
    `<name val="${escapeXml(f.name)}"/>` +
    "</font>"
  );
}

function fillXml(hex: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(hex)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function sideXml(name: string, side: BorderSide | undefined): string {
  return side
    ? `<${name} style="${side.weight}"><color rgb="${rgb(side.color)}"/></${name}>`
    : `<${name}/>`;
}

function borderXml(s: CellStyle): string {
  const b = s.border ?? {};
  return `<border>${sideXml("left", b.left)}${sideXml("right", b.right)}${sideXml("top", b.top)}${sideXml("bottom", b.bottom)}<diagonal/></border>`;
}

const HORIZONTAL = { left: "left", center: "center", right: "right" } as const;
const VERTICAL = { top: "top", middle: "center", bottom: "bottom" } as const;

/** The id of a number format code, added to `numFmts` the first time it is asked for. */
function formatIds(doc: Document, numFmts: Element): (code: string | undefined) => number {
  const ids = new Map<string, number>();
  for (const f of children(numFmts, "numFmt"))
    ids.set(attr(f, "formatCode") ?? "", Number(attr(f, "numFmtId")));
  let next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids.values()) + 1;
  return (code) => {
    if (code === undefined || code === "General") return 0;
    if (code === "@") return 49;
    let id = ids.get(code);
    if (id === undefined) {
      id = next++;
      ids.set(code, id);
      append(doc, numFmts, `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  };
}

/**
 * Adds one cell format per distinct use; returns the styles part's new text and, per use key
 * (`styleKey`), the index of its cell format (a cell's `s`).
 */
export function mergeStyles(
  stylesXml: string | undefined,
  uses: ReadonlyMap<string, StyleUse>,
): { xml: string; index: Map<string, number> } {
  const doc = parseXml(stylesXml ?? EMPTY_STYLES, "styles.xml");
  const sheet = root(doc);
  const numFmts = section(doc, sheet, "numFmts");
  const fonts = section(doc, sheet, "fonts");
  const fills = section(doc, sheet, "fills");
  const borders = section(doc, sheet, "borders");
  const cellXfs = section(doc, sheet, "cellXfs");
  if (children(fills).length < 2) {
    // the first two fills are reserved (none, gray125): ours must never take their places
    while (children(fills).length < 2)
      append(
        doc,
        fills,
        `<fill><patternFill patternType="${children(fills).length === 0 ? "none" : "gray125"}"/></fill>`,
      );
  }
  const formatId = formatIds(doc, numFmts);
  const memo = new Map<string, number>();
  const once = (parent: Element, markup: string): number => {
    const k = `${parent.localName}|${markup}`;
    let i = memo.get(k);
    if (i === undefined) memo.set(k, (i = append(doc, parent, markup)));
    return i;
  };
  const hasStyleXfs = child(sheet, "cellStyleXfs") !== undefined;
  const index = new Map<string, number>();
  for (const [k, use] of uses) {
    const s = use.style;
    const font = once(fonts, fontXml(s));
    const fill = s.fill ? once(fills, fillXml(s.fill)) : 0;
    const border = s.border ? once(borders, borderXml(s)) : 0;
    const numFmt = formatId(use.numberFormat);
    const align =
      `<alignment horizontal="${HORIZONTAL[s.horizontal]}" vertical="${VERTICAL[s.vertical]}"` +
      (s.indent ? ` indent="${s.indent}"` : "") +
      (s.wrap ? ' wrapText="1"' : "") +
      (s.shrink ? ' shrinkToFit="1"' : "") +
      "/>";
    const xf =
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}"` +
      (hasStyleXfs ? ' xfId="0"' : "") +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${align}</xf>`;
    index.set(k, append(doc, cellXfs, xf));
  }
  if (children(numFmts).length === 0) numFmts.parentNode?.removeChild(numFmts);
  return { xml: serializeXml(doc), index };
}

/** The key of a style use: its layout style id and its number format. */
export function styleKey(styleId: string, numberFormat: string | undefined): string {
  return numberFormat === undefined ? styleId : `${styleId}\u0000${numberFormat}`;
}

/**
 * For each given cell format, one that differs only by the number format `code`; formats
 * that have it already are their own. `xml` is null when nothing had to be added.
 */
export function formatVariants(
  stylesXml: string | undefined,
  formats: ReadonlySet<number>,
  code: string,
): { xml: string | null; variant: Map<number, number> } {
  const doc = parseXml(stylesXml ?? EMPTY_STYLES, "styles.xml");
  const sheet = root(doc);
  const cellXfs = section(doc, sheet, "cellXfs");
  if (children(cellXfs).length === 0)
    append(doc, cellXfs, '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
  const hadFormats = child(sheet, "numFmts") !== undefined;
  const numFmts = section(doc, sheet, "numFmts");
  const id = String(formatIds(doc, numFmts)(code));
  if (!hadFormats && children(numFmts).length === 0) sheet.removeChild(numFmts);
  const variant = new Map<number, number>();
  for (const s of formats) {
    const xf = children(cellXfs)[s] ?? children(cellXfs)[0];
    if (attr(xf, "numFmtId") === id) {
      variant.set(s, s);
      continue;
    }
    const copy = xf.cloneNode(true) as Element;
    copy.setAttribute("numFmtId", id);
    copy.setAttribute("applyNumberFormat", "1");
    cellXfs.appendChild(copy);
    const count = children(cellXfs).length;
    cellXfs.setAttribute("count", String(count));
    variant.set(s, count - 1);
  }
  const changed = [...variant].some(([from, to]) => from !== to);
  return { xml: changed ? serializeXml(doc) : null, variant };
}

/**
 * For each given cell format, one that differs only by the text number format ("@"), so a
 * text written there stays text when someone edits it; formats already "@" are their own.
 * `xml` is null when nothing had to be added.
 */
export function textVariants(
  stylesXml: string | undefined,
  formats: ReadonlySet<number>,
): { xml: string | null; variant: Map<number, number> } {
  return formatVariants(stylesXml, formats, "@");
}
