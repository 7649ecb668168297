/**
 * A change of `confronta` in words, the same in the terminal and in the printed Prospetto
 * variazioni: which element, what happened to it, its values before and after. Italian
 * unless `lang` says "en" (the prospetto is always Italian).
 */
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../schema/tables";
import type { TableDef } from "../schema/types";
import { formatDate } from "../text/dates";
import { quoted, type Lang } from "../text/lang";
import { formatNumber } from "../text/numbers";
import type {
  Change,
  ChangeKind,
  ElementKind,
  FieldValue,
  RecordValue,
  YearPairing,
} from "./compare";
import { renameCode } from "./next-year";

const DEFS: Readonly<Record<ElementKind, TableDef>> = {
  obiettivo: OBIETTIVI,
  fase: FASI,
  indicatore: INDICATORI,
  soggetto: SOGGETTI,
};

const KIND_EN: Readonly<Record<ChangeKind, string>> = {
  aggiunto: "added",
  rimosso: "removed",
  modificato: "changed",
};

const ELEMENT_EN: Readonly<Record<ElementKind, string>> = {
  obiettivo: "objective",
  fase: "phase",
  indicatore: "indicator",
  soggetto: "person",
};

/** The past participle agrees with the element: "fase aggiunta", "indicatore aggiunto". */
export function changeVerb(c: Change, lang: Lang = "it"): string {
  if (lang === "en") return KIND_EN[c.kind];
  const feminine = c.element === "fase";
  return feminine ? `${c.kind.slice(0, -1)}a` : c.kind;
}

/** "obiettivo", "fase 2", "soggetto «DAL PIAZ BARBARA»"; "phase 2", `person "…"` in English */
export function changeSubject(c: Change, lang: Lang = "it"): string {
  const element = lang === "en" ? ELEMENT_EN[c.element] : c.element;
  if (c.element === "obiettivo") return element;
  if (c.element === "soggetto") return `${element} ${quoted(c.name ?? "", lang)}`;
  return `${element} ${c.number ?? ""}`;
}

/** One change in a line: «fase 1 modificata: Fine prevista: 31/12/2021 → 31/10/2021». */
export function changeLine(c: Change, lang: Lang = "it"): string {
  const { before, after } = changeValues(c, undefined, lang);
  const head = `${changeSubject(c, lang)} ${changeVerb(c, lang)}`;
  if (c.kind === "modificato") return `${head}: ${c.field}: ${before} → ${after}`;
  const what = c.kind === "aggiunto" ? after : before;
  return `${head}${what ? `: ${what}` : ""}`;
}

/** A value as people read it: numbers and dates of `lang`, si/no, text quoted (cut at `max`). */
export function valueText(
  value: FieldValue,
  type: string | undefined,
  max = 70,
  lang: Lang = "it",
): string {
  const en = lang === "en";
  if (value === null || value === "") return en ? "(empty)" : "(vuoto)";
  if (typeof value === "boolean") return value ? (en ? "yes" : "si") : "no";
  // years and numbers of phases read without a thousands separator (2021, not 2.021)
  if (typeof value === "number")
    return type === "integer" ? String(value) : formatNumber(value, lang);
  if (type === "date") return formatDate(value, lang);
  const text = value.replace(/\s+/g, " ");
  return quoted(text.length > max ? `${text.slice(0, max - 1)}…` : text, lang);
}

/** Before and after of a change: the field's values, or the description of what came or went. */
export function changeValues(
  c: Change,
  max = 70,
  lang: Lang = "it",
): { before: string; after: string } {
  if (c.kind === "modificato") {
    const type = DEFS[c.element].columns.find((col) => col.header === c.field)?.type;
    return {
      before: valueText(c.before as FieldValue, type, max, lang),
      after: valueText(c.after as FieldValue, type, max, lang),
    };
  }
  const record = (c.kind === "aggiunto" ? c.after : c.before) as RecordValue | null;
  const what =
    c.element === "soggetto" || typeof record?.descrizione !== "string"
      ? ""
      : valueText(record.descrizione, "text", max, lang);
  return c.kind === "aggiunto" ? { before: "", after: what } : { before: what, after: "" };
}

/**
 * How two years' codes were paired, with an example from the older plan's codes; with
 * `afterCarry`, that only the changes made after `nuovo-anno` are listed.
 */
export function pairingText(
  pairing: YearPairing,
  olderCodes: readonly string[],
  lang: Lang = "it",
  afterCarry = false,
): string {
  const { fromYear, toYear } = pairing;
  const en = lang === "en";
  const rule = en
    ? `the codes starting with ${fromYear} are paired with those with ${toYear}, as nuovo-anno renames them`
    : `i codici che iniziano con ${fromYear} sono abbinati a quelli con ${toYear}, come li rinomina nuovo-anno`;
  const from = olderCodes.find((c) => renameCode(c, fromYear, toYear) !== c);
  const paired =
    from !== undefined
      ? `${rule} (${from} → ${renameCode(from, fromYear, toYear)})`
      : en
        ? `${rule}; no code starts with ${fromYear}: equal codes paired`
        : `${rule}; nessun codice inizia con ${fromYear}: abbinati i codici uguali`;
  if (!afterCarry) return paired;
  return en
    ? `${paired}; only the changes made after nuovo-anno are listed, not what it changes by itself (year, dates, last years' values: all with --tutto)`
    : `${paired}; sono elencate solo le variazioni fatte dopo nuovo-anno, non ciò che cambia da sé (anno, date, valori degli anni prima: tutto con --tutto)`;
}
