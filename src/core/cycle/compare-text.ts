/**
 * A change of `confronta` in Italian words, the same in the terminal and in the printed
 * Prospetto variazioni: which element, what happened to it, its values before and after.
 */
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../schema/tables";
import type { TableDef } from "../schema/types";
import { formatDateIt } from "../text/dates";
import { formatNumberIt } from "../text/numbers";
import type { Change, ElementKind, FieldValue, RecordValue, YearPairing } from "./compare";
import { renameCode } from "./next-year";

const DEFS: Readonly<Record<ElementKind, TableDef>> = {
  obiettivo: OBIETTIVI,
  fase: FASI,
  indicatore: INDICATORI,
  soggetto: SOGGETTI,
};

/** The past participle agrees with the element: "fase aggiunta", "indicatore aggiunto". */
export function changeVerb(c: Change): string {
  const feminine = c.element === "fase";
  return feminine ? `${c.kind.slice(0, -1)}a` : c.kind;
}

/** "obiettivo", "fase 2", "soggetto «DAL PIAZ BARBARA»" */
export function changeSubject(c: Change): string {
  if (c.element === "obiettivo") return "obiettivo";
  if (c.element === "soggetto") return `soggetto «${c.name ?? ""}»`;
  return `${c.element} ${c.number ?? ""}`;
}

/** A value as people read it: Italian numbers and dates, si/no, text in «» (cut at `max`). */
export function valueText(value: FieldValue, type: string | undefined, max = 70): string {
  if (value === null || value === "") return "(vuoto)";
  if (typeof value === "boolean") return value ? "si" : "no";
  // years and numbers of phases read without a thousands dot (2021, not 2.021)
  if (typeof value === "number") return type === "integer" ? String(value) : formatNumberIt(value);
  if (type === "date") return formatDateIt(value);
  const text = value.replace(/\s+/g, " ");
  return `«${text.length > max ? `${text.slice(0, max - 1)}…` : text}»`;
}

/** Before and after of a change: the field's values, or the description of what came or went. */
export function changeValues(c: Change, max = 70): { before: string; after: string } {
  if (c.kind === "modificato") {
    const type = DEFS[c.element].columns.find((col) => col.header === c.field)?.type;
    return {
      before: valueText(c.before as FieldValue, type, max),
      after: valueText(c.after as FieldValue, type, max),
    };
  }
  const record = (c.kind === "aggiunto" ? c.after : c.before) as RecordValue | null;
  const what =
    c.element === "soggetto" || typeof record?.descrizione !== "string"
      ? ""
      : valueText(record.descrizione, "text", max);
  return c.kind === "aggiunto" ? { before: "", after: what } : { before: what, after: "" };
}

/** How two years' codes were paired, with an example from the older plan's codes. */
export function pairingText(pairing: YearPairing, olderCodes: readonly string[]): string {
  const { fromYear, toYear } = pairing;
  const rule = `i codici che iniziano con ${fromYear} sono abbinati a quelli con ${toYear}, come li rinomina nuovo-anno`;
  const from = olderCodes.find((c) => renameCode(c, fromYear, toYear) !== c);
  return from === undefined
    ? `${rule}; nessun codice inizia con ${fromYear}: abbinati i codici uguali`
    : `${rule} (${from} → ${renameCode(from, fromYear, toYear)})`;
}
