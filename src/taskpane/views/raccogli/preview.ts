/**
 * What «Raccogli file» shows before writing: per chosen file, whose it is, the values that
 * will be merged (before → after), the conflicts with both values, and why a file or an
 * objective is refused. The core's `collect` decides, on the workbook as last read; «Registra»
 * runs it again on a fresh reading.
 */
import {
  collect,
  type CollectConflict,
  type ReturnedFile,
} from "../../../core/distribuzione/collect";
import type { PegModel } from "../../../core/model/types";
import { FASI, INDICATORI } from "../../../core/schema/tables";
import type { Lang } from "../../../core/text/lang";

/** A chosen file: read, or the reason it could not be read (in the pane's language). */
export type ChosenFile =
  | { readonly kind: "read"; readonly returned: ReturnedFile }
  | { readonly kind: "unreadable"; readonly file: string; readonly reason: string };

export type Shown = string | number | null;

export interface MergedValue {
  readonly obiettivo: string;
  readonly elemento: "Fase" | "Indicatore";
  readonly numero: number;
  /** the column's header, as the sheet shows it */
  readonly campo: string;
  readonly before: Shown;
  readonly after: Shown;
}

export interface ConflictValue extends Omit<MergedValue, "before" | "after"> {
  readonly sent: Shown;
  /** what the workbook holds now */
  readonly plan: Shown;
  /** what the person wrote */
  readonly returned: Shown;
}

export interface FilePreview {
  readonly file: string;
  /** the person the file was sent to; empty when the file is not usable */
  readonly destinatario: string;
  readonly merged: readonly MergedValue[];
  readonly conflicts: readonly ConflictValue[];
  /** objectives whose values the rules refuse, with the reasons */
  readonly refused: readonly { obiettivo: string; reasons: readonly string[] }[];
  /** why the whole file is left out (another plan, broken structure, not readable) */
  readonly unusable: string | null;
}

export interface CollectPreview {
  readonly files: readonly FilePreview[];
  /** the values «Registra» would write */
  readonly merged: number;
}

/** The header of a phase's or indicator's field, as the sheet shows it. */
export function fieldHeader(elemento: "Fase" | "Indicatore", campo: string): string {
  const def = elemento === "Fase" ? FASI : INDICATORI;
  return def.columns.find((c) => c.key === campo)?.header ?? campo;
}

const valueOf = (record: object, campo: string): Shown => {
  const v = (record as Record<string, unknown>)[campo];
  return typeof v === "string" || typeof v === "number" ? v : null;
};

/** A conflict of the core with its field's header. */
export function conflictValue(c: CollectConflict): ConflictValue {
  return { ...c, campo: fieldHeader(c.elemento, c.campo) };
}

/** The preview of collecting `chosen` into `plan`, in the order the files were chosen. */
export function previewCollect(
  plan: PegModel,
  chosen: readonly ChosenFile[],
  now: Date,
  lang: Lang = "it",
): CollectPreview {
  const read = chosen.flatMap((c) => (c.kind === "read" ? [c.returned] : []));
  const result = collect(plan, read, now, lang);
  const files = chosen.map((c): FilePreview => {
    if (c.kind === "unreadable")
      return {
        file: c.file,
        destinatario: "",
        merged: [],
        conflicts: [],
        refused: [],
        unusable: c.reason,
      };
    const file = c.returned.file;
    return {
      file,
      destinatario: c.returned.destinatario,
      merged: result.groups
        .filter((g) => g.file === file)
        .flatMap((g) =>
          g.writes.map((w) => ({
            obiettivo: g.obiettivo,
            elemento: w.elemento,
            numero: w.record.numero,
            campo: fieldHeader(w.elemento, w.campo),
            before: valueOf(w.record, w.campo),
            after: w.value,
          })),
        ),
      conflicts: result.conflicts.filter((x) => x.file === file).map(conflictValue),
      refused: result.refused.filter((r) => r.file === file),
      unusable: result.unusable.find((u) => u.file === file)?.reason ?? null,
    };
  });
  return { files, merged: result.writes.length };
}

/** The files that can be collected, for «Registra». */
export function returnedFiles(chosen: readonly ChosenFile[]): ReturnedFile[] {
  return chosen.flatMap((c) => (c.kind === "read" ? [c.returned] : []));
}
