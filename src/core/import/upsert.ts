/**
 * Merging an import into a workbook that already holds a PEG, by key (upsert): records the
 * workbook lacks are added, fields the import changes are updated and each change is logged
 * in Rilevazioni, nothing is deleted (an empty imported value leaves the cell as it is).
 *
 * A phase or indicator is found by (objective, number), as the tables key them. When the
 * workbook's record with that number has another description, it is a different phase or
 * indicator: the import does not touch it and reports a conflict.
 *
 * Pure: this computes the plan; writing it into the file is the table writer's job.
 */
import type { Impostazioni, Month, PegModel, Rilevazione } from "../model/types";
import type { ImportReport } from "../ports";
import type { SettingKey } from "../schema/settings";
import { SETTINGS } from "../schema/settings";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI, type TableId } from "../schema/tables";
import type { TableDef } from "../schema/types";
import { oneLine } from "./text";
import type { ImportedPeg, ImportValue } from "./types";

type AnyRecord = Readonly<Record<string, unknown>>;

export interface UpsertUpdate {
  readonly table: TableId;
  /** "OB1", "OB1 / 2", "OB1 / ROSSI MARIO", or the setting's key */
  readonly key: string;
  /** the column's Italian header (for a setting: its key) */
  readonly field: string;
  readonly before: ImportValue;
  readonly after: ImportValue;
}

export interface UpsertConflict {
  readonly table: TableId;
  readonly key: string;
  readonly field: string;
  readonly existing: ImportValue;
  readonly incoming: ImportValue;
  readonly reason: string;
}

export interface UpsertPlan {
  /** records to append, table by table, in the import's order */
  readonly added: {
    readonly obiettivi: readonly AnyRecord[];
    readonly fasi: readonly AnyRecord[];
    readonly indicatori: readonly AnyRecord[];
    readonly soggetti: readonly AnyRecord[];
    /** the import's log rows the workbook does not have yet */
    readonly rilevazioni: readonly Rilevazione[];
  };
  /** every field to change, with its value before and after */
  readonly updated: readonly UpsertUpdate[];
  readonly conflicts: readonly UpsertConflict[];
  /** one Rilevazioni row per updated field of a record */
  readonly log: readonly Rilevazione[];
}

export interface UpsertOptions {
  readonly utente: string;
  /** `YYYY-MM-DDTHH:mm:ss` */
  readonly timestamp: string;
  /** the source, for the Nota of the log rows */
  readonly source: string;
}

/** What an import brings: its records and the settings it gives. */
export interface Incoming {
  readonly model: ImportedPeg;
  readonly settings: readonly SettingKey[];
}

type RecordTable = "obiettivi" | "fasi" | "indicatori" | "soggetti";

interface TablePlan {
  readonly def: TableDef<RecordTable>;
  readonly element: Rilevazione["elemento"];
  readonly keyOf: (r: AnyRecord) => string;
}

const TABLE_PLANS: readonly TablePlan[] = [
  { def: OBIETTIVI, element: "Obiettivo", keyOf: (r) => String(r.codice) },
  { def: FASI, element: "Fase", keyOf: (r) => `${String(r.obiettivo)} / ${String(r.numero)}` },
  {
    def: INDICATORI,
    element: "Indicatore",
    keyOf: (r) => `${String(r.obiettivo)} / ${String(r.numero)}`,
  },
  {
    def: SOGGETTI,
    element: "Obiettivo",
    keyOf: (r) => `${String(r.obiettivo)} / ${String(r.nominativo)}`,
  },
];

/** The key an upsert names a record of a table by ("OB1", "OB1 / 2", "OB1 / ROSSI MARIO"). */
export function recordKey(table: TableId, record: AnyRecord): string | null {
  return TABLE_PLANS.find((p) => p.def.id === table)?.keyOf(record) ?? null;
}

function value(v: unknown): ImportValue {
  return v === undefined ? null : (v as ImportValue);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "" || v === false;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string") return oneLine(a) === oneLine(b);
  return a === b;
}

function logValue(v: unknown): string | number | null {
  if (typeof v === "boolean") return v ? "si" : "no";
  return typeof v === "string" || typeof v === "number" ? v : null;
}

function logKey(r: Rilevazione): string {
  return JSON.stringify([r.periodo, r.obiettivo, r.elemento, r.numero, r.campo, r.valoreNuovo]);
}

/**
 * The plan of merging `incoming` into `existing`. `existing` is what the workbook holds now
 * (an empty model for a new workbook: then everything is added).
 */
