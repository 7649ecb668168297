/**
 * The package's map: relationships (which part points at which, with relative or absolute
 * targets, as different producers write them) and content types.
 */
import type { PackageParts } from "./zip";
import { NS, attr, children, parseXml, root, serializeXml } from "./xml";

export const REL = {
  officeDocument:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  chartsheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet",
  sharedStrings:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
} as const;

/** Free part names `<folder><base>N.xml`, N counting up (linear for thousands of parts). */
export function freeParts(
  pkg: PackageParts,
  folder: string,
  base: string,
  count: number,
): string[] {
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) {
    const name = `${folder}${base}${n}.xml`;
    if (!pkg.has(name)) out.push(name);
  }
  return out;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** the target part's name (no leading slash), or the URL of an external target */
  readonly target: string;
  readonly external: boolean;
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" (the package) -> "_rels/.rels" */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A relationship target as a part name: absolute ("/xl/tables/table1.xml", as openpyxl writes)
 * from the package root, relative ("../tables/table1.xml") from the source part's folder.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0]);
  const base = decoded.startsWith("/")
    ? []
    : sourcePart
        .split("/")
        .slice(0, -1)
        .filter((s) => s !== "");
  for (const seg of decoded.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function readRels(pkg: PackageParts, sourcePart: string): Relationship[] {
  const relsPart = relsPartOf(sourcePart);
  const text = pkg.text(relsPart);
  if (text === undefined) return [];
  return children(root(parseXml(text, relsPart)), "Relationship").map((el) => {
    const external = attr(el, "TargetMode") === "External";
    const target = attr(el, "Target") ?? "";
    return {
      id: attr(el, "Id") ?? "",
      type: attr(el, "Type") ?? "",
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/** The workbook part the package's root relationship names (usually xl/workbook.xml). */
export function workbookPart(pkg: PackageParts): string | undefined {
  return readRels(pkg, "").find((r) => r.type === REL.officeDocument && !r.external)?.target;
}

/** `to` as a target relative to the folder of `from` (how Excel itself writes targets). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** Adds relationships to a part's rels (creating it), returns their new ids in order. */
export function addRels(
  pkg: PackageParts,
  sourcePart: string,
  rels: readonly { type: string; target: string; external?: boolean }[],
): string[] {
  const relsPart = relsPartOf(sourcePart);
  const doc = parseXml(
    pkg.text(relsPart) ?? `<Relationships xmlns="${NS.pkgRel}"></Relationships>`,
    relsPart,
  );
  const top = root(doc);
  const taken = new Set(children(top, "Relationship").map((el) => attr(el, "Id")));
  let n = 1;
  const ids = rels.map((r) => {
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    taken.add(id);
    const el = doc.createElementNS(NS.pkgRel, "Relationship");
    el.setAttribute("Id", id);
    el.setAttribute("Type", r.type);
    el.setAttribute("Target", r.external ? r.target : relativeTarget(sourcePart, r.target));
    if (r.external) el.setAttribute("TargetMode", "External");
    top.appendChild(el);
    return id;
  });
  pkg.set(relsPart, serializeXml(doc));
  return ids;
}

/** Removes relationships by id from a part's rels. */
export function removeRels(pkg: PackageParts, sourcePart: string, ids: ReadonlySet<string>): void {
  const relsPart = relsPartOf(sourcePart);
  const text = pkg.text(relsPart);
  if (text === undefined) return;
  const doc = parseXml(text, relsPart);
  for (const el of children(root(doc), "Relationship")) {
    if (ids.has(attr(el, "Id") ?? "")) el.parentNode?.removeChild(el);
  }
  pkg.set(relsPart, serializeXml(doc));
}

/** Declares (or forgets, with `null`) the content type of parts by name. */
export function setContentTypes(
  pkg: PackageParts,
  types: ReadonlyMap<string, string | null>,
): void {
  const part = "[Content_Types].xml";
  const doc = parseXml(pkg.text(part) ?? `<Types xmlns="${NS.contentTypes}"></Types>`, part);
  const top = root(doc);
  const wanted = new Map([...types].map(([name, type]) => [`/${name}`.toLowerCase(), type]));
  for (const el of children(top, "Override")) {
    const name = (attr(el, "PartName") ?? "").toLowerCase();
    if (wanted.has(name)) el.parentNode?.removeChild(el);
  }
  for (const [name, type] of types) {
    if (type === null) continue;
    const el = doc.createElementNS(NS.contentTypes, "Override");
    el.setAttribute("PartName", `/${name}`);
    el.setAttribute("ContentType", type);
    top.appendChild(el);
  }
  pkg.set(part, serializeXml(doc));
}
