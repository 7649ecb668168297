/**
 * What `importa` tells: the same summary printed as JSON (--json, documented in
 * docs/importa.md) or as text, in Italian or English (--lang), and the rejected-rows CSV
 * written beside OUT.
 */
import type { MappingJson } from "../../core/import/mapping/contract";
import type { ImportResult, ImportValue, SourcePlace } from "../../core/import/types";
import { addedKeys, type UpsertPlan } from "../../core/import/upsert";
import { tableById, type TableId } from "../../core/schema/tables";
import { formatNumber } from "../../core/text/numbers";
import { quoted, type Lang } from "../../core/text/lang";
import { groupBy } from "../../core/model/by-objective";
import { plural } from "../format";

export type SourceKind = "report" | "csv" | "xlsx";

export interface ImportaSummary {
  readonly source: string;
  readonly kind: SourceKind;
  /** how the source was read */
  readonly read: string;
  readonly output: string | null;
  readonly preview: boolean;
  readonly counts: {
    readonly sourceRows: number;
    readonly filtered: number;
    readonly objectives: number;
    readonly phases: number;
    readonly indicators: number;
    readonly subjects: number;
    readonly readings: number;
    readonly added: number;
    readonly updated: number;
    readonly conflicts: number;
    readonly rejected: number;
    readonly warnings: number;
  };
  readonly added: readonly { readonly table: string; readonly key: string }[];
  readonly updated: readonly {
    readonly table: string;
    readonly key: string;
    readonly field: string;
    readonly before: ImportValue;
    readonly after: ImportValue;
  }[];
  readonly conflicts: readonly {
    readonly table: string;
    readonly key: string;
    readonly field: string;
    readonly kept: ImportValue;
    readonly discarded: ImportValue;
    readonly rows: readonly number[];
    readonly pages?: readonly number[];
  }[];
  readonly rejected: readonly {
    readonly row: number;
    readonly page?: number;
    readonly reason: string;
  }[];
  readonly warnings: readonly {
    readonly row: number | null;
    readonly page?: number;
    readonly message: string;
  }[];
  readonly rejectedFile: string | null;
  /** the mapping proposed from the headers, when none was given */
  readonly mappa?: MappingJson;
  readonly notes: readonly string[];
}

const sheet = (id: TableId): string => tableById(id).sheet;

function withPage<T extends object>(out: T, page: number | undefined): T & { page?: number } {
  return page === undefined ? out : { ...out, page };
}

export function buildSummary(
  source: { path: string; kind: SourceKind; read: string },
  result: ImportResult,
  plan: UpsertPlan,
  options: {
    output: string | null;
    preview: boolean;
    rejectedFile: string | null;
    mappa?: MappingJson;
    notes?: readonly string[];
    /** the language of the reasons and warnings */
    lang?: Lang;
  },
): ImportaSummary {
  const lang = options.lang ?? "it";
  const m = result.model;
  const added = addedKeys(plan).map((a) => ({ table: sheet(a.table), key: a.key }));
  const pages = (places: readonly SourcePlace[]): number[] | undefined =>
    places.every((p) => p.page !== undefined) ? places.map((p) => p.page as number) : undefined;
  return {
    source: source.path,
    kind: source.kind,
    read: source.read,
    output: options.output,
    preview: options.preview,
    counts: {
      sourceRows: result.sourceRows,
      filtered: result.filtered,
      objectives: m.obiettivi.length,
      phases: m.fasi.length,
      indicators: m.indicatori.length,
      subjects: m.soggetti.length,
      readings: m.rilevazioni.length,
      added: added.length,
      updated: plan.updated.length,
      conflicts: result.conflicts.length + plan.conflicts.length,
      rejected: result.rejected.length,
      warnings: result.warnings.length,
    },
    added,
    updated: plan.updated.map((u) => ({ ...u, table: sheet(u.table) })),
    conflicts: result.conflicts.map((c) => {
      const p = pages(c.places);
      const base = {
        table: sheet(c.table),
        key: c.key,
        field: c.field,
        kept: c.kept,
        discarded: c.discarded,
        rows: c.places.map((x) => x.row),
      };
      return p === undefined ? base : { ...base, pages: p };
    }),
    rejected: result.rejected.map((r) => withPage({ row: r.row, reason: r.reason[lang] }, r.page)),
    warnings: result.warnings.map((w) =>
      withPage({ row: w.place?.row ?? null, message: w.message[lang] }, w.place?.page),
    ),
    rejectedFile: options.rejectedFile,
    ...(options.mappa ? { mappa: options.mappa } : {}),
    notes: options.notes ?? [],
  };
}

