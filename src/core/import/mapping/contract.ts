/**
 * The mapping file (`--mappa MAPPA.json`): how the columns of a CSV or a sheet become the
 * columns of the product's tables. It is a public contract, documented in docs/importa.md:
 * other programs write it and rely on its meaning, so what it accepts changes only by adding.
 *
 * `readMapping` checks a parsed JSON value and returns either the mapping or every mistake,
 * each an Italian sentence naming where it is (e.g. «indicatori › Valore atteso: …»).
 */
import type { Impostazioni, Month, Percent } from "../../model/types";
import { SETTINGS, parseBandStarts, type SettingDef } from "../../schema/settings";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI, type TableId } from "../../schema/tables";
import type { TableDef } from "../../schema/types";
import { isMonth, parseMonthText } from "../../text/dates";
import { parseNumberText } from "../../text/numbers";
import type { Texts } from "../../text/lang";
import { headerKey } from "./headers";
import { flagOf } from "../../parse/cells";

export type MappedTable = "obiettivi" | "fasi" | "indicatori" | "soggetti";

export const MAPPED_TABLES: readonly TableDef<MappedTable>[] = [
  OBIETTIVI,
  FASI,
  INDICATORI,
  SOGGETTI,
];

export type Constant = string | number | boolean;

export type FieldSource = (
  | { readonly kind: "colonna"; readonly colonna: string; readonly estrai: RegExp | null }
  | { readonly kind: "modello"; readonly modello: string; readonly colonne: readonly string[] }
  | { readonly kind: "valore"; readonly valore: Constant }
) & {
  /** a factor the number is multiplied by, e.g. 100 for fractions */
  readonly scala: number | null;
};

export interface TableMapping {
  readonly table: TableDef<MappedTable>;
  /** column key -> where its value comes from */
  readonly fields: ReadonlyMap<string, FieldSource>;
}

export interface Mapping {
  /** column -> the values a row must have there to be imported */
  readonly filtro: ReadonlyMap<string, readonly string[]>;
  readonly periodo: {
    readonly colonna: string;
    /** the column's values -> months; null: the column holds the month or a date */
    readonly valori: ReadonlyMap<string, Month> | null;
  } | null;
  readonly tables: readonly TableMapping[];
  readonly impostazioni: Partial<Impostazioni>;
  /** the decimal separator of the numbers written as text; null: found from the file */
  readonly decimali: "," | "." | null;
}

/** The JSON shape of the mapping file, as the proposer writes it. */
export type MappingJson = {
  filtro?: Record<string, Constant | Constant[]>;
  periodo?: { colonna: string; valori?: Record<string, string> };
  impostazioni?: Record<string, Constant>;
  decimali?: "," | ".";
} & Partial<Record<MappedTable, Record<string, FieldJson>>>;

export type FieldJson =
  | string
  | { colonna: string; estrai?: string; scala?: number }
  | { modello: string; scala?: number }
  | { valore: Constant; scala?: number };

const TOP_KEYS = [
  "filtro",
  "periodo",
  "impostazioni",
  "decimali",
  ...MAPPED_TABLES.map((t) => t.id),
];

/** "{Indicatore} ({Unità})" -> ["Indicatore", "Unità"] */
export function templateColumns(template: string): string[] {
  return [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1].trim());
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isConstant(v: unknown): v is Constant {
  return (
    typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))
  );
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

function unexpectedKey(key: string): Texts {
  return { it: `chiave non prevista: «${key}»`, en: `unexpected key: "${key}"` };
}

class Reader {
  readonly errors: Texts[] = [];

  fail(where: string, message: Texts): void {
    this.errors.push({ it: `${where}: ${message.it}`, en: `${where}: ${message.en}` });
  }

  column(where: string, v: unknown): string | null {
    if (typeof v === "string" && v.trim() !== "") return v.trim();
    this.fail(where, {
      it: `serve il nome di una colonna del file (testo non vuoto), trovato ${show(v)}`,
      en: `needs the name of a column of the file (non-empty text), found ${show(v)}`,
    });
    return null;
  }

