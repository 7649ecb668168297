/**
 * The mapping engine: rows of a CSV or a sheet, one at a time, -> the tables. Rows with the
 * same objective code are one objective; the same (objective, description) — or the same
 * (objective, N.) when the number is mapped — one phase, indicator or soggetto. When two rows
 * give the same field of the same record different values, the first is kept and each other
 * is reported with its row. An empty value never contradicts: the first non-empty one counts.
 *
 * With a "periodo", the file is long-format monitoring: each row holds the values of one
 * period. The monthly fields (docs/importa.md) take the latest period's value; every
 * period's valore raggiunto and avanzamento, and every change of the others, becomes a row of
 * the Rilevazioni log.
 *
 * Memory holds the records being built, never the rows already read.
 */
import type {
  ElementoRilevazione,
  Fase,
  Impostazioni,
  Indicatore,
  Month,
  Obiettivo,
  Rilevazione,
  Soggetto,
} from "../../model/types";
import { defaultImpostazioni } from "../../model/defaults";
import { textOf } from "../../parse/cells";
import type { CellValue } from "../../schema/raw";
import type { Texts } from "../../text/lang";
import type { SettingKey } from "../../schema/settings";
import type { ColumnDef } from "../../schema/types";
import { monthOf, parseDateText, parseMonthText, serialToIso } from "../../text/dates";
import { completeIndicator, newFase, newIndicatore, newObiettivo, newSoggetto } from "../records";
import type {
  FieldConflict,
  ImportResult,
  ImportValue,
  ImportWarning,
  Loose,
  RejectedRow,
  SourcePlace,
} from "../types";
import {
  mappedColumns,
  tableOf,
  type FieldSource,
  type MappedTable,
  type Mapping,
  type TableMapping,
} from "./contract";
import { convertValue, type DecimalSeparator } from "./convert";
import { columnPositions, headerKey } from "./headers";

export interface EngineOptions {
  readonly decimal: DecimalSeparator;
  /** who imports: the Utente of the log rows */
  readonly utente: string;
  /** when: the Data e ora of the log rows, `YYYY-MM-DDTHH:mm:ss` */
  readonly timestamp: string;
  /** the source's name, for the Nota of the log rows */
  readonly source: string;
}

/** Fields the monthly entry changes: in long format they follow the periods. */
const PERIOD_FIELDS: Readonly<Partial<Record<MappedTable, readonly string[]>>> = {
  fasi: ["avanzamento", "inizioEffettiva", "fineEffettiva", "note"],
  indicatori: ["valoreRaggiunto", "valoreAtteso", "note"],
};
/** Measures: logged for every period; the other period fields only when they change. */
const MEASURES = new Set(["avanzamento", "valoreRaggiunto"]);

const ELEMENTS: Readonly<Partial<Record<MappedTable, ElementoRilevazione>>> = {
  fasi: "Fase",
  indicatori: "Indicatore",
};

type AnyRecord = Record<string, ImportValue>;

interface Entity {
  readonly record: AnyRecord;
  readonly label: string;
  /** where each field's value was set */
  readonly set: Map<string, SourcePlace>;
  /** period field -> month -> value and where */
  readonly series: Map<string, Map<Month, { value: ImportValue; place: SourcePlace }>>;
}

interface CompiledField {
  readonly col: ColumnDef;
  readonly read: (cells: readonly CellValue[]) => CellValue;
  readonly source: FieldSource;
}

interface CompiledTable {
  readonly id: MappedTable;
  readonly fields: readonly CompiledField[];
  /** the field whose value tells records of the table apart (besides the objective) */
  readonly identity: CompiledField | null;
  readonly objective: CompiledField | null;
  readonly period: ReadonlySet<string>;
  readonly entities: Map<string, Entity>;
}

function entity(record: AnyRecord, label: string): Entity {
  return { record, label, set: new Map(), series: new Map() };
}

function isEmpty(v: ImportValue): boolean {
  return v === null || v === "";
}