export function planUpsert(
  existing: PegModel | ImportedPeg,
  incoming: Incoming,
  options: UpsertOptions,
): UpsertPlan {
  const updated: UpsertUpdate[] = [];
  const conflicts: UpsertConflict[] = [];
  const log: Rilevazione[] = [];
  const periodo: Month = incoming.model.impostazioni.periodoRiferimento;
  const added: Record<string, AnyRecord[]> = {};

  for (const plan of TABLE_PLANS) {
    const id = plan.def.id;
    const current = new Map<string, AnyRecord>();
    for (const r of existing[id] as readonly AnyRecord[]) current.set(plan.keyOf(r), r);
    added[id] = [];
    for (const record of incoming.model[id] as readonly AnyRecord[]) {
      const key = plan.keyOf(record);
      const before = current.get(key);
      if (!before) {
        added[id].push(record);
        current.set(key, record);
        continue;
      }
      const describes = id === "fasi" || id === "indicatori";
      if (
        describes &&
        !isEmpty(before.descrizione) &&
        !isEmpty(record.descrizione) &&
        !same(before.descrizione, record.descrizione)
      ) {
        conflicts.push({
          table: id,
          key,
          field: "Descrizione",
          existing: value(before.descrizione),
          incoming: value(record.descrizione),
          reason:
            "stesso numero ma descrizione diversa: è un'altra fase o un altro indicatore, " +
            "la riga della cartella non è stata toccata",
        });
        continue;
      }
      for (const col of plan.def.columns) {
        if (col.computed === true || plan.def.key.includes(col.key)) continue;
        const after = record[col.key];
        if (isEmpty(after) || same(before[col.key], after)) continue;
        updated.push({
          table: id,
          key,
          field: col.header,
          before: value(before[col.key]),
          after: value(after),
        });
        log.push({
          periodo,
          obiettivo: String(record.obiettivo ?? record.codice),
          elemento: plan.element,
          numero: typeof record.numero === "number" ? record.numero : null,
          campo: col.key,
          valorePrecedente: logValue(before[col.key]),
          valoreNuovo: logValue(after),
          nota: `Importazione da ${options.source}`,
          utente: options.utente,
          timestamp: options.timestamp,
        });
      }
    }
  }

  for (const key of incoming.settings) {
    const before = existing.impostazioni[key];
    const after = incoming.model.impostazioni[key];
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const def = SETTINGS.find((s) => s.key === key);
    const shown = (v: unknown): ImportValue => (Array.isArray(v) ? v.join(";") : value(v));
    updated.push({
      table: "impostazioni",
      key,
      field: def?.key ?? key,
      before: shown(before),
      after: shown(after),
    });
  }

  const logged = new Set(existing.rilevazioni.map(logKey));
  const rilevazioni = incoming.model.rilevazioni.filter((r) => !logged.has(logKey(r)));
  return {
    added: {
      obiettivi: added.obiettivi,
      fasi: added.fasi,
      indicatori: added.indicatori,
      soggetti: added.soggetti,
      rilevazioni,
    },
    updated,
    conflicts,
    log,
  };
}

/** The settings once the import is written: the current ones with those the import gives. */
export function importedSettings(current: Impostazioni, incoming: Incoming): Impostazioni {
  const merged = { ...current };
  for (const key of incoming.settings)
    Object.assign(merged, { [key]: incoming.model.impostazioni[key] });
  return merged;
}

/**
 * The model once `plan` is written into `existing`: changed fields in place, added records
 * after the others (as the writers append them). The computed columns are computed on it.
 */
export function upsertedModel(existing: PegModel, incoming: Incoming, plan: UpsertPlan): PegModel {
  const merged: Record<string, unknown> = {
    impostazioni: importedSettings(existing.impostazioni, incoming),
    rilevazioni: [...existing.rilevazioni, ...plan.log, ...plan.added.rilevazioni],
  };
  for (const { def, keyOf } of TABLE_PLANS) {
    const changes = new Map<string, UpsertUpdate[]>();
    for (const u of plan.updated.filter((x) => x.table === def.id))
      changes.set(u.key, [...(changes.get(u.key) ?? []), u]);
    const records = (existing[def.id] as unknown as readonly AnyRecord[]).map((r) => {
      const updates = changes.get(keyOf(r));
      if (!updates) return r;
      const changed: Record<string, unknown> = { ...r };
      for (const u of updates) {
        const col = def.columns.find((c) => c.header === u.field);
        if (col) changed[col.key] = u.after;
      }
      return changed;
    });
    merged[def.id] = [...records, ...plan.added[def.id]];
  }
  return merged as unknown as PegModel;
}

/** The keys of the added records, table by table, as the report lists them. */
export function addedKeys(plan: UpsertPlan): { table: TableId; key: string }[] {
  return TABLE_PLANS.flatMap((p) =>
    plan.added[p.def.id].map((r) => ({
      table: p.def.id,
      key: p.keyOf(r),
    })),
  );
}

/** What writing `plan` did, as the workbook port reports it. */
export function importReportOf(plan: UpsertPlan, stopped: boolean): ImportReport {
  const { obiettivi, fasi, indicatori, soggetti, rilevazioni } = plan.added;
  return {
    added: {
      obiettivi: obiettivi.length,
      fasi: fasi.length,
      indicatori: indicatori.length,
      soggetti: soggetti.length,
      rilevazioni: rilevazioni.length,
    },
    updated: plan.updated.length,
    conflicts: plan.conflicts.length,
    logRows: plan.log.length,
    stopped,
  };
}