  field(where: string, v: unknown): FieldSource | null {
    if (typeof v === "string") {
      const colonna = this.column(where, v);
      return colonna === null ? null : { kind: "colonna", colonna, estrai: null, scala: null };
    }
    if (!isObject(v)) {
      this.fail(where, {
        it: `serve il nome di una colonna o un oggetto con «colonna», «modello» o «valore», trovato ${show(v)}`,
        en: `needs the name of a column or an object with "colonna", "modello" or "valore", found ${show(v)}`,
      });
      return null;
    }
    const kinds = ["colonna", "modello", "valore"].filter((k) => k in v);
    const unknown = Object.keys(v).filter((k) => ![...kinds, "estrai", "scala"].includes(k));
    if (kinds.length !== 1) {
      this.fail(where, {
        it: "serve esattamente una tra «colonna», «modello» e «valore»",
        en: 'needs exactly one of "colonna", "modello" and "valore"',
      });
      return null;
    }
    if (unknown.length > 0) this.fail(where, unexpectedKey(unknown[0]));
    let scala: number | null = null;
    if ("scala" in v) {
      if (typeof v.scala === "number" && Number.isFinite(v.scala) && v.scala !== 0) scala = v.scala;
      else
        this.fail(where, {
          it: `«scala» deve essere un numero diverso da zero, trovato ${show(v.scala)}`,
          en: `"scala" must be a number other than zero, found ${show(v.scala)}`,
        });
    }
    if ("estrai" in v && kinds[0] !== "colonna")
      this.fail(where, {
        it: "«estrai» vale solo con «colonna»",
        en: '"estrai" goes only with "colonna"',
      });
    switch (kinds[0]) {
      case "colonna": {
        const colonna = this.column(where, v.colonna);
        let estrai: RegExp | null = null;
        if ("estrai" in v) {
          if (typeof v.estrai !== "string" || v.estrai === "") {
            this.fail(where, {
              it: "«estrai» deve essere un'espressione regolare (testo)",
              en: '"estrai" must be a regular expression (text)',
            });
          } else {
            try {
              estrai = new RegExp(v.estrai, "u");
            } catch (e) {
              const detail = (e as Error).message;
              this.fail(where, {
                it: `«estrai» non è un'espressione regolare valida: ${detail}`,
                en: `"estrai" is not a valid regular expression: ${detail}`,
              });
            }
          }
        }
        return colonna === null ? null : { kind: "colonna", colonna, estrai, scala };
      }
      case "modello": {
        if (typeof v.modello !== "string" || templateColumns(v.modello).length === 0) {
          this.fail(where, {
            it: "«modello» deve essere un testo con almeno una {Colonna}",
            en: '"modello" must be a text with at least one {Colonna}',
          });
          return null;
        }
        return { kind: "modello", modello: v.modello, colonne: templateColumns(v.modello), scala };
      }
      default:
        if (!isConstant(v.valore)) {
          this.fail(where, {
            it: `«valore» deve essere un testo, un numero o vero/falso, trovato ${show(v.valore)}`,
            en: `"valore" must be a text, a number or true/false, found ${show(v.valore)}`,
          });
          return null;
        }
        return { kind: "valore", valore: v.valore, scala };
    }
  }

  table(def: TableDef<MappedTable>, v: unknown): TableMapping | null {
    if (!isObject(v)) {
      this.fail(def.id, {
        it: "serve un oggetto: intestazione della tabella -> colonna del file",
        en: "needs an object: the table's header -> the file's column",
      });
      return null;
    }
    const fields = new Map<string, FieldSource>();
    for (const [header, source] of Object.entries(v)) {
      const where = `${def.id} › ${header}`;
      const col = def.columns.find((c) => headerKey(c.header) === headerKey(header));
      if (!col) {
        const names = def.columns.filter((c) => c.computed !== true).map((c) => c.header);
        this.fail(where, {
          it: `non è una colonna della tabella. Le colonne sono: ${names.join(", ")}`,
          en: `is not a column of the table. The columns are: ${names.join(", ")}`,
        });
        continue;
      }
      if (col.computed === true) {
        this.fail(where, {
          it: "è una colonna calcolata dal programma: non si importa",
          en: "is a column the program computes: it is not imported",
        });
        continue;
      }
      const f = this.field(where, source);
      if (f) fields.set(col.key, f);
    }
    return { table: def, fields };
  }

