/**
 * A rilevazione: the user's edits to one objective for one month, as the form sends them.
 * `previous` is the value the form loaded: the adapter compares it with the cell at save
 * time, so a colleague's change in between is reported as a conflict, never overwritten.
 */
import type { CellValue } from "../schema/raw";
import type { Month, OrigineRilevazione } from "../model/types";

export type EditableField =
  "avanzamento" | "inizioEffettiva" | "fineEffettiva" | "note" | "valoreRaggiunto" | "valoreAtteso";

export interface RilevazioneEdit {
  readonly elemento: "Fase" | "Indicatore";
  readonly numero: number;
  readonly campo: EditableField;
  /** the cell value when the form was loaded (as the model holds it: ISO date, number, text) */
  readonly previous: string | number | null;
  readonly value: string | number | null;
  /** required for a change of valore atteso */
  readonly motivazione?: string;
  /**
   * Cumulative indicators: the value last logged before the month, as the form knew it (see
   * `withLoggedBefore`). Given, the save does not read the log again: a value logged since
   * also changed the cell, which the conflict check sees.
   */
  readonly loggedBefore?: number | null;
}

export interface RilevazioneSave {
  readonly periodo: Month;
  readonly obiettivo: string;
  readonly utente: string;
  readonly edits: readonly RilevazioneEdit[];
  /** written in the log's Origine column: "riquadro" from the form, "foglio" when typed */
  readonly origine?: OrigineRilevazione;
}

export interface Conflict {
  readonly edit: RilevazioneEdit;
  /** what the cell holds now (a colleague wrote it) */
  readonly theirs: CellValue;
}

export type SaveResult =
  | { readonly kind: "saved"; readonly cellsWritten: number; readonly logRows: number }
  | { readonly kind: "conflict"; readonly conflicts: readonly Conflict[] }
  | { readonly kind: "refused"; readonly reasons: readonly string[] };