function shown(v: CellValue): string {
  return textOf(v).replace(/\s+/g, " ").trim();
}

function logged(v: ImportValue): string | number | null {
  return typeof v === "boolean" ? (v ? "si" : "no") : v;
}

/** Columns the mapping names that the file lacks, as Italian sentences. */
export function missingColumns(mapping: Mapping, headers: readonly string[]): string[] {
  const positions = columnPositions(headers, mappedColumns(mapping));
  return [...positions]
    .filter(([, at]) => at < 0)
    .map(([name]) => `la colonna «${name}» della mappa non c'è nel file`);
}

export class MappingEngine {
  private readonly tables: CompiledTable[];
  private readonly positions: Map<string, number>;
  private readonly codeField: CompiledField | null;
  private readonly filters: { at: number; keys: Set<string> }[];
  private readonly objectives = new Map<string, Entity>();
  private readonly counters = new Map<string, number>();
  private readonly rejected: RejectedRow[] = [];
  private readonly conflicts: FieldConflict[] = [];
  private readonly warnings: ImportWarning[] = [];
  private readonly months = new Set<Month>();
  private rows = 0;
  private filtered = 0;
  /** the mapping's period values, their keys compared as headers are */
  private readonly periodValues: ReadonlyMap<string, Month> | null;

  constructor(
    private readonly mapping: Mapping,
    headers: readonly string[],
    private readonly options: EngineOptions,
  ) {
    this.positions = columnPositions(headers, mappedColumns(mapping));
    const missing = missingColumns(mapping, headers);
    if (missing.length > 0) throw new Error(missing.join("; "));
    this.filters = [...mapping.filtro].map(([name, values]) => ({
      at: this.at(name),
      keys: new Set(values.map(headerKey)),
    }));
    const valori = mapping.periodo?.valori;
    this.periodValues = valori ? new Map([...valori].map(([k, m]) => [headerKey(k), m])) : null;
    this.tables = mapping.tables.map((t) => this.compile(t));
    const obiettivi = this.tables.find((t) => t.id === "obiettivi");
    this.codeField =
      obiettivi?.fields.find((f) => f.col.key === "codice") ??
      this.tables.map((t) => t.objective).find((f) => f !== null) ??
      null;
  }

  private at(name: string): number {
    return this.positions.get(name) ?? -1;
  }

  private reader(source: FieldSource): (cells: readonly CellValue[]) => CellValue {
    switch (source.kind) {
      case "valore":
        return () => source.valore;
      case "modello": {
        const parts = source.modello.split(/(\{[^{}]+\})/);
        const slots = parts.map((p) => (/^\{.+\}$/.test(p) ? this.at(p.slice(1, -1).trim()) : -1));
        return (cells) =>
          parts.map((p, i) => (slots[i] >= 0 ? shown(cells[slots[i]] ?? null) : p)).join("");
      }
      case "colonna": {
        const at = this.at(source.colonna);
        const re = source.estrai;
        if (re === null) return (cells) => cells[at] ?? null;
        return (cells) => {
          const m = re.exec(textOf(cells[at] ?? null));
          return m === null ? "" : (m[1] ?? m[0]);
        };
      }
    }
  }

  private compile(t: TableMapping): CompiledTable {
    const fields = [...t.fields].map(([key, source]) => ({
      col: t.table.columns.find((c) => c.key === key) as ColumnDef,
      read: this.reader(source),
      source,
    }));
    const byKey = (key: string): CompiledField | null =>
      fields.find((f) => f.col.key === key) ?? null;
    const id = t.table.id;
    const identity =
      id === "obiettivi"
        ? null
        : id === "soggetti"
          ? byKey("nominativo")
          : (byKey("numero") ?? byKey("descrizione"));
    return {
      id,
      fields,
      identity,
      objective: id === "obiettivi" ? byKey("codice") : byKey("obiettivo"),
      period: new Set(this.mapping.periodo ? (PERIOD_FIELDS[id] ?? []) : []),
      entities: new Map(),
    };
  }