  filtro(v: unknown): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (!isObject(v)) {
      this.fail("filtro", {
        it: "serve un oggetto: colonna -> valore o elenco di valori",
        en: "needs an object: column -> value or list of values",
      });
      return out;
    }
    for (const [colonna, value] of Object.entries(v)) {
      const values = Array.isArray(value) ? value : [value];
      if (values.length === 0 || !values.every(isConstant)) {
        this.fail(`filtro › ${colonna}`, {
          it: `serve un valore o un elenco di valori, trovato ${show(value)}`,
          en: `needs a value or a list of values, found ${show(value)}`,
        });
      } else
        out.set(
          colonna,
          values.map((x) => String(x).trim()),
        );
    }
    return out;
  }

  periodo(v: unknown): Mapping["periodo"] {
    if (!isObject(v)) {
      this.fail("periodo", {
        it: "serve un oggetto con «colonna» e, se servono, i «valori»",
        en: 'needs an object with "colonna" and, if needed, the "valori"',
      });
      return null;
    }
    const colonna = this.column("periodo › colonna", v.colonna);
    let valori: Map<string, Month> | null = null;
    if ("valori" in v) {
      valori = new Map();
      if (!isObject(v.valori))
        this.fail("periodo › valori", {
          it: "serve un oggetto: valore della colonna -> mese AAAA-MM",
          en: "needs an object: the column's value -> month YYYY-MM",
        });
      else {
        for (const [key, month] of Object.entries(v.valori)) {
          if (isMonth(month)) valori.set(key.trim(), month);
          else
            this.fail(`periodo › valori › ${key}`, {
              it: `serve un mese AAAA-MM (es. 2024-03), trovato ${show(month)}`,
              en: `needs a month YYYY-MM (e.g. 2024-03), found ${show(month)}`,
            });
        }
      }
    }
    const extra = Object.keys(v).filter((k) => k !== "colonna" && k !== "valori");
    if (extra.length > 0) this.fail("periodo", unexpectedKey(extra[0]));
    return colonna === null ? null : { colonna, valori };
  }

  impostazioni(v: unknown): Partial<Impostazioni> {
    const out: Partial<Record<string, unknown>> = {};
    if (!isObject(v)) {
      this.fail("impostazioni", {
        it: "serve un oggetto: chiave dell'impostazione -> valore",
        en: "needs an object: the setting's key -> value",
      });
      return out;
    }
    for (const [key, value] of Object.entries(v)) {
      const def = SETTINGS.find((s) => s.key.toLowerCase() === key.toLowerCase());
      if (!def) {
        const keys = SETTINGS.map((s) => s.key).join(", ");
        this.fail(`impostazioni › ${key}`, {
          it: `impostazione sconosciuta. Sono: ${keys}`,
          en: `unknown setting. They are: ${keys}`,
        });
      } else {
        const read = isConstant(value) ? settingValue(def, value) : null;
        if (read === null)
          this.fail(`impostazioni › ${key}`, {
            it: `${show(value)} non è un valore valido`,
            en: `${show(value)} is not a valid value`,
          });
        else out[def.key] = read;
      }
    }
    return out as Partial<Impostazioni>;
  }
}

