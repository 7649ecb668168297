/**
 * A WorkbookPort over an in-memory model, for the view tests. Rilevazione saves run the core's
 * save plan (planSave), so the tests exercise the same logic as the Excel adapter;
 * hooks let a test play a colleague writing a cell meanwhile, fail a call, or step a
 * generation one sheet at a time.
 */
import {
  importReportOf,
  planUpsert,
  type Incoming,
  type UpsertOptions,
} from "../../src/core/import/upsert";
import { collect, type ReturnedFile } from "../../src/core/distribuzione/collect";
import type {
  CollectReport,
  GenerateOptions,
  GenerateReport,
  ImportReport,
  LoadedWorkbook,
  RelazioneReport,
  PrepareReport,
  Progress,
  WorkbookPort,
} from "../../src/core/ports";
import type { ComputeResult } from "../../src/core/compute/types";
import type { Month, PegModel } from "../../src/core/model/types";
import { modelAtMonth } from "../../src/core/rilevazione/at-month";
import {
  planValidazioneSave,
  type ValidazioneResult,
  type ValidazioneSave,
} from "../../src/core/rilevazione/validazione";
import { computeAll } from "../../src/core/compute";
import { relazioneData } from "../../src/core/relazione/data";
import { comparePlans } from "../../src/core/cycle/compare";
import {
  newVersion,
  takeSnapshot,
  type SavedVersion,
  type VersionInfo,
  type VersionsListed,
} from "../../src/core/cycle/versions";
import type {
  ProspettoReport,
  VersionFields,
  VersionsComparison,
} from "../../src/core/cycle/versions-port";
import { planSave } from "../../src/core/rilevazione/save-plan";
import type { Lang } from "../../src/core/text/lang";
import type {
  RilevazioneEdit,
  RilevazioneSave,
  SaveResult,
} from "../../src/core/rilevazione/types";
import { samplePeg } from "../../src/core/sample";
import { flagOf } from "../../src/core/parse/cells";
import type { CellValue } from "../../src/core/schema/raw";
import { SETTINGS } from "../../src/core/schema/settings";
import { tableById, type TableId } from "../../src/core/schema/tables";
import type { Problem } from "../../src/core/verifica/problem";

export type PortMethod = keyof WorkbookPort;

export interface Call {
  readonly method: PortMethod;
  readonly args: readonly unknown[];
}

type Field = RilevazioneEdit["campo"];

/** records get the row they would have in their table, as the parser sets it */
function withOrigins(model: PegModel): PegModel {
  const number = <T extends object>(rows: T[]) => rows.map((r, row) => ({ ...r, origin: { row } }));
  return {
    ...model,
    obiettivi: number(model.obiettivi),
    fasi: number(model.fasi),
    indicatori: number(model.indicatori),
    soggetti: number(model.soggetti),
    rilevazioni: number(model.rilevazioni),
  };
}

export class MemoryPort implements WorkbookPort {
  model: PegModel;
  /** problems the "parser" reports on load */
  parseProblems: Problem[] = [];
  /** ids of the tables the workbook lacks, as the parser reports them ("obiettivi") */
  missingTables: TableId[] = [];
  /** sheets that exist without their table (prepare adds the table, not the sheet) */
  existingSheets: string[] = [];
  readonly calls: Call[] = [];
  /** the clock of the rilevazione rules */
  now = new Date(2021, 3, 30, 10, 15, 0);
  /** the language of the rules' refusals, as the pane gives it to the Excel port */
  lang: Lang = "it";
  /** when set, generate waits on it before each sheet (tests resolve it step by step) */
  generateStep: (() => Promise<void>) | null = null;
  /** when set, the Relazione plays a user's sheet already named «Relazione» */
  relazioneNameTaken = false;
  /** when set, importRecords waits on it before writing (tests stop the import meanwhile) */
  importStep: (() => Promise<void>) | null = null;
  /** called on writeCell, e.g. to make the fixed problem disappear */
  onWriteCell: ((address: string, value: CellValue) => void) | null = null;
  /** the versions frozen so far, with their copies */
  savedVersions: SavedVersion[] = [];
  private failures = new Map<PortMethod, Error>();

  constructor(model: PegModel = samplePeg()) {
    this.model = withOrigins(model);
  }

  /** the next call of `method` rejects with `error` */
  failNext(method: PortMethod, error: Error): void {
    this.failures.set(method, error);
  }

