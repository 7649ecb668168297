/**
 * A brand-new PEG workbook of any size (`importa` without `--in`). ExcelJS builds the plan
 * workbook without its rows (sheets, tables, styles, the settings: build.ts, small whatever
 * the import), then each table's rows go into its sheet as XML text, one row at a time, with
 * the styles ExcelJS gave the table's columns. ExcelJS holding every cell as an object took
 * over 1 GB for 50,000 source rows; here the memory is about the file's own bytes. The content
 * is the one of `buildWorkbook(model)`: the same cells, formats, tables, validation and
 * conditional formats, down to the rows they cover.
 */
import type { PegModel } from "../../../core/model/types";
import { columnLetters } from "../../../core/schema/address";
import type { CellValue } from "../../../core/schema/raw";
import { mustWriteAsText, recordToRow } from "../../../core/schema/rows";
import { TABLES } from "../../../core/schema/tables";
import type { TableDef } from "../../../core/schema/types";
import { REL, readRels } from "../package/opc";
import { attr, children, escapeXml, parseXml, root, child } from "../package/xml";
import type { XlsxBook } from "../read/book";
import { openXlsxBytes } from "../read/open-bytes";
import { parseRange } from "../read/range";
import { SPARE_ROWS } from "../validation-rules";
import { extendSqref, growTable } from "./cells";
import { textVariants } from "./styles";

/** The model without the rows of its tables (the settings stay): what ExcelJS builds. */
function withoutRows(model: PegModel): PegModel {
  const empty: Record<string, unknown> = { ...model };
  for (const def of TABLES) if (def.id !== "impostazioni") empty[def.id] = [];
  return empty as unknown as PegModel;
}

/** One cell as the sheet XML writes it: "" is an empty cell that keeps its format. */
function cellXml(ref: string, style: string, value: CellValue): string {
  if (typeof value === "string" && value !== "")
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  if (typeof value === "number" && Number.isFinite(value))
    return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  if (typeof value === "boolean")
    return `<c r="${ref}" s="${style}" t="b"><v>${value ? 1 : 0}</v></c>`;
  // as ExcelJS: an empty cell is written only to keep a format
  return style === "0" ? "" : `<c r="${ref}" s="${style}"/>`;
}

interface SheetJob {
  readonly def: TableDef;
  readonly records: readonly object[];
  readonly part: string;
  readonly xml: string;
  /** each column's format in the blank body row ExcelJS wrote */
  readonly styles: readonly number[];
}

/** The rows of a table, row 2 down, each cell with its column's format (or its text variant). */
function rowsXml(job: SheetJob, text: ReadonlyMap<number, number>): string[] {
  const letters = job.def.columns.map((_, c) => columnLetters(c));
  return job.records.map((record, i) => {
    const r = i + 2;
    const row = recordToRow(job.def, record);
    const cells = job.def.columns.map((col, c) => {
      const s = job.styles[c];
      const style = mustWriteAsText(col, row[c]) ? (text.get(s) ?? s) : s;
      return cellXml(`${letters[c]}${r}`, String(style), row[c]);
    });
    return `<row r="${r}">${cells.join("")}</row>`;
  });
}

/**
 * The sheet with its rows: the blank body row replaced, the validation and conditional
 * formats stretched to the same bottom `buildWorkbook` gives them, the dimension to the rows.
 */
function sheetXml(job: SheetJob, rows: string[]): string {
  const n = job.records.length;
  const width = job.def.columns.length;
  const stretched = job.xml
    .replace(/ sqref="([^"]*)"/g, (_m, sq: string) => {
      const sqref = extendSqref(sq, 2 + SPARE_ROWS, 1 + n + SPARE_ROWS, 0, width - 1);
      return ` sqref="${sqref}"`;
    })
    .replace(
      /<dimension ref="[^"]*"\/>/,
      `<dimension ref="A1:${columnLetters(width - 1)}${1 + n}"/>`,
    );
  const start = stretched.indexOf('<row r="2"');
  const end = stretched.indexOf("</sheetData>");
  if (start < 0 || end < start) throw new Error(`foglio «${job.def.sheet}» inatteso`);
  return stretched.slice(0, start) + rows.join("") + stretched.slice(end);
}

function jobOf(book: XlsxBook, def: TableDef, records: readonly object[]): SheetJob {
  const sheet = book.sheets.find((s) => s.name === def.sheet);
  const part = sheet?.part;
  const xml = part ? book.pkg.text(part) : undefined;
  if (!sheet || !part || xml === undefined) throw new Error(`manca il foglio «${def.sheet}»`);
  // the sheet is small: the table's blank row and the settings at most
  const ws = root(parseXml(xml, part));
  const blank = children(child(ws, "sheetData") ?? ws, "row").find((r) => attr(r, "r") === "2");
  if (!blank) throw new Error(`foglio «${def.sheet}» inatteso`);
  // a column without a format ("General") has no cell there
  const styles = def.columns.map(() => 0);
  for (const c of children(blank, "c")) {
    const at = parseRange(attr(c, "r") ?? "")?.left;
    if (at !== undefined) styles[at - 1] = Number(attr(c, "s") ?? 0);
  }
  return { def, records, part, xml, styles };
}

/** The whole model as a new workbook's package, ready to be written. */
export async function newBookOf(model: PegModel): Promise<XlsxBook> {
  const { buildWorkbook } = await import("../build");
  const skeleton = buildWorkbook(withoutRows(model));
  const book = openXlsxBytes(new Uint8Array(await skeleton.xlsx.writeBuffer()), "nuova cartella");
  const jobs = TABLES.filter((def) => def.id !== "impostazioni")
    .map((def) => ({ def, records: model[def.id as Exclude<typeof def.id, "impostazioni">] }))
    .filter(({ records }) => records.length > 0)
    .map(({ def, records }) => jobOf(book, def, records as readonly object[]));
  const stylesPart = readRels(book.pkg, book.workbookPart).find((r) => r.type === REL.styles);
  const { xml, variant } = textVariants(
    stylesPart ? book.pkg.text(stylesPart.target) : undefined,
    new Set(jobs.flatMap((j) => j.styles)),
  );
  if (stylesPart && xml !== null) book.pkg.set(stylesPart.target, xml);
  for (const job of jobs) {
    book.pkg.set(job.part, sheetXml(job, rowsXml(job, variant)));
    const sheet = book.sheets.find((s) => s.part === job.part);
    const table = sheet && book.tables(sheet).find((t) => t.name === job.def.table);
    if (!table) throw new Error(`manca la tabella ${job.def.table}`);
    growTable(book, {
      part: table,
      oldBottom: 2,
      newBottom: 1 + job.records.length,
      left: 0,
      right: job.def.columns.length - 1,
    });
  }
  return book;
}