  private value(field: CompiledField, cells: readonly CellValue[]): ImportValue {
    return convertValue(field.col, field.read(cells), this.options.decimal, field.source.scala);
  }

  private reject(row: number, cells: readonly CellValue[], reason: Texts): void {
    this.rejected.push({ row, reason, cells: cells.map((c) => textOf(c)) });
  }

  private period(cells: readonly CellValue[]): Month | string {
    const spec = this.mapping.periodo;
    if (!spec) return "";
    const raw = cells[this.at(spec.colonna)] ?? null;
    const text = shown(raw);
    if (this.periodValues) return this.periodValues.get(headerKey(text)) ?? text;
    if (typeof raw === "number") {
      const iso = serialToIso(raw);
      return iso === null ? text : monthOf(iso);
    }
    const date = parseDateText(text.replace(/[ T].*$/, ""));
    return parseMonthText(text) ?? (date === null ? text : monthOf(date));
  }

  /** One data row; `row` is its number as a spreadsheet shows it. */
  add(cells: readonly CellValue[], row: number): void {
    this.rows++;
    if (this.filters.some((f) => !f.keys.has(headerKey(shown(cells[f.at] ?? null))))) {
      this.filtered++;
      return;
    }
    const month = this.period(cells);
    if (this.mapping.periodo && !/^\d{4}-\d{2}$/.test(month)) {
      const spec = this.mapping.periodo;
      const values = spec.valori ? [...spec.valori.keys()].join(", ") : null;
      const hint: Texts =
        values !== null
          ? {
              it: `non è tra i «valori» del periodo nella mappa (${values})`,
              en: `is not among the period's "valori" in the mapping (${values})`,
            }
          : {
              it: "non è un mese (AAAA-MM) né una data: aggiungere i «valori» del periodo alla mappa",
              en: 'is neither a month (YYYY-MM) nor a date: add the period\'s "valori" to the mapping',
            };
      this.reject(row, cells, {
        it: `periodo «${month}» nella colonna «${spec.colonna}»: ${hint.it}`,
        en: `period "${month}" in the column "${spec.colonna}": ${hint.en}`,
      });
      return;
    }
    const code = this.codeField ? String(this.value(this.codeField, cells) ?? "") : "";
    if (code === "") {
      this.reject(row, cells, this.noCode(cells));
      return;
    }
    const place: SourcePlace = { row };
    for (const table of this.tables) this.addTo(table, cells, code, place, month as Month | "");
  }

  private noCode(cells: readonly CellValue[]): Texts {
    const f = this.codeField;
    if (f === null)
      return {
        it: "la mappa non dice dove sta il codice dell'obiettivo",
        en: "the mapping does not say where the objective's code is",
      };
    if (f.source.kind === "colonna") {
      const column = f.source.colonna;
      const text = shown(cells[this.at(column)] ?? null);
      if (text !== "" && f.source.estrai) {
        const pattern = f.source.estrai.source;
        return {
          it: `manca il codice dell'obiettivo: «${text}» (colonna «${column}») non corrisponde a «${pattern}»`,
          en: `the objective's code is missing: "${text}" (column "${column}") does not match "${pattern}"`,
        };
      }
      return {
        it: `manca il codice dell'obiettivo (colonna «${column}» vuota)`,
        en: `the objective's code is missing (column "${column}" empty)`,
      };
    }
    return { it: "manca il codice dell'obiettivo", en: "the objective's code is missing" };
  }

  private objective(code: string): Entity {
    let o = this.objectives.get(code);
    if (!o) {
      o = entity(newObiettivo(code) as AnyRecord, code);
      this.objectives.set(code, o);
    }
    return o;
  }

