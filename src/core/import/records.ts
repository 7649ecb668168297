/**
 * New records for the imported tables, and the columns of an indicator the sources rarely
 * give (unità, polarità, regola), filled by the rules of docs/importa.md.
 */
import type { Fase, Indicatore, Obiettivo, Soggetto, UnitaIndicatore } from "../model/types";
import { emptyValue } from "../parse/cells";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../schema/tables";
import type { TableDef } from "../schema/types";
import type { Loose } from "./types";

/** Every non-computed column of the table with its empty value, in the table's order. */
function emptyRecord<T>(def: TableDef): Loose<T> {
  const record: Record<string, unknown> = {};
  for (const col of def.columns) if (col.computed !== true) record[col.key] = emptyValue(col);
  return record as Loose<T>;
}

export function newObiettivo(codice: string): Loose<Obiettivo> {
  return { ...emptyRecord<Obiettivo>(OBIETTIVI), codice };
}

export function newFase(obiettivo: string, numero: number): Loose<Fase> {
  return { ...emptyRecord<Fase>(FASI), obiettivo, numero };
}

export function newIndicatore(obiettivo: string, numero: number): Loose<Indicatore> {
  return { ...emptyRecord<Indicatore>(INDICATORI), obiettivo, numero };
}

export function newSoggetto(obiettivo: string, nominativo: string): Loose<Soggetto> {
  return { ...emptyRecord<Soggetto>(SOGGETTI), obiettivo, nominativo };
}

/** "si=1 no=0", "(si=1, no=0)", "sì = 1, no = 0": the indicator is a yes/no one */
const YES_NO_CODING = /(^|[^\p{L}])s[iì]\s*=\s*1\s*,?\s*no\s*=\s*0(?!\d)/iu;

/** The percentages a text mentions: "il 90% della…" -> [90] */
function mentionedPercents(text: string): number[] {
  return [...text.matchAll(/(\d+(?:,\d+)?)\s*%/g)].map((m) => Number(m[1].replace(",", ".")));
}

/**
 * Unità when the source does not give it: «si/no» when the description or the note codes
 * it as si=1 no=0; «percentuale» when the description states the target as a percentage
 * («il 90% della…» with valore atteso 90); otherwise «numero».
 */
export function inferredUnit(
  descrizione: string,
  note: string,
  valoreAtteso: unknown,
): UnitaIndicatore {
  if (YES_NO_CODING.test(`${descrizione} ${note}`)) return "si/no";
  if (typeof valoreAtteso === "number" && mentionedPercents(descrizione).includes(valoreAtteso)) {
    return "percentuale";
  }
  return "numero";
}

/**
 * Fills the indicator columns `given` does not include: unità as `inferredUnit`, polarità
 * «crescente», regola «si/no» for a yes/no indicator and «lineare» otherwise.
 */
export function completeIndicator(
  indicator: Loose<Indicatore>,
  given: ReadonlySet<string>,
): Loose<Indicatore> {
  const out = { ...indicator };
  if (!given.has("unita")) {
    out.unita = inferredUnit(String(out.descrizione), String(out.note), out.valoreAtteso);
  }
  if (!given.has("polarita")) out.polarita = "crescente";
  if (!given.has("regola")) out.regola = out.unita === "si/no" ? "si/no" : "lineare";
  return out;
}
