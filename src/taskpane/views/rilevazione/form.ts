/**
 * The rilevazione form as data: which fields an objective has, how typed text becomes a value
 * (Italian numbers "3.500,5", "90%", dates dd/mm/yyyy) and which edits a save sends. Pure:
 * the component keeps the typed texts, everything else is derived here.
 */
import { sameValue } from "../../../core/rilevazione/same";
import type { EditableField, RilevazioneEdit } from "../../../core/rilevazione/types";
import type { CellValue } from "../../../core/schema/raw";
import type { PegModel } from "../../../core/model/types";
import { formatDateIt, parseDateText, serialToIso } from "../../../core/text/dates";
import { formatNumberIt, parseNumberText } from "../../../core/text/numbers";

export type FieldKind = "percent" | "number" | "date" | "text" | "yesno";
export type Elemento = RilevazioneEdit["elemento"];
export type FieldKey = string;

export interface FieldSpec {
  readonly key: FieldKey;
  readonly elemento: Elemento;
  readonly numero: number;
  readonly campo: EditableField;
  readonly kind: FieldKind;
  /** the value as loaded: what `previous` must say */
  readonly loaded: string | number | null;
}

/** why a typed text is not accepted; the view turns it into a sentence */
export type FieldError = "number" | "percent" | "date" | "yesno";

export type Parsed =
  | { readonly ok: true; readonly value: string | number | null }
  | { readonly ok: false; readonly error: FieldError };

export function fieldKey(elemento: Elemento, numero: number, campo: EditableField): FieldKey {
  return `${elemento}|${numero}|${campo}`;
}

function spec(
  elemento: Elemento,
  numero: number,
  campo: EditableField,
  kind: FieldKind,
  loaded: string | number | null,
): FieldSpec {
  return { key: fieldKey(elemento, numero, campo), elemento, numero, campo, kind, loaded };
}

/** every editable field of one objective, phases first, in their order */
export function fieldsOf(model: PegModel, codice: string): FieldSpec[] {
  const fasi = model.fasi.filter((f) => f.obiettivo === codice).sort((a, b) => a.numero - b.numero);
  const indicatori = model.indicatori
    .filter((i) => i.obiettivo === codice)
    .sort((a, b) => a.numero - b.numero);
  return [
    ...fasi.flatMap((f) => [
      spec("Fase", f.numero, "avanzamento", "percent", f.avanzamento),
      spec("Fase", f.numero, "inizioEffettiva", "date", f.inizioEffettiva),
      spec("Fase", f.numero, "fineEffettiva", "date", f.fineEffettiva),
      spec("Fase", f.numero, "note", "text", f.note),
    ]),
    ...indicatori.flatMap((i) => {
      const kind: FieldKind = i.unita === "si/no" ? "yesno" : "number";
      return [
        spec("Indicatore", i.numero, "valoreRaggiunto", kind, i.valoreRaggiunto),
        spec("Indicatore", i.numero, "valoreAtteso", kind, i.valoreAtteso),
        spec("Indicatore", i.numero, "note", "text", i.note),
      ];
    }),
  ];
}

/** the text a field shows for a value: "3.500,5", "31/12/2021", "1"/"0" for sì/no */
export function textOf(kind: FieldKind, value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return kind === "yesno" ? String(value) : formatNumberIt(value);
  return kind === "date" ? formatDateIt(value) : value;
}

export function parseField(kind: FieldKind, text: string): Parsed {
  const s = text.trim();
  if (kind === "text") return { ok: true, value: text };
  if (s === "") return { ok: true, value: null };
  switch (kind) {
    case "date": {
      const iso = parseDateText(s);
      return iso ? { ok: true, value: iso } : { ok: false, error: "date" };
    }
    case "yesno":
      return s === "1" || s === "0"
        ? { ok: true, value: Number(s) }
        : { ok: false, error: "yesno" };
    case "percent": {
      const n = parseNumberText(s);
      if (!n) return { ok: false, error: "percent" };
      return n.value >= 0 && n.value <= 100
        ? { ok: true, value: n.value }
        : { ok: false, error: "percent" };
    }
    case "number": {
      const n = parseNumberText(s);
      return n ? { ok: true, value: n.value } : { ok: false, error: "number" };
    }
  }
}

export interface FormState {
  /** typed texts, only for fields the user touched */
  readonly drafts: Readonly<Record<FieldKey, string>>;
  /** reasons for changes of valore atteso */
  readonly motivazioni: Readonly<Record<FieldKey, string>>;
}

export interface BuiltEdits {
  readonly edits: RilevazioneEdit[];
  readonly errors: Record<FieldKey, FieldError>;
}

/** the edits to send: touched fields whose value differs from the loaded one */
export function buildEdits(specs: readonly FieldSpec[], form: FormState): BuiltEdits {
  const edits: RilevazioneEdit[] = [];
  const errors: Record<FieldKey, FieldError> = {};
  for (const s of specs) {
    const draft = form.drafts[s.key];
    if (draft === undefined) continue;
    const parsed = parseField(s.kind, draft);
    if (!parsed.ok) {
      errors[s.key] = parsed.error;
      continue;
    }
    if (sameValue(parsed.value, s.loaded)) continue;
    const edit: RilevazioneEdit = {
      elemento: s.elemento,
      numero: s.numero,
      campo: s.campo,
      previous: s.loaded,
      value: parsed.value,
      ...(s.campo === "valoreAtteso" ? { motivazione: form.motivazioni[s.key] ?? "" } : {}),
    };
    edits.push(edit);
  }
  return { edits, errors };
}

/**
 * A colleague's cell value in the model's terms, so it can be shown and sent as `previous`:
 * a date serial becomes ISO, a boolean 1/0, an empty text null.
 */
export function modelValue(campo: EditableField, cell: CellValue): string | number | null {
  if (cell === null || cell === "") return null;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  if ((campo === "inizioEffettiva" || campo === "fineEffettiva") && typeof cell === "number") {
    return serialToIso(cell) ?? cell;
  }
  return cell;
}