  private addTo(
    table: CompiledTable,
    cells: readonly CellValue[],
    code: string,
    place: SourcePlace,
    month: Month | "",
  ): void {
    const own = table.objective ? String(this.value(table.objective, cells) ?? "") : "";
    const objective = own === "" ? code : own;
    const entity =
      table.id === "obiettivi"
        ? this.objective(objective)
        : this.member(table, cells, objective, place);
    if (!entity) return;
    if (table.id !== "obiettivi") this.objective(objective);
    for (const field of table.fields) {
      if (field === table.identity || field === table.objective) continue;
      const value = this.value(field, cells);
      if (isEmpty(value)) continue;
      if (table.period.has(field.col.key))
        this.addToSeries(table, entity, field.col, value, place, month as Month);
      else this.setField(table, entity, field.col, value, place);
    }
  }

  /** The phase, indicator or soggetto of this row: found, new, or none without identity. */
  private member(
    table: CompiledTable,
    cells: readonly CellValue[],
    objective: string,
    place: SourcePlace,
  ): Entity | null {
    const id = table.identity;
    const value = id ? this.value(id, cells) : null;
    if (id === null || isEmpty(value)) {
      const given = table.fields.some(
        (f) => f !== table.objective && !isEmpty(this.value(f, cells)),
      );
      if (given) {
        const what: Texts =
          id === null
            ? {
                it: "la mappa non ne indica la descrizione",
                en: "the mapping does not give its description",
              }
            : { it: `manca «${id.col.header}»`, en: `"${id.col.header}" is missing` };
        this.warnings.push({
          place,
          message: {
            it: `riga ${place.row}: ${table.id} senza identità (${what.it}): valori non importati`,
            en: `row ${place.row}: ${table.id} without identity (${what.en}): values not imported`,
          },
        });
      }
      return null;
    }
    const key = `${objective}\u0000${String(value)}`;
    let found = table.entities.get(key);
    if (!found) {
      const counter = `${table.id}\u0000${objective}`;
      let numero = value;
      if (id.col.key !== "numero") {
        numero = (this.counters.get(counter) ?? 0) + 1;
        this.counters.set(counter, numero);
      }
      const record =
        table.id === "fasi"
          ? newFase(objective, 0)
          : table.id === "indicatori"
            ? newIndicatore(objective, 0)
            : newSoggetto(objective, "");
      const r = record as AnyRecord;
      if (table.id === "soggetti") r.nominativo = value;
      else r.numero = numero;
      if (id.col.key !== "numero" && table.id !== "soggetti") r.descrizione = value;
      found = entity(r, `${objective} / ${String(table.id === "soggetti" ? value : numero)}`);
      table.entities.set(key, found);
    }
    return found;
  }

  private setField(
    table: CompiledTable,
    e: Entity,
    col: ColumnDef,
    value: ImportValue,
    place: SourcePlace,
  ): void {
    const first = e.set.get(col.key);
    if (first === undefined) {
      e.record[col.key] = value;
      e.set.set(col.key, place);
    } else if (e.record[col.key] !== value) {
      this.conflicts.push({
        table: table.id,
        key: e.label,
        field: col.header,
        kept: e.record[col.key],
        discarded: value,
        places: [first, place],
      });
    }
  }

  private addToSeries(
    table: CompiledTable,
    e: Entity,
    col: ColumnDef,
    value: ImportValue,
    place: SourcePlace,
    month: Month,
  ): void {
    this.months.add(month);
    let series = e.series.get(col.key);
    if (!series) e.series.set(col.key, (series = new Map()));
    const first = series.get(month);
    if (first === undefined) series.set(month, { value, place });
    else if (first.value !== value) {
      this.conflicts.push({
        table: table.id,
        key: e.label,
        field: `${col.header} (${month})`,
        kept: first.value,
        discarded: value,
        places: [first.place, place],
      });
    }
  }