/** A constant of the mapping as the value of a setting; null when it does not fit. */
function settingValue(
  def: SettingDef,
  value: Constant,
): string | number | boolean | Month[] | Percent[] | null {
  const text = String(value).trim();
  switch (def.type) {
    case "text":
      return text;
    case "integer":
    case "percent": {
      const n = typeof value === "number" ? value : (parseNumberText(text)?.value ?? null);
      if (n === null || (def.type === "integer" && !Number.isInteger(n))) return null;
      return def.type === "percent" && (n < 0 || n > 100) ? null : n;
    }
    case "month":
      return parseMonthText(text);
    case "flag":
      return flagOf(value);
    case "monthList": {
      const months = text
        .split(/[;,]/)
        .filter((p) => p.trim() !== "")
        .map(parseMonthText);
      return months.every((m) => m !== null) ? (months as Month[]) : null;
    }
    case "bandStarts":
      return parseBandStarts(text);
  }
}

/** Checks a parsed mapping file: the mapping, or every mistake found in it. */
export function readMapping(json: unknown): { mapping: Mapping } | { errors: Texts[] } {
  const r = new Reader();
  if (!isObject(json)) {
    return {
      errors: [
        {
          it: "la mappa deve essere un oggetto JSON { … }",
          en: "the mapping must be a JSON object { … }",
        },
      ],
    };
  }
  for (const key of Object.keys(json)) {
    // keys starting with $ or _ are left to the writer (comments, a schema)
    if (!TOP_KEYS.includes(key) && !/^[$_]/.test(key)) {
      r.fail(key, {
        it: `chiave non prevista. Le chiavi sono: ${TOP_KEYS.join(", ")}`,
        en: `unexpected key. The keys are: ${TOP_KEYS.join(", ")}`,
      });
    }
  }
  const tables = MAPPED_TABLES.filter((def) => def.id in json)
    .map((def) => r.table(def, json[def.id]))
    .filter((t): t is TableMapping => t !== null);
  if (tables.every((t) => t.fields.size === 0)) {
    r.fail("mappa", {
      it: "nessuna colonna mappata: serve almeno «obiettivi», «fasi» o «indicatori»",
      en: 'no column mapped: at least "obiettivi", "fasi" or "indicatori" is needed',
    });
  } else if (
    !tables.some((t) => t.fields.has(t.table.id === "obiettivi" ? "codice" : "obiettivo"))
  ) {
    r.fail("mappa", {
      it:
        "manca il codice dell'obiettivo: indicarlo in «obiettivi › Codice» " +
        "(o in «Obiettivo» di fasi, indicatori o soggetti)",
      en:
        'the objective\'s code is missing: give it in "obiettivi › Codice" ' +
        '(or in "Obiettivo" of fasi, indicatori or soggetti)',
    });
  }
  const decimali = json.decimali ?? null;
  if (decimali !== null && decimali !== "," && decimali !== ".") {
    r.fail("decimali", {
      it: `vale "," oppure ".", trovato ${show(decimali)}`,
      en: `is "," or ".", found ${show(decimali)}`,
    });
  }
  const mapping: Mapping = {
    filtro: "filtro" in json ? r.filtro(json.filtro) : new Map(),
    periodo: "periodo" in json ? r.periodo(json.periodo) : null,
    tables,
    impostazioni: "impostazioni" in json ? r.impostazioni(json.impostazioni) : {},
    decimali: decimali === "," || decimali === "." ? decimali : null,
  };
  return r.errors.length > 0 ? { errors: r.errors } : { mapping };
}

/** Every column of the file the mapping names. */
export function mappedColumns(mapping: Mapping): string[] {
  const names = new Set<string>([...mapping.filtro.keys()]);
  if (mapping.periodo) names.add(mapping.periodo.colonna);
  for (const t of mapping.tables) {
    for (const f of t.fields.values()) {
      if (f.kind === "colonna") names.add(f.colonna);
      if (f.kind === "modello") f.colonne.forEach((c) => names.add(c));
    }
  }
  return [...names];
}

export function tableOf(mapping: Mapping, id: TableId): TableMapping | undefined {
  return mapping.tables.find((t) => t.table.id === id);
}
