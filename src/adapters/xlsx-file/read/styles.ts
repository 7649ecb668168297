/**
 * What a cell's number format says about its value: a percentage, a date, text. Read from
 * styles.xml (cellXfs -> numFmtId -> format code, built-in ids included).
 */
import type { CellLook } from "../../../core/schema/raw";
import { attr, child, children, parseXml, root } from "../package/xml";

export type FormatLook = Extract<CellLook, "percent" | "date"> | "text" | null;

/** Built-in number formats that ECMA-376 (part 1, §18.8.30) defines by id. */
const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);
const BUILTIN_TEXT = 49;

/** The look of a format code: quoted text, escapes and [colour]/[locale] parts do not count. */
export function lookOfFormat(code: string): FormatLook {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .split(";")[0];
  if (bare.trim() === "@") return "text";
  if (bare.includes("%")) return "percent";
  if (/general/i.test(bare)) return null;
  if (/[dmyhs]/i.test(bare.replace(/[eE][+-]/g, ""))) return "date";
  return null;
}

export function lookOfFormatId(id: number, custom: ReadonlyMap<number, string>): FormatLook {
  const code = custom.get(id);
  if (code !== undefined) return lookOfFormat(code);
  if (BUILTIN_PERCENT.has(id)) return "percent";
  if (BUILTIN_DATE.has(id)) return "date";
  if (id === BUILTIN_TEXT) return "text";
  return null;
}

/** One look per cellXfs index (a cell's `s` attribute). */
export function readCellLooks(xml: string | undefined, part: string): FormatLook[] {
  if (xml === undefined) return [];
  const sheet = root(parseXml(xml, part));
  const custom = new Map<number, string>();
  const numFmts = child(sheet, "numFmts");
  for (const f of numFmts ? children(numFmts, "numFmt") : []) {
    custom.set(Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? "");
  }
  const xfs = child(sheet, "cellXfs");
  return (xfs ? children(xfs, "xf") : []).map((xf) =>
    lookOfFormatId(Number(attr(xf, "numFmtId") ?? 0), custom),
  );
}
