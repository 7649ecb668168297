/**
 * Small XML helpers for the package's parts. Elements are matched by local name, so a part
 * written with prefixes (`<x:worksheet>`) reads like one without.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";

export type { Document, Element } from "@xmldom/xmldom";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

export class XmlError extends Error {}

export function parseXml(text: string, part: string): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new XmlError(`${part}: ${message}`);
    },
  });
  try {
    return parser.parseFromString(text, "text/xml");
  } catch (e) {
    throw e instanceof XmlError ? e : new XmlError(`${part}: ${(e as Error).message}`);
  }
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml")
    ? text
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

/** Child elements of `parent` with this local name (all children when none given). */
export function children(parent: Element | Document, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName))
      out.push(n as Element);
  }
  return out;
}

export function child(parent: Element | Document, localName: string): Element | undefined {
  return children(parent, localName)[0];
}

/** The root element of a part. */
export function root(doc: Document): Element {
  const el = doc.documentElement;
  if (!el) throw new XmlError("documento XML vuoto");
  return el;
}

/** An attribute by local name, whatever its prefix (r:id, id), or undefined. */
export function attr(el: Element, localName: string): string | undefined {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && (a.localName ?? a.name) === localName) return a.value;
  }
  return undefined;
}

/** The text of an element and its descendants. */
export function textContent(el: Element): string {
  return el.textContent ?? "";
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/**
 * Text or attribute content written by hand. Characters XML 1.0 cannot hold (control
 * characters other than tab and line breaks) become Excel's _xHHHH_ escape.
 */
export function escapeXml(s: string): string {
  return s
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

/** Excel's _xHHHH_ escapes in stored text back to characters (_x005F_ escapes an underscore). */
export function unescapeOoxml(s: string): string {
  if (!s.includes("_x")) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
