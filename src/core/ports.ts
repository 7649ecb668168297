/**
 * What the outside world must provide to the core and the task pane. The Excel JS adapter
 * implements it on the open workbook; the task pane receives it as a prop and never calls
 * Office itself, so it can be tested with any implementation.
 */
import type { PegModel } from "./model/types";
import type { Problem } from "./verifica/problem";
import type { ComputeResult } from "./compute/types";
import type { RilevazioneSave, SaveResult } from "./rilevazione/types";
import type { TypedChange, TypedReport } from "./rilevazione/typed";
import type { CellValue } from "./schema/raw";
import type { TableId } from "./schema/tables";
import type { TablePositions } from "./parse/positions";
import type { ObjectiveFilters } from "./selection";
import type { Incoming, UpsertOptions } from "./import/upsert";
import type { CollectResult, ReturnedFile } from "./distribuzione/collect";
import type { ValidazioneResult, ValidazioneSave } from "./rilevazione/validazione";
import type { Month } from "./model/types";
import type { VersionsPort } from "./cycle/versions-port";

export interface LoadedWorkbook {
  readonly model: PegModel;
  /** problems met while parsing the tables (bad cells, missing headers…) */
  readonly problems: readonly Problem[];
  /** schema tables not found in the workbook */
  readonly missingTables: readonly TableId[];
  /**
   * where each table stands (from `parseWorkbook(raw).positions`); pass it to
   * `checkModel(model, positions)` so its problems point at the right cells even when
   * users moved or reordered columns. Optional: without it the canonical layout is assumed.
   */
  readonly positions?: TablePositions;
}

export interface PrepareReport {
  readonly sheetsCreated: readonly string[];
  readonly tablesCreated: readonly string[];
  readonly columnsAdded: readonly string[];
  /** Italian notes on what could not be repaired and what to do (e.g. a sheet's cells in use) */
  readonly notes?: readonly string[];
}

export interface GenerateOptions {
  /** objective codes to render; all when omitted */
  readonly codes?: readonly string[];
  /** write the "Indice schede" sheet */
  readonly index: boolean;
  /** with the codes, which objectives are printed (core/selection); all when omitted */
  readonly filters?: ObjectiveFilters;
}

export interface GeneratedSheet {
  readonly codice: string;
  readonly sheet: string;
  /** set when the natural name was taken by a user's sheet and another was used */
  readonly renamedBecause?: string;
}

export interface GenerateReport {
  readonly sheets: readonly GeneratedSheet[];
  readonly indexSheet: string | null;
  /** set when the user stopped the generation: Italian message saying what was written */
  readonly cancelled?: string;
}

/** What «Genera relazione» wrote: one sheet with the report and its native charts. */
export interface RelazioneReport {
  readonly sheet: string;
  /**
   * set when a sheet not made by Schede PEG holds the natural name («Relazione»): it was left
   * as it is and the report went to `sheet`
   */
  readonly nameTaken?: string;
  /** its reference month: the workbook's, or the past month asked for */
  readonly periodo: Month;
  readonly objectives: number;
  readonly charts: number;
  /** the plan's mean achievement (%), null when no objective is measured */
  readonly overall: number | null;
  readonly deviations: number;
}

export type Progress = (done: number, total: number) => void;

/** What an import wrote into the workbook. */
export interface ImportReport {
  /** records appended, table by table (rilevazioni: the import's own log rows) */
  readonly added: Readonly<
    Record<"obiettivi" | "fasi" | "indicatori" | "soggetti" | "rilevazioni", number>
  >;
  /** fields changed (settings included) */
  readonly updated: number;
  /** phases or indicators left as they were: same number, another description */
  readonly conflicts: number;
  /** Rilevazioni rows logging the changed fields */
  readonly logRows: number;
  /** the user stopped it between two round trips: part of it is written */
  readonly stopped: boolean;
}

/** What collecting returned files wrote into the workbook (core/distribuzione/collect.ts). */
export interface CollectReport {
  /** cells written, each a value a person changed in their file */
  readonly merged: number;
  /** Rilevazioni rows, each with that person as author */
  readonly logRows: number;
  /** values changed both in the workbook since they were sent and in a file: not written */
  readonly conflicts: CollectResult["conflicts"];
  readonly refused: CollectResult["refused"];
  /** files of another plan or without the values sent */
  readonly unusable: CollectResult["unusable"];
  /** the user stopped it between two round trips: part of it is written */
  readonly stopped: boolean;
}

export interface WorkbookPort extends VersionsPort {
  /** the whole model, read in one round trip */
  load(): Promise<LoadedWorkbook>;
  /** creates or repairs sheets, tables, formats and validation; never touches data rows */
  prepare(): Promise<PrepareReport>;
  /** fills empty tables with the bundled sample; refuses when they hold data */
  loadSample(): Promise<void>;
  /** writes the computed columns (percentages and status) only */
  writeComputed(result: ComputeResult): Promise<void>;
  saveRilevazione(save: RilevazioneSave): Promise<SaveResult>;
  generate(
    options: GenerateOptions,
    onProgress?: Progress,
    signal?: AbortSignal,
  ): Promise<GenerateReport>;
  /**
   * writes the Relazione sheet (core/relazione) with its native charts; our earlier Relazione
   * is replaced, a user's sheet with the same name is never touched; with `periodo` the plan
   * as it stood at the end of that month (core/rilevazione/at-month.ts)
   */
  generateRelazione(periodo?: Month): Promise<RelazioneReport>;
  /**
   * merges an import into the workbook by key (core/import/upsert.ts on a fresh reading):
   * new records appended, changed fields written and logged in Rilevazioni; stops between
   * round trips when `signal` is aborted
   */
  importRecords(
    incoming: Incoming,
    options: UpsertOptions,
    onProgress?: Progress,
    signal?: AbortSignal,
  ): Promise<ImportReport>;
  /**
   * merges the values each person changed in a returned file (`distribuisci`) on a fresh
   * reading: each written with its Rilevazioni row, that person as author; a cell changed
   * meanwhile in the workbook is a conflict, never overwritten; stops between round trips
   * when `signal` is aborted
   */
  collectReturned(
    files: readonly ReturnedFile[],
    onProgress?: Progress,
    signal?: AbortSignal,
  ): Promise<CollectReport>;
  /**
   * the Nucleo's validation of one objective (core/rilevazione/validazione.ts) on a fresh
   * reading, logged in Rilevazioni; a colleague's validation since `previous` is a conflict
   */
  saveValidazione(save: ValidazioneSave): Promise<ValidazioneResult>;
  /** selects a cell ("Fasi!H12") and activates its sheet */
  select(address: string): Promise<void>;
  /** writes one value into one cell, used by the one-click fixes */
  writeCell(address: string, value: CellValue): Promise<void>;
  /**
   * Listens, while the pane is open, to the values the user types into the Fasi and
   * Indicatori tables: each is checked, logged or put back, and reported. Optional: a host
   * without change events leaves it out, and the pane lists unlogged values on «Aggiorna».
   */
  watchTyping?(utente: () => string, onReport: (report: TypedReport) => void): Promise<void>;
  /** logs values nobody logged (`unloggedChanges`), each checked by the rules again */
  logUnlogged?(changes: readonly TypedChange[], utente: string): Promise<TypedReport>;
  /** stores one Impostazioni value */
  saveSetting(key: string, value: string | number, utente: string, nota?: string): Promise<void>;
}
