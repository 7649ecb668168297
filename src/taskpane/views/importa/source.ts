/**
 * What the Importa view computes, pure: the file the user chose read with the same code as
 * `schede-peg importa` (decoding, CSV, a sheet's rows through the reader given, header,
 * proposed mapping, mapping engine, report parser), the mapping as rows of choices, and what
 * the import would look like.
 */
import { sniffDelimiter } from "../../../core/import/csv";
import { decodeText } from "../../../core/import/encoding";
import {
  MAPPED_TABLES,
  readMapping,
  type FieldJson,
  type MappedTable,
  type MappingJson,
} from "../../../core/import/mapping/contract";
import type { DecimalSeparator } from "../../../core/import/mapping/convert";
import { importRows } from "../../../core/import/mapping/engine";
import { headerKey } from "../../../core/import/mapping/headers";
import { proposeMapping } from "../../../core/import/mapping/propose";
import { parseSchedaReport } from "../../../core/import/report/parse";
import {
  CsvRows,
  HEAD_ROWS,
  readAs,
  startTable,
  type SheetReader,
  type SourceRow,
} from "../../../core/import/table";
import type { ImportResult } from "../../../core/import/types";
import type { Texts } from "../../../core/text/lang";
import type { UpsertPlan } from "../../../core/import/upsert";

export type Source =
  | {
      readonly kind: "table";
      readonly name: string;
      /** how it was read: «CSV, separatore punto e virgola, UTF-8, decimali con la virgola» */
      readonly read: Texts;
      readonly headers: readonly string[];
      /** the data rows, below the header */
      readonly rows: readonly SourceRow[];
      readonly decimal: DecimalSeparator;
      /** the mapping proposed from the headers, and what to check in it */
      readonly proposal: MappingJson;
      readonly notes: readonly Texts[];
    }
  | {
      readonly kind: "report";
      readonly name: string;
      readonly read: Texts;
      readonly result: ImportResult;
    };

/** Why a file cannot be read in the pane: a .pdf (its text to paste), another kind, no data. */
export type SourceProblem = "pdf" | "unknown" | "empty";

export class SourceRefused extends Error {
  constructor(readonly problem: SourceProblem) {
    super(problem);
  }
}

const KINDS: Readonly<Record<string, "csv" | "xlsx" | "report" | SourceProblem>> = {
  csv: "csv",
  tsv: "csv",
  txt: "report",
  xlsx: "xlsx",
  xlsm: "xlsx",
  // the reader says what an old .xls is and how to save it again
  xls: "xlsx",
  pdf: "pdf",
};

/**
 * Rows of a table (a CSV's, a sheet's) with its header found and its mapping proposed; `how`
 * says how they were read, the decimal separator found is added to it.
 */
function tableOf(name: string, rows: readonly SourceRow[], how: Texts): Source {
  const start = startTable(rows.slice(0, HEAD_ROWS), null, null);
  if (start.kind !== "found") throw new SourceRefused("empty");
  const proposal = proposeMapping(
    start.headers,
    start.sample.map((r) => r.cells),
    start.decimal,
  );
  return {
    kind: "table",
    name,
    read: readAs.withDecimal(how, start.decimal),
    headers: start.headers,
    rows: rows.slice(start.at + 1),
    decimal: start.decimal,
    proposal: proposal.mapping,
    notes: proposal.notes,
  };
}

/** A CSV's bytes as rows, its header found and its mapping proposed. */
export function tableSource(name: string, bytes: Uint8Array): Source {
  const { text, encoding } = decodeText(bytes);
  const delimiter = sniffDelimiter(text.slice(0, 1 << 16));
  const csv = new CsvRows(delimiter);
  const rows = [...csv.push(text), ...csv.end()];
  return tableOf(name, rows, readAs.csv(delimiter, encoding));
}

/** The first worksheet of an .xlsx, read as a CSV once its rows are read. */
export async function sheetSource(
  name: string,
  bytes: Uint8Array,
  readSheet: SheetReader,
): Promise<Source> {
  const { sheet, rows } = await readSheet(name, bytes);
  return tableOf(name, rows, readAs.sheet(sheet));
}

/** A «SCHEDA OBIETTIVI» report as text (a .txt, or the text of a PDF pasted). */
export function reportSource(name: string, text: string, read: Texts): Source {
  const result = parseSchedaReport(text);
  if (result.model.obiettivi.length === 0 && result.rejected.length === 0)
    throw new SourceRefused("empty");
  return { kind: "report", name, read, result };
}

/** The file the user chose, by its extension; an .xlsx through `readSheet`. */
export async function sourceOf(
  name: string,
  bytes: Uint8Array,
  readSheet: SheetReader,
): Promise<Source> {
  const kind = KINDS[name.toLowerCase().split(".").pop() ?? ""] ?? "unknown";
  if (kind === "csv") return tableSource(name, bytes);
  if (kind === "xlsx") return sheetSource(name, bytes, readSheet);
  if (kind === "report") {
    const { text, encoding } = decodeText(bytes);
    return reportSource(name, text, readAs.text(encoding));
  }
  throw new SourceRefused(kind);
}

// ---- the mapping as choices --------------------------------------------------------------

/** the tables the view maps (soggetti keep what the proposal says) */
export const PANE_TABLES: readonly MappedTable[] = ["obiettivi", "fasi", "indicatori"];