  /** The periods' values: the latest is the field's value, each one a log row. */
  private closeSeries(table: CompiledTable, e: Entity, log: Rilevazione[]): void {
    for (const [key, series] of e.series) {
      const months = [...series.keys()].sort();
      let previous: ImportValue = null;
      for (const month of months) {
        const { value, place } = series.get(month) as { value: ImportValue; place: SourcePlace };
        if (MEASURES.has(key) || (previous !== null && previous !== value)) {
          log.push({
            periodo: month,
            obiettivo: String(e.record.obiettivo),
            elemento: ELEMENTS[table.id] as ElementoRilevazione,
            numero: typeof e.record.numero === "number" ? e.record.numero : null,
            campo: key,
            valorePrecedente: logged(previous),
            valoreNuovo: logged(value),
            nota: `Importato da ${this.options.source}, riga ${place.row}`,
            utente: this.options.utente,
            timestamp: this.options.timestamp,
          });
        }
        previous = value;
      }
      e.record[key] = previous;
    }
  }

  private records(table: CompiledTable | undefined, log: Rilevazione[]): AnyRecord[] {
    if (!table) return [];
    const order = new Map([...this.objectives.keys()].map((code, i) => [code, i]));
    const entities = [...table.entities.values()];
    for (const e of entities) this.closeSeries(table, e, log);
    return entities
      .map((e, i) => ({ e, i, o: order.get(String(e.record.obiettivo)) ?? 0 }))
      .sort((a, b) => a.o - b.o || a.i - b.i)
      .map(({ e }) => e.record);
  }

  /** The single year of the periods, when there is one. */
  private periodYear(): number | null {
    const years = new Set([...this.months].map((m) => Number(m.slice(0, 4))));
    return years.size === 1 ? [...years][0] : null;
  }

  result(): ImportResult {
    const log: Rilevazione[] = [];
    const objectives = [...this.objectives.values()].map((e) => e.record);
    const anno = this.periodYear();
    const annoMapped = tableOf(this.mapping, "obiettivi")?.fields.has("anno") === true;
    if (!annoMapped && anno !== null)
      for (const o of objectives) if (o.anno === null) o.anno = anno;
    const fasi = this.records(
      this.tables.find((t) => t.id === "fasi"),
      log,
    );
    const indicatorTable = this.tables.find((t) => t.id === "indicatori");
    const given = new Set(indicatorTable?.fields.map((f) => f.col.key) ?? []);
    const indicatori = this.records(indicatorTable, log).map((i) =>
      completeIndicator(i as Loose<Indicatore>, given),
    );
    const soggetti = this.records(
      this.tables.find((t) => t.id === "soggetti"),
      log,
    );
    const { impostazioni, settings } = this.settings(anno);
    return {
      model: {
        impostazioni,
        obiettivi: objectives as Loose<Obiettivo>[],
        fasi: fasi as Loose<Fase>[],
        indicatori,
        soggetti: soggetti as Loose<Soggetto>[],
        rilevazioni: log,
      },
      settings,
      rejected: this.rejected,
      conflicts: this.conflicts,
      warnings: this.warnings,
      sourceRows: this.rows,
      filtered: this.filtered,
    };
  }

  private settings(anno: number | null): { impostazioni: Impostazioni; settings: SettingKey[] } {
    const impostazioni = { ...defaultImpostazioni(), ...this.mapping.impostazioni };
    const settings = Object.keys(this.mapping.impostazioni) as SettingKey[];
    const latest = [...this.months].sort().pop();
    if (latest !== undefined && !settings.includes("periodoRiferimento")) {
      impostazioni.periodoRiferimento = latest;
      settings.push("periodoRiferimento");
    }
    if (anno !== null && !settings.includes("anno")) {
      impostazioni.anno = anno;
      settings.push("anno");
    }
    return { impostazioni, settings };
  }
}

/** The whole import of rows already in memory (tests, small files). */
export function importRows(
  mapping: Mapping,
  headers: readonly string[],
  rows: Iterable<{ cells: readonly CellValue[]; row: number }>,
  options: EngineOptions,
): ImportResult {
  const engine = new MappingEngine(mapping, headers, options);
  for (const r of rows) engine.add(r.cells, r.row);
  return engine.result();
}