export function hasProblems(s: ImportaSummary): boolean {
  return s.counts.conflicts + s.counts.rejected + s.counts.warnings > 0;
}

/** The words of the text report in one language. */
const WORDS = {
  it: {
    empty: "(vuoto)",
    yes: "si",
    no: "no",
    page: "pagina",
    row: "riga",
    more: (n: string) => `… e altri ${n}`,
    heading: (source: string, read: string) => `Importazione di «${source}» (${read})`,
    textRows: (n: number) => `${plural(n, "riga", "righe")} di testo`,
    dataRows: (n: number) => `${plural(n, "riga", "righe")} di dati lette`,
    filtered: (n: string) => `, ${n} escluse dal filtro`,
    counts: (preview: boolean, c: ImportaSummary["counts"]) =>
      `${preview ? "Si aggiungerebbero" : "Importati"}: ${plural(c.objectives, "obiettivo", "obiettivi")}, ` +
      `${plural(c.phases, "fase", "fasi")}, ${plural(c.indicators, "indicatore", "indicatori")}, ` +
      `${plural(c.subjects, "soggetto", "soggetti")}, ${plural(c.readings, "rilevazione", "rilevazioni")}`,
    updated: "Modifiche",
    conflicts: (n: number) => `Conflitti (${n}): vale il primo valore`,
    conflict: (kept: string, at0: string, discarded: string, at1: string) =>
      `tenuto ${kept} (${at0}), scartato ${discarded} (${at1})`,
    rejected: (kind: SourceKind) => (kind === "report" ? "Testo non letto" : "Righe rifiutate"),
    warnings: "Avvisi",
    mappa: [
      "Mappa proposta dalle intestazioni (salvarla in un file .json, correggerla se serve e",
      "ripetere con --mappa FILE.json):",
    ],
    preview: "Anteprima: nessun file scritto.",
    written: (out: string) => `Scritto «${out}».`,
    rejectedIn: (file: string) => `Righe rifiutate in «${file}».`,
    check: "Per controllarlo",
    csv: { report: ["Pagina", "Riga", "Motivo", "Testo"], table: ["Riga", "Motivo"] },
  },
  en: {
    empty: "(empty)",
    yes: "yes",
    no: "no",
    page: "page",
    row: "row",
    more: (n: string) => `… and ${n} more`,
    heading: (source: string, read: string) => `Import of "${source}" (${read})`,
    textRows: (n: number) => `${plural(n, "line", "lines", "en")} of text`,
    dataRows: (n: number) => `${plural(n, "data row", "data rows", "en")} read`,
    filtered: (n: string) => `, ${n} left out by the filter`,
    counts: (preview: boolean, c: ImportaSummary["counts"]) =>
      `${preview ? "Would add" : "Imported"}: ${plural(c.objectives, "objective", "objectives", "en")}, ` +
      `${plural(c.phases, "phase", "phases", "en")}, ${plural(c.indicators, "indicator", "indicators", "en")}, ` +
      `${plural(c.subjects, "person involved", "people involved", "en")}, ${plural(c.readings, "rilevazione", "rilevazioni", "en")}`,
    updated: "Changes",
    conflicts: (n: number) => `Conflicts (${n}): the first value holds`,
    conflict: (kept: string, at0: string, discarded: string, at1: string) =>
      `kept ${kept} (${at0}), discarded ${discarded} (${at1})`,
    rejected: (kind: SourceKind) => (kind === "report" ? "Text not read" : "Rows refused"),
    warnings: "Warnings",
    mappa: [
      "Mapping proposed from the headers (save it in a .json file, correct it if needed and",
      "run again with --mappa FILE.json):",
    ],
    preview: "Preview: no file written.",
    written: (out: string) => `Written "${out}".`,
    rejectedIn: (file: string) => `Rows refused in "${file}".`,
    check: "To check it",
    csv: { report: ["Page", "Row", "Reason", "Text"], table: ["Row", "Reason"] },
  },
} as const;

function shown(v: ImportValue, lang: Lang): string {
  const w = WORDS[lang];
  if (v === null || v === "") return w.empty;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : formatNumber(v, lang);
  if (typeof v === "boolean") return v ? w.yes : w.no;
  const one = v.replace(/\s+/g, " ");
  return quoted(one.length > 60 ? `${one.slice(0, 59)}…` : one, lang);
}

