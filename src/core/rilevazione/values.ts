/**
 * Checks of a single edited value: type, range, calendar validity. Each problem is a
 * sentence, in the language asked, that names the element and says what to enter instead.
 */
import type { RilevazioneEdit } from "./types";
import { isIsoDate } from "../text/dates";
import { quoted, type Lang, type Texts } from "../text/lang";

/** "Fase 2" / "Indicatore 1" as the form shows them ("Phase 2" / "Indicator 1" in English) */
export function elementLabel(
  edit: Pick<RilevazioneEdit, "elemento" | "numero">,
  lang: Lang,
): string {
  const name = lang === "en" ? (edit.elemento === "Fase" ? "Phase" : "Indicator") : edit.elemento;
  return `${name} ${edit.numero}`;
}

/** the fields a rilevazione may change, per element */
export const FIELDS: Record<RilevazioneEdit["elemento"], readonly RilevazioneEdit["campo"][]> = {
  Fase: ["avanzamento", "inizioEffettiva", "fineEffettiva", "note"],
  Indicatore: ["valoreRaggiunto", "valoreAtteso", "note"],
};

const FIELD_NAMES: Record<RilevazioneEdit["campo"], Texts> = {
  avanzamento: { it: "l'avanzamento", en: "the progress" },
  inizioEffettiva: { it: "l'inizio effettivo", en: "the actual start" },
  fineEffettiva: { it: "la fine effettiva", en: "the actual end" },
  note: { it: "la nota", en: "the note" },
  valoreRaggiunto: { it: "il valore raggiunto", en: "the value reached" },
  valoreAtteso: { it: "il valore atteso", en: "the target value" },
};

export function fieldName(campo: RilevazioneEdit["campo"], lang: Lang): string {
  return FIELD_NAMES[campo][lang];
}

function shown(v: unknown, lang: Lang): string {
  return typeof v === "string" ? quoted(v, lang) : String(v);
}

/** null when the value fits the field, else the reason in `lang` */
export function valueProblem(edit: RilevazioneEdit, lang: Lang): string | null {
  const who = elementLabel(edit, lang);
  if (!FIELDS[edit.elemento].includes(edit.campo)) {
    return {
      it: `${who}: il campo «${edit.campo}» non si modifica dalla rilevazione mensile.`,
      en: `${who}: the field "${edit.campo}" cannot be changed by the monthly entry.`,
    }[lang];
  }
  const v = edit.value;
  if (v === null) return null;
  const name = fieldName(edit.campo, lang);
  const was = shown(v, lang);
  switch (edit.campo) {
    case "avanzamento":
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 100) {
        return {
          it: `${who}: ${name} deve essere un numero da 0 a 100 (inserito ${was}).`,
          en: `${who}: ${name} must be a number from 0 to 100 (entered ${was}).`,
        }[lang];
      }
      return null;
    case "valoreRaggiunto":
    case "valoreAtteso":
      if (typeof v !== "number" || !Number.isFinite(v)) {
        return {
          it: `${who}: ${name} deve essere un numero (inserito ${was}).`,
          en: `${who}: ${name} must be a number (entered ${was}).`,
        }[lang];
      }
      return null;
    case "inizioEffettiva":
    case "fineEffettiva":
      if (!isIsoDate(v)) {
        return {
          it: `${who}: ${name} non è una data valida (inserito ${was}): controlla giorno, mese e anno.`,
          en: `${who}: ${name} is not a valid date (entered ${was}): check day, month and year.`,
        }[lang];
      }
      return null;
    case "note":
      return typeof v === "string"
        ? null
        : { it: `${who}: la nota deve essere un testo.`, en: `${who}: the note must be text.` }[
            lang
          ];
  }
}
