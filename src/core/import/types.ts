/**
 * What an import produces, whatever the source (a "SCHEDA OBIETTIVI" report, a CSV or a
 * sheet): the records for the tables, and everything that could not be taken as it is.
 *
 * A value the source gives in a form its column does not accept (a tipo outside the list,
 * text in a number column, a date that is not a date) is kept as the source's text: the
 * writers put it in the cell as it is (`toCellValue`, schema/rows.ts) and `verifica` reports
 * it at its cell. The importer never drops or corrects it.
 */
import type {
  Fase,
  Impostazioni,
  Indicatore,
  Obiettivo,
  PegModel,
  Rilevazione,
  Soggetto,
} from "../model/types";
import type { SettingKey } from "../schema/settings";
import type { TableId } from "../schema/tables";
import type { Texts } from "../text/lang";

/** A record whose fields may also hold the source's text where the column wants another type. */
export type Loose<T> = { [K in keyof Omit<T, "origin">]: T[K] | string };

export interface ImportedPeg {
  impostazioni: Impostazioni;
  obiettivi: Loose<Obiettivo>[];
  fasi: Loose<Fase>[];
  indicatori: Loose<Indicatore>[];
  soggetti: Loose<Soggetto>[];
  rilevazioni: Rilevazione[];
}

/**
 * The imported records as the model type the writers take. Only the type changes: values
 * kept as text stay text, and are written to their cells as they are.
 */
export function asPegModel(imported: ImportedPeg): PegModel {
  return imported as unknown as PegModel;
}

/** A value as the import reports it. */
export type ImportValue = string | number | boolean | null;

/**
 * Where something is in the source: `row` is the row as a spreadsheet shows it (the header
 * is row 1 when it is the first line of the file), or the line of a report's text; `page` is
 * the report's page.
 */
export interface SourcePlace {
  readonly row: number;
  readonly page?: number;
}

/** A row (or a report's line) that was not imported, and why. */
export interface RejectedRow extends SourcePlace {
  /** why, in every language */
  readonly reason: Texts;
  /** the row's cells as read (a report's line: its text), for the rejected-rows file */
  readonly cells: readonly string[];
}

/** Two rows give the same field of the same record different values: the first is kept. */
export interface FieldConflict {
  readonly table: TableId;
  /** the record's key: "OB1", "OB1 / 2" (phase or indicator number), "OB1 / ROSSI MARIO" */
  readonly key: string;
  /** the column's Italian header */
  readonly field: string;
  readonly kept: ImportValue;
  readonly discarded: ImportValue;
  /** where the kept value and the discarded one come from */
  readonly places: readonly [SourcePlace, SourcePlace];
}

/** Something imported with a doubt the user should look at. */
export interface ImportWarning {
  readonly place: SourcePlace | null;
  /** what to look at, in every language */
  readonly message: Texts;
}

export interface ImportResult {
  readonly model: ImportedPeg;
  /** settings the source gives; the others keep their defaults */
  readonly settings: readonly SettingKey[];
  readonly rejected: readonly RejectedRow[];
  readonly conflicts: readonly FieldConflict[];
  readonly warnings: readonly ImportWarning[];
  /** data rows read (a report: its lines) */
  readonly sourceRows: number;
  /** rows left out by the mapping's "filtro" */
  readonly filtered: number;
}