function where(row: number | null, page: number | undefined, kind: SourceKind, lang: Lang): string {
  if (row === null) return "";
  const w = WORDS[lang];
  return kind === "report" ? `${w.page} ${page ?? "?"}, ${w.row} ${row}` : `${w.row} ${row}`;
}

/** At most `limit` lines of a list, then how many are left. */
function capped(lines: readonly string[], lang: Lang, limit = 20): string[] {
  if (lines.length <= limit) return [...lines];
  const more = WORDS[lang].more(formatNumber(lines.length - limit, lang));
  return [...lines.slice(0, limit), `  ${more}`];
}

export function formatSummary(s: ImportaSummary, lang: Lang = "it"): string {
  const w = WORDS[lang];
  const c = s.counts;
  const at = (row: number | null, page: number | undefined) => where(row, page, s.kind, lang);
  const out = [w.heading(s.source, s.read)];
  out.push(
    s.kind === "report"
      ? w.textRows(c.sourceRows)
      : w.dataRows(c.sourceRows) +
          (c.filtered > 0 ? w.filtered(formatNumber(c.filtered, lang)) : ""),
  );
  out.push(w.counts(s.preview, c));
  if (s.preview) {
    for (const [table, added] of groupBy(s.added, (a) => a.table)) {
      const keys = added.map((a) => a.key);
      const more = keys.length > 12 ? ` ${w.more(formatNumber(keys.length - 12, lang))}` : "";
      out.push(`  ${table}: ${keys.slice(0, 12).join(", ")}${more}`);
    }
  }
  if (s.updated.length > 0) {
    out.push("", `${w.updated} (${s.updated.length})`);
    out.push(
      ...capped(
        s.updated.map(
          (u) =>
            `  ${u.table} ${u.key}, ${u.field}: ${shown(u.before, lang)} → ${shown(u.after, lang)}`,
        ),
        lang,
      ),
    );
  }
  if (s.conflicts.length > 0) {
    out.push("", w.conflicts(s.conflicts.length));
    out.push(
      ...capped(
        s.conflicts.map(
          (x) =>
            `  ${x.table} ${x.key}, ${x.field}: ` +
            w.conflict(
              shown(x.kept, lang),
              at(x.rows[0], x.pages?.[0]),
              shown(x.discarded, lang),
              at(x.rows[1], x.pages?.[1]),
            ),
        ),
        lang,
      ),
    );
  }
  if (s.rejected.length > 0) {
    out.push("", `${w.rejected(s.kind)} (${s.rejected.length})`);
    out.push(
      ...capped(
        s.rejected.map((r) => `  ${at(r.row, r.page)}: ${r.reason}`),
        lang,
      ),
    );
  }
  if (s.warnings.length > 0) {
    out.push("", `${w.warnings} (${s.warnings.length})`);
    out.push(
      ...capped(
        s.warnings.map((x) => {
          const place = at(x.row, x.page);
          return `  ${place === "" ? "" : `${place}: `}${x.message}`;
        }),
        lang,
      ),
    );
  }
  if (s.mappa) out.push("", ...w.mappa, JSON.stringify(s.mappa, null, 2));
  if (s.notes.length > 0) out.push("", ...s.notes);
  out.push("");
  if (s.preview) out.push(w.preview);
  else if (s.output !== null) {
    out.push(w.written(s.output));
    if (s.rejectedFile) out.push(w.rejectedIn(s.rejectedFile));
    out.push(`${w.check}: schede-peg verifica ${JSON.stringify(s.output)}`);
  }
  return `${out.join("\n")}\n`;
}

/** A CSV field for Excel: quoted when it holds the delimiter, a quote or a line break. */
function csvField(v: string): string {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * The rejected rows as a CSV Italian Excel opens as it is (UTF-8 with BOM, semicolons):
 * row and reason, then the row's own cells under the file's headers.
 */
export function rejectedCsv(
  result: ImportResult,
  kind: SourceKind,
  headers: readonly string[],
  lang: Lang = "it",
): string {
  const { csv } = WORDS[lang];
  const head = kind === "report" ? [...csv.report] : [...csv.table, ...headers];
  const rows = result.rejected.map((r) =>
    kind === "report"
      ? [String(r.page ?? ""), String(r.row), r.reason[lang], ...r.cells]
      : [String(r.row), r.reason[lang], ...r.cells],
  );
  return `\ufeff${[head, ...rows].map((r) => r.map(csvField).join(";")).join("\r\n")}\r\n`;
}
