/**
 * Reads manifest.xml with the DOM's XML parser (the test runs under jsdom) and answers the
 * questions the tests ask. Only helpers: the assertions live in the tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const MANIFEST_PATH = join(ROOT, "manifest.xml");
export const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

export function readManifestText(): string {
  return readFileSync(MANIFEST_PATH, "utf8");
}

export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest.xml non è XML valido: ${error.textContent}`);
  return doc;
}

/** elements by local name, whatever their namespace prefix */
export function elements(doc: Document, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", localName));
}

export function text(doc: Document, localName: string): string {
  const el = elements(doc, localName)[0];
  if (!el) throw new Error(`Elemento <${localName}> assente`);
  return (el.textContent ?? "").trim();
}

/** every value that is a URL: attributes and text nodes that start with a scheme
 *  (namespace declarations are names, not addresses, and are left out) */
export function allUrls(doc: Document): string[] {
  const urls: string[] = [];
  const isUrl = (v: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v.trim());
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    for (const attr of Array.from(el.attributes)) {
      if (!attr.name.startsWith("xmlns") && isUrl(attr.value)) urls.push(attr.value);
    }
    if (el.children.length === 0 && isUrl(el.textContent ?? "")) urls.push(el.textContent!.trim());
  }
  return urls;
}

/** resources defined under <Resources>: id -> element (bt:Image, bt:Url, bt:String) */
export function resources(doc: Document): Map<string, Element> {
  const map = new Map<string, Element>();
  const res = elements(doc, "Resources")[0];
  if (!res) return map;
  for (const el of Array.from(res.getElementsByTagNameNS(BT, "*"))) {
    const id = el.getAttribute("id");
    if (id) map.set(id, el);
  }
  return map;
}

/** every resid="…" outside <Resources> */
export function referencedResids(doc: Document): { element: Element; resid: string }[] {
  return Array.from(doc.getElementsByTagName("*"))
    .filter((el) => el.hasAttribute("resid"))
    .map((element) => ({ element, resid: element.getAttribute("resid")! }));
}

/** width and height from a PNG's IHDR chunk; throws when the file is not a PNG */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature) throw new Error("non è un PNG");
  if (bytes.subarray(12, 16).toString("ascii") !== "IHDR") throw new Error("IHDR mancante");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