export interface FieldRow {
  readonly table: MappedTable;
  /** the product column's header, the key of the mapping file */
  readonly header: string;
  /** the source column it comes from, or null */
  readonly column: string | null;
  /** a source that is not a plain column («valore», «modello»), as the mapping writes it */
  readonly rule: string | null;
}

function entryOf(
  json: MappingJson,
  table: MappedTable,
  header: string,
): [string, FieldJson] | null {
  const fields = json[table] ?? {};
  const key = Object.keys(fields).find((k) => headerKey(k) === headerKey(header));
  return key === undefined ? null : [key, fields[key]];
}

/** One row per column of obiettivi, fasi and indicatori the user can fill (not the computed). */
export function fieldRows(json: MappingJson): FieldRow[] {
  return MAPPED_TABLES.filter((def) => PANE_TABLES.includes(def.id)).flatMap((def) =>
    def.columns
      .filter((c) => c.computed !== true)
      .map((c) => {
        const entry = entryOf(json, def.id, c.header)?.[1];
        if (entry === undefined)
          return { table: def.id, header: c.header, column: null, rule: null };
        if (typeof entry === "string")
          return { table: def.id, header: c.header, column: entry, rule: null };
        if ("colonna" in entry)
          return { table: def.id, header: c.header, column: entry.colonna, rule: null };
        return {
          table: def.id,
          header: c.header,
          column: null,
          rule: "valore" in entry ? String(entry.valore) : entry.modello,
        };
      }),
  );
}

/**
 * The mapping with `header` of `table` taken from `column` (null: not imported). Choosing
 * the column it already has keeps its options (a code extracted from it, a scale).
 */
export function withColumn(
  json: MappingJson,
  table: MappedTable,
  header: string,
  column: string | null,
): MappingJson {
  const fields: Record<string, FieldJson> = { ...(json[table] ?? {}) };
  const entry = entryOf(json, table, header);
  const current = entry?.[1];
  const same =
    current !== undefined &&
    (current === column ||
      (typeof current === "object" && "colonna" in current && current.colonna === column));
  if (same) return json;
  if (entry) delete fields[entry[0]];
  if (column !== null) fields[header] = column;
  const out: MappingJson = { ...json };
  if (Object.keys(fields).length === 0) delete out[table];
  else out[table] = fields;
  return out;
}

// ---- the import as it would be ---------------------------------------------------------------

export interface Stamp {
  readonly utente: string;
  /** `YYYY-MM-DDTHH:mm:ss` */
  readonly timestamp: string;
}

export type Outcome =
  | { readonly kind: "ready"; readonly result: ImportResult }
  /** the mapping cannot be used: what is wrong, in every language */
  | { readonly kind: "mapping"; readonly errors: readonly Texts[] };

/** The import of `source` through `json` (a report needs no mapping). */
export function outcomeOf(source: Source, json: MappingJson, stamp: Stamp): Outcome {
  if (source.kind === "report") return { kind: "ready", result: source.result };
  const read = readMapping(json);
  if ("errors" in read) return { kind: "mapping", errors: read.errors };
  const result = importRows(read.mapping, source.headers, source.rows, {
    decimal: read.mapping.decimali ?? source.decimal,
    ...stamp,
    source: source.name,
  });
  return { kind: "ready", result };
}

export interface PreviewRow {
  readonly codice: string;
  readonly descrizione: string;
  readonly fasi: number;
  readonly indicatori: number;
}

/** The first objectives as they will be written, with how many phases and indicators. */
export function previewRows(result: ImportResult, count = 5): PreviewRow[] {
  const { obiettivi, fasi, indicatori } = result.model;
  const tally = (list: readonly { obiettivo: unknown }[]) => {
    const n = new Map<string, number>();
    for (const r of list) n.set(String(r.obiettivo), (n.get(String(r.obiettivo)) ?? 0) + 1);
    return n;
  };
  const phases = tally(fasi);
  const indicators = tally(indicatori);
  return obiettivi.slice(0, count).map((o) => ({
    codice: String(o.codice),
    descrizione: String(o.descrizione ?? ""),
    fasi: phases.get(String(o.codice)) ?? 0,
    indicatori: indicators.get(String(o.codice)) ?? 0,
  }));
}

/** Two values for the same field: inside the source (the first kept) or against the workbook. */
export interface ConflictLine {
  readonly key: string;
  readonly field: string;
  /** kept (source) or in the workbook */
  readonly first: string;
  /** discarded (source) or in the file */
  readonly second: string;
  /** true: a phase or indicator of the workbook with that number, left as it is */
  readonly workbook: boolean;
  /** source rows (a report: text lines); empty against the workbook */
  readonly rows: readonly number[];
}

export function conflictsOf(result: ImportResult, plan: UpsertPlan | null): ConflictLine[] {
  return [
    ...result.conflicts.map((c) => ({
      key: c.key,
      field: c.field,
      first: String(c.kept ?? ""),
      second: String(c.discarded ?? ""),
      workbook: false,
      rows: c.places.map((p) => p.row),
    })),
    ...(plan?.conflicts ?? []).map((c) => ({
      key: c.key,
      field: c.field,
      first: String(c.existing ?? ""),
      second: String(c.incoming ?? ""),
      workbook: true,
      rows: [],
    })),
  ];
}