  callsOf(method: PortMethod): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** a colleague changes a phase or indicator cell behind the form's back */
  colleagueWrites(
    obiettivo: string,
    elemento: "Fase" | "Indicatore",
    numero: number,
    campo: Field,
    value: string | number | null,
  ): void {
    const record = this.record(obiettivo, elemento, numero);
    if (!record) throw new Error(`${elemento} ${numero} di ${obiettivo} assente`);
    (record as Record<string, unknown>)[campo] = value;
  }

  private record(obiettivo: string, elemento: "Fase" | "Indicatore", numero: number) {
    const list: { obiettivo: string; numero: number }[] =
      elemento === "Fase" ? this.model.fasi : this.model.indicatori;
    return list.find((r) => r.obiettivo === obiettivo && r.numero === numero);
  }

  private async enter(method: PortMethod, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await Promise.resolve();
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      throw failure;
    }
  }

  async load(): Promise<LoadedWorkbook> {
    await this.enter("load", []);
    return {
      model: structuredClone(this.model),
      problems: [...this.parseProblems],
      missingTables: [...this.missingTables],
    };
  }

  async prepare(): Promise<PrepareReport> {
    await this.enter("prepare", []);
    // the same report as the Excel adapter: new sheets by name, new tables by Excel name
    const defs = this.missingTables.map(tableById);
    this.missingTables = [];
    return {
      sheetsCreated: defs.map((d) => d.sheet).filter((s) => !this.existingSheets.includes(s)),
      tablesCreated: defs.map((d) => d.table),
      columnsAdded: [],
      notes: [],
    };
  }

  async loadSample(): Promise<void> {
    await this.enter("loadSample", []);
    if (this.model.obiettivi.length > 0) {
      throw new Error("Le tabelle contengono già dati: l'esempio non è stato caricato.");
    }
    this.model = withOrigins(samplePeg());
    this.missingTables = [];
  }

  async writeComputed(result: ComputeResult): Promise<void> {
    await this.enter("writeComputed", [result]);
  }

  async saveRilevazione(save: RilevazioneSave): Promise<SaveResult> {
    await this.enter("saveRilevazione", [save]);
    const plan = planSave(this.model, save, this.now, this.lang);
    if (plan.kind !== "write") return plan;
    for (const { edit, record } of plan.writes)
      (record as unknown as Record<string, unknown>)[edit.campo] = edit.value;
    this.model.rilevazioni.push(...plan.logRows);
    return { kind: "saved", cellsWritten: plan.writes.length, logRows: plan.logRows.length };
  }

  /** the core's plan on the model, as the Excel adapter runs it on its reading */
  async saveValidazione(save: ValidazioneSave): Promise<ValidazioneResult> {
    await this.enter("saveValidazione", [save]);
    const plan = planValidazioneSave(this.model, save, this.now);
    if (plan.kind !== "write") return plan;
    Object.assign(plan.record, plan.values);
    this.model.rilevazioni.push(...plan.logRows);
    return { kind: "saved", record: { ...plan.record }, logRows: plan.logRows.length };
  }

  async generate(
    options: GenerateOptions,
    onProgress?: Progress,
    signal?: AbortSignal,
  ): Promise<GenerateReport> {
    await this.enter("generate", [options]);
    const codes = options.codes ?? this.model.obiettivi.map((o) => o.codice);
    const sheets: GenerateReport["sheets"][number][] = [];
    onProgress?.(0, codes.length);
    for (const [i, codice] of codes.entries()) {
      // like Excel: a stop is seen between batches (here, sheets), a batch under way completes
      if (signal?.aborted)
        return { sheets, indexSheet: null, cancelled: "Generazione interrotta." };
      if (this.generateStep) await this.generateStep();
      // the first sheet plays a name already taken by a user's sheet
      sheets.push(
        i === 0
          ? {
              codice,
              sheet: `${codice} (2)`,
              renamedBecause: `il nome ${codice} era già usato da un altro foglio`,
            }
          : { codice, sheet: codice },
      );
      onProgress?.(i + 1, codes.length);
    }
    return { sheets, indexSheet: options.index ? "Indice schede" : null };
  }

  async versions(): Promise<VersionsListed> {
    await this.enter("versions", []);
    return { versions: this.savedVersions.map((v) => v.info), broken: [], unlisted: [] };
  }

  /** the core's numbering and copy, kept in memory */
  async freezeVersion(fields: VersionFields): Promise<VersionInfo> {
    await this.enter("freezeVersion", [fields]);
    const info = newVersion(
      this.savedVersions.map((v) => v.info),
      fields,
    );
    this.savedVersions.push({ info, snapshot: structuredClone(takeSnapshot(this.model)) });
    return info;
  }

  /** the core's comparison of the copies kept in memory */
  async compareVersions(versione: number, con: number | null): Promise<VersionsComparison> {
    await this.enter("compareVersions", [versione, con]);
    const pick = (n: number) => {
      const found = this.savedVersions.find((v) => v.info.numero === n);
      if (!found) throw new Error(`La versione ${n} non c'è nella cartella.`);
      return found;
    };
    const before = pick(versione);
    const after = con === null ? null : pick(con);
    const changes = comparePlans(before.snapshot, after?.snapshot ?? takeSnapshot(this.model));
    return { before: before.info, after: after?.info ?? null, changes };
  }

  async generateProspetto(versione: number, con: number | null): Promise<ProspettoReport> {
    const comparison = await this.compareVersions(versione, con);
    this.calls.push({ method: "generateProspetto", args: [versione, con] });
    return { ...comparison, sheet: "Prospetto variazioni" };
  }

  /** the figures of the core's Relazione on the model; the sheet as the adapter would name it */
  async generateRelazione(periodo?: Month): Promise<RelazioneReport> {
    await this.enter("generateRelazione", periodo ? [periodo] : []);
    const model = periodo ? modelAtMonth(this.model, periodo) : this.model;
    const data = relazioneData(model, computeAll(model));
    return {
      sheet: this.relazioneNameTaken ? "Relazione (2)" : "Relazione",
      ...(this.relazioneNameTaken ? { nameTaken: "Relazione" } : {}),
      periodo: model.impostazioni.periodoRiferimento,
      objectives: data.total.objectives,
      charts: 3,
      overall: data.total.overall,
      deviations: data.deviations.length,
    };
  }

  /**
   * Runs the core's upsert plan on the model, as the Excel adapter does on its reading, and
   * appends the added records and log rows (changed fields are counted, not applied);
   * `importStep` (when set) is awaited before the writing, so a test can stop it meanwhile.
   */
  async importRecords(
    incoming: Incoming,
    options: UpsertOptions,
    onProgress?: Progress,
    signal?: AbortSignal,
  ): Promise<ImportReport> {
    await this.enter("importRecords", [incoming, options]);
    if (this.missingTables.length > 0)
      throw new Error("Mancano le tabelle: usare «Prepara la cartella».");
    const plan = planUpsert(this.model, incoming, options);
    onProgress?.(0, 1);
    if (this.importStep) await this.importStep();
    const report = importReportOf(plan, signal?.aborted === true);
    if (report.stopped) return report;
    const added = plan.added as unknown as Record<string, object[]>;
    const model = this.model as unknown as Record<string, object[]>;
    for (const id of ["obiettivi", "fasi", "indicatori", "soggetti"]) model[id].push(...added[id]);
    this.model = withOrigins(this.model);
    this.model.rilevazioni.push(...plan.added.rilevazioni, ...plan.log);
    onProgress?.(1, 1);
    return report;
  }

  /** Runs the core's collect on the model, as the Excel adapter does on its reading. */
  async collectReturned(
    files: readonly ReturnedFile[],
    onProgress?: Progress,
    signal?: AbortSignal,
  ): Promise<CollectReport> {
    await this.enter("collectReturned", [files]);
    const result = collect(this.model, files, this.now, this.lang);
    const report = {
      merged: result.writes.length,
      logRows: result.logRows.length,
      conflicts: result.conflicts,
      refused: result.refused,
      unusable: result.unusable,
      stopped: signal?.aborted === true,
    };
    if (report.stopped) return report;
    this.model = withOrigins(result.model);
    this.model.rilevazioni.push(...result.logRows);
    onProgress?.(1, 1);
    return report;
  }

  async select(address: string): Promise<void> {
    await this.enter("select", [address]);
  }

  async writeCell(address: string, value: CellValue): Promise<void> {
    await this.enter("writeCell", [address, value]);
    this.onWriteCell?.(address, value);
  }

  async saveSetting(
    key: string,
    value: string | number,
    utente: string,
    nota?: string,
  ): Promise<void> {
    await this.enter("saveSetting", [key, value, utente, nota]);
    const imp = this.model.impostazioni as unknown as Record<string, unknown>;
    // the value as the workbook would read it back from its cell
    const type = SETTINGS.find((s) => s.key === key)?.type;
    imp[key] =
      type === "monthList"
        ? String(value).split(";").filter(Boolean)
        : type === "flag"
          ? flagOf(value)
          : value;
  }
}
