/**
 * What `importa` tells: the same summary printed as JSON (--json, documented in
 * docs/importa.md) or as Italian text, and the rejected-rows CSV written beside OUT.
 */
import type { MappingJson } from "../../core/import/mapping/contract";
import type { ImportResult, ImportValue, SourcePlace } from "../../core/import/types";
import { addedKeys, type UpsertPlan } from "../../core/import/upsert";
import { tableById, type TableId } from "../../core/schema/tables";
import { formatNumberIt } from "../../core/text/numbers";
import { groupBy } from "../../core/model/by-objective";

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
  },
): ImportaSummary {
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
    rejected: result.rejected.map((r) => withPage({ row: r.row, reason: r.reason }, r.page)),
    warnings: result.warnings.map((w) =>
      withPage({ row: w.place?.row ?? null, message: w.message }, w.place?.page),
    ),
    rejectedFile: options.rejectedFile,
    ...(options.mappa ? { mappa: options.mappa } : {}),
    notes: options.notes ?? [],
  };
}

export function hasProblems(s: ImportaSummary): boolean {
  return s.counts.conflicts + s.counts.rejected + s.counts.warnings > 0;
}

function n(count: number, one: string, many: string): string {
  return `${formatNumberIt(count)} ${count === 1 ? one : many}`;
}

function shown(v: ImportValue): string {
  if (v === null || v === "") return "(vuoto)";
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : formatNumberIt(v);
  if (typeof v === "boolean") return v ? "si" : "no";
  const one = v.replace(/\s+/g, " ");
  return `«${one.length > 60 ? `${one.slice(0, 59)}…` : one}»`;
}

function where(row: number | null, page: number | undefined, kind: SourceKind): string {
  if (row === null) return "";
  return kind === "report" ? `pagina ${page ?? "?"}, riga ${row}` : `riga ${row}`;
}

/** At most `limit` lines of a list, then how many are left. */
function capped(lines: readonly string[], limit = 20): string[] {
  if (lines.length <= limit) return [...lines];
  return [...lines.slice(0, limit), `  … e altri ${formatNumberIt(lines.length - limit)}`];
}

export function formatSummary(s: ImportaSummary): string {
  const c = s.counts;
  const out = [`Importazione di «${s.source}» (${s.read})`];
  const read =
    s.kind === "report"
      ? `${n(c.sourceRows, "riga", "righe")} di testo`
      : `${n(c.sourceRows, "riga", "righe")} di dati lette` +
        (c.filtered > 0 ? `, ${formatNumberIt(c.filtered)} escluse dal filtro` : "");
  out.push(read);
  out.push(
    `${s.preview ? "Si aggiungerebbero" : "Importati"}: ${n(c.objectives, "obiettivo", "obiettivi")}, ` +
      `${n(c.phases, "fase", "fasi")}, ${n(c.indicators, "indicatore", "indicatori")}, ` +
      `${n(c.subjects, "soggetto", "soggetti")}, ${n(c.readings, "rilevazione", "rilevazioni")}`,
  );
  if (s.preview) {
    for (const [table, added] of groupBy(s.added, (a) => a.table)) {
      const keys = added.map((a) => a.key);
      const more = keys.length > 12 ? ` … e altri ${formatNumberIt(keys.length - 12)}` : "";
      out.push(`  ${table}: ${keys.slice(0, 12).join(", ")}${more}`);
    }
  }
  if (s.updated.length > 0) {
    out.push("", `Modifiche (${s.updated.length})`);
    out.push(
      ...capped(
        s.updated.map(
          (u) => `  ${u.table} ${u.key}, ${u.field}: ${shown(u.before)} → ${shown(u.after)}`,
        ),
      ),
    );
  }
  if (s.conflicts.length > 0) {
    out.push("", `Conflitti (${s.conflicts.length}): vale il primo valore`);
    out.push(
      ...capped(
        s.conflicts.map((x) => {
          const at = (i: number): string => where(x.rows[i], x.pages?.[i], s.kind);
          return (
            `  ${x.table} ${x.key}, ${x.field}: tenuto ${shown(x.kept)} (${at(0)}), ` +
            `scartato ${shown(x.discarded)} (${at(1)})`
          );
        }),
      ),
    );
  }
  if (s.rejected.length > 0) {
    const title = s.kind === "report" ? "Testo non letto" : "Righe rifiutate";
    out.push("", `${title} (${s.rejected.length})`);
    out.push(...capped(s.rejected.map((r) => `  ${where(r.row, r.page, s.kind)}: ${r.reason}`)));
  }
  if (s.warnings.length > 0) {
    out.push("", `Avvisi (${s.warnings.length})`);
    out.push(
      ...capped(
        s.warnings.map((w) => {
          const at = where(w.row, w.page, s.kind);
          return `  ${at === "" ? "" : `${at}: `}${w.message}`;
        }),
      ),
    );
  }
  if (s.mappa) {
    out.push(
      "",
      "Mappa proposta dalle intestazioni (salvarla in un file .json, correggerla se serve e",
      "ripetere con --mappa FILE.json):",
      JSON.stringify(s.mappa, null, 2),
    );
  }
  if (s.notes.length > 0) out.push("", ...s.notes);
  out.push("");
  if (s.preview) out.push("Anteprima: nessun file scritto.");
  else if (s.output !== null) {
    out.push(`Scritto «${s.output}».`);
    if (s.rejectedFile) out.push(`Righe rifiutate in «${s.rejectedFile}».`);
    out.push(`Per controllarlo: schede-peg verifica ${JSON.stringify(s.output)}`);
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
): string {
  const head =
    kind === "report" ? ["Pagina", "Riga", "Motivo", "Testo"] : ["Riga", "Motivo", ...headers];
  const rows = result.rejected.map((r) =>
    kind === "report"
      ? [String(r.page ?? ""), String(r.row), r.reason, ...r.cells]
      : [String(r.row), r.reason, ...r.cells],
  );
  return `\ufeff${[head, ...rows].map((r) => r.map(csvField).join(";")).join("\r\n")}\r\n`;
}
