/**
 * The workbook part and what hangs from it: sheets (name, part, kind, visibility), defined
 * names, the date system, number formats and shared strings, and each worksheet's tables.
 * Works on whatever producer wrote the package (Excel, openpyxl, LibreOffice, gnumeric…).
 */
import { REL, readRels, workbookPart } from "../package/opc";
import { attr, child, children, parseXml, root, textContent } from "../package/xml";
import type { PackageParts } from "../package/zip";
import { readCellLooks, type FormatLook } from "./styles";
import { readSharedStrings, readSheetCells, type SheetCells, type SheetContext } from "./sheet";

export type SheetKind = "worksheet" | "chartsheet" | "other";

export interface SheetEntry {
  readonly name: string;
  /** the sheet's part, e.g. "xl/worksheets/sheet1.xml"; undefined when the package lacks it */
  readonly part: string | undefined;
  readonly kind: SheetKind;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** 0-based position among the workbook's sheets (what `localSheetId` counts) */
  readonly position: number;
}

export interface DefinedName {
  readonly name: string;
  /** 0-based sheet position for a name scoped to one sheet */
  readonly localSheetId: number | null;
  readonly hidden: boolean;
  readonly comment: string | null;
  readonly formula: string;
}

export interface TablePart {
  readonly part: string;
  readonly name: string;
  readonly displayName: string;
  /** "A1:K32" */
  readonly ref: string;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columnNames: readonly string[];
}

export interface XlsxBook {
  readonly pkg: PackageParts;
  readonly workbookPart: string;
  readonly date1904: boolean;
  /** the workbook holds macros (an .xlsm): it must be saved as .xlsm again */
  readonly macroEnabled: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly DefinedName[];
  readonly looks: readonly FormatLook[];
  tables(sheet: SheetEntry): TablePart[];
  /** cells of a worksheet, all rows or `fromRow`..`toRow` */
  cells(sheet: SheetEntry, fromRow?: number, toRow?: number): SheetCells;
}

export class PackageStructureError extends Error {}

function kindOf(type: string | undefined): SheetKind {
  if (type === REL.worksheet) return "worksheet";
  if (type === REL.chartsheet) return "chartsheet";
  return "other";
}

function stateOf(v: string | undefined): SheetEntry["state"] {
  return v === "hidden" || v === "veryHidden" ? v : "visible";
}

function isTrue(v: string | undefined): boolean {
  return v === "1" || v === "true";
}

function readTable(pkg: PackageParts, part: string): TablePart | null {
  const text = pkg.text(part);
  if (text === undefined) return null;
  const t = root(parseXml(text, part));
  const columns = child(t, "tableColumns");
  return {
    part,
    name: attr(t, "name") ?? "",
    displayName: attr(t, "displayName") ?? attr(t, "name") ?? "",
    ref: attr(t, "ref") ?? "",
    headerRowCount: Number(attr(t, "headerRowCount") ?? 1),
    totalsRowCount: Number(attr(t, "totalsRowCount") ?? 0),
    columnNames: (columns ? children(columns, "tableColumn") : []).map(
      (c) => attr(c, "name") ?? "",
    ),
  };
}

/** The content type declared for a part (its Override), if any. */
function contentTypeOf(pkg: PackageParts, part: string): string | undefined {
  const text = pkg.text("[Content_Types].xml");
  if (text === undefined) return undefined;
  const types = root(parseXml(text, "[Content_Types].xml"));
  const el = children(types, "Override").find(
    (o) => (attr(o, "PartName") ?? "").toLowerCase() === `/${part}`.toLowerCase(),
  );
  return el ? attr(el, "ContentType") : undefined;
}

export function openBook(pkg: PackageParts): XlsxBook {
  const wbPart = workbookPart(pkg);
  const wbText = wbPart === undefined ? undefined : pkg.text(wbPart);
  if (wbPart === undefined || wbText === undefined)
    throw new PackageStructureError("manca la parte workbook");
  const wb = root(parseXml(wbText, wbPart));
  const rels = new Map(readRels(pkg, wbPart).map((r) => [r.id, r]));
  const sheetsEl = child(wb, "sheets");
  const sheets: SheetEntry[] = (sheetsEl ? children(sheetsEl, "sheet") : []).map((el, position) => {
    const rel = rels.get(attr(el, "id") ?? "");
    return {
      name: attr(el, "name") ?? "",
      part: rel && !rel.external && pkg.has(rel.target) ? rel.target : undefined,
      kind: kindOf(rel?.type),
      state: stateOf(attr(el, "state")),
      position,
    };
  });
  const namesEl = child(wb, "definedNames");
  const names: DefinedName[] = (namesEl ? children(namesEl, "definedName") : []).map((el) => {
    const local = attr(el, "localSheetId");
    return {
      name: attr(el, "name") ?? "",
      localSheetId: local === undefined ? null : Number(local),
      hidden: isTrue(attr(el, "hidden")),
      comment: attr(el, "comment") ?? null,
      formula: textContent(el),
    };
  });
  const pr = child(wb, "workbookPr");
  const date1904 = pr !== undefined && isTrue(attr(pr, "date1904"));
  const relList = [...rels.values()];
  const stylesPart = relList.find((r) => r.type === REL.styles)?.target;
  const looks = readCellLooks(stylesPart && pkg.text(stylesPart), stylesPart ?? "styles");
  let context: SheetContext | null = null;
  const contextOf = (): SheetContext => {
    if (!context) {
      const sst = relList.find((r) => r.type === REL.sharedStrings)?.target;
      context = { sharedStrings: readSharedStrings(sst && pkg.text(sst)), looks, date1904 };
    }
    return context;
  };
  return {
    pkg,
    workbookPart: wbPart,
    date1904,
    macroEnabled: contentTypeOf(pkg, wbPart)?.includes("macroEnabled") ?? false,
    sheets,
    names,
    looks,
    tables(sheet) {
      if (!sheet.part) return [];
      return readRels(pkg, sheet.part)
        .filter((r) => r.type === REL.table && !r.external)
        .map((r) => readTable(pkg, r.target))
        .filter((t): t is TablePart => t !== null);
    },
    cells(sheet, fromRow, toRow) {
      const xml = sheet.part ? pkg.text(sheet.part) : undefined;
      return xml === undefined ? new Map() : readSheetCells(xml, contextOf(), fromRow, toRow);
    },
  };
}
