/**
 * Checks of a single edited value: type, range, calendar validity. Each problem is an
 * Italian sentence that names the element and says what to enter instead.
 */
import type { RilevazioneEdit } from "./types";
import { isIsoDate } from "../text/dates";

/** "Fase 2" / "Indicatore 1" as the form shows them */
export function elementLabel(edit: Pick<RilevazioneEdit, "elemento" | "numero">): string {
  return `${edit.elemento} ${edit.numero}`;
}

/** the fields a rilevazione may change, per element */
export const FIELDS: Record<RilevazioneEdit["elemento"], readonly RilevazioneEdit["campo"][]> = {
  Fase: ["avanzamento", "inizioEffettiva", "fineEffettiva", "note"],
  Indicatore: ["valoreRaggiunto", "valoreAtteso", "note"],
};

const FIELD_NAMES: Record<RilevazioneEdit["campo"], string> = {
  avanzamento: "l'avanzamento",
  inizioEffettiva: "l'inizio effettivo",
  fineEffettiva: "la fine effettiva",
  note: "la nota",
  valoreRaggiunto: "il valore raggiunto",
  valoreAtteso: "il valore atteso",
};

export function fieldName(campo: RilevazioneEdit["campo"]): string {
  return FIELD_NAMES[campo];
}

function shown(v: unknown): string {
  return typeof v === "string" ? `«${v}»` : String(v);
}

/** null when the value fits the field, else the Italian reason */
export function valueProblem(edit: RilevazioneEdit): string | null {
  const who = elementLabel(edit);
  if (!FIELDS[edit.elemento].includes(edit.campo)) {
    return `${who}: il campo «${edit.campo}» non si modifica dalla rilevazione mensile.`;
  }
  const v = edit.value;
  if (v === null) return null;
  const name = fieldName(edit.campo);
  switch (edit.campo) {
    case "avanzamento":
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 100) {
        return `${who}: ${name} deve essere un numero da 0 a 100 (inserito ${shown(v)}).`;
      }
      return null;
    case "valoreRaggiunto":
    case "valoreAtteso":
      if (typeof v !== "number" || !Number.isFinite(v)) {
        return `${who}: ${name} deve essere un numero (inserito ${shown(v)}).`;
      }
      return null;
    case "inizioEffettiva":
    case "fineEffettiva":
      if (!isIsoDate(v)) {
        return `${who}: ${name} non è una data valida (inserito ${shown(v)}): controlla giorno, mese e anno.`;
      }
      return null;
    case "note":
      return typeof v === "string" ? null : `${who}: la nota deve essere un testo.`;
  }
}
