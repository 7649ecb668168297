/**
 * importRecords(): an import merged into the open workbook by key, as `importa --in` does
 * with a file (core/import/upsert.ts computes the plan on a fresh reading).
 * - One reading of the tables (more syncs only for a workbook past the first read's rows).
 * - Changed fields are 1×1 cell writes, each group with its Rilevazioni log rows in the same
 *   sync, so a stopped import never leaves a change without its log row.
 * - New records are appended below their tables (append.ts), rows of several tables in the
 *   same sync: the write takes as many syncs as its bytes need under the 5 MB limit, whatever
 *   the number of rows.
 * The user may stop between two syncs: what was written stays, and importing the same file
 *   again completes it (records already there are recognised by their key).
 */
import type { ImportReport, Progress } from "../../core/ports";
import {
  importReportOf,
  planUpsert,
  recordKey,
  type Incoming,
  type UpsertOptions,
  type UpsertPlan,
  type UpsertUpdate,
  importedSettings,
  upsertedModel,
} from "../../core/import/upsert";
import { computeAll } from "../../core/compute";
import { calcolatiByKey, indicatorKey } from "../../core/compute/calcolati";
import type { Impostazioni, PegModel, Rilevazione } from "../../core/model/types";
import { settingsToRows, toCellValue } from "../../core/schema/rows";
import type { TableId } from "../../core/schema/tables";
import { appendSteps, sendSteps, type WriteStep } from "./append";
import { isBlankRow, positionOf, recordsToBlock } from "./cells";
import { computedAt, computedStep } from "./computed";
import { readFresh, requireTables } from "./load";
import { CELL_WRITE_BYTES, loggedSteps, type LoggedChange } from "./logged-cells";
import { COMMAND_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { TableRead } from "./read-tables";
import { queueConditionalRefresh } from "./refresh";
import { queueSettings } from "./sample";

const RECORD_TABLES = ["obiettivi", "fasi", "indicatori", "soggetti"] as const;
type RecordTable = (typeof RECORD_TABLES)[number];
const TABLES = [...RECORD_TABLES, "rilevazioni", "impostazioni"] as const;

interface CellChange {
  readonly table: TableRead;
  readonly row: number;
  readonly column: number;
  readonly update: UpsertUpdate;
  readonly log: Rilevazione;
}

type AnyRecord = Readonly<Record<string, unknown>>;
type Tables = Record<(typeof TABLES)[number], TableRead>;

/** Each changed field of a record with its cell and its log row; refuses what cannot be found. */
function cellChanges(tables: Tables, model: PegModel, plan: UpsertPlan): CellChange[] {
  const records = plan.updated.filter((u) => u.table !== "impostazioni");
  // planUpsert logs every changed field of a record, in the same order
  if (records.length !== plan.log.length) throw new Error("piano di importazione incoerente");
  const byKey = new Map<TableId, Map<string, { origin?: { row: number } }>>();
  for (const id of RECORD_TABLES) {
    const list = model[id] as unknown as (Record<string, unknown> & { origin?: { row: number } })[];
    byKey.set(id, new Map(list.map((r) => [recordKey(id, r) ?? "", r])));
  }
  return records.map((update, i) => {
    const table = tables[update.table as RecordTable];
    const col = table.def.columns.find((c) => c.header === update.field);
    const row = byKey.get(update.table)?.get(update.key)?.origin?.row;
    const column = col ? positionOf(table.def, table.headers, col.key) : -1;
    if (row === undefined || column < 0) {
      throw new Error(
        `Non si trova nella cartella ${update.key} (${update.field}): usare «Prepara la cartella», ` +
          "poi «Aggiorna» e riprovare. Non è stato scritto nulla.",
      );
    }
    return { table, row, column, update, log: plan.log[i] };
  });
}

/** Each changed field as its cell and its log row. */
function loggedChanges(changes: readonly CellChange[]): LoggedChange[] {
  return changes.map((c) => {
    const col = c.table.def.columns.find((x) => x.header === c.update.field);
    const value = toCellValue(col ?? c.table.def.columns[0], c.update.after);
    return { cells: [{ table: c.table, row: c.row, column: c.column, col, value }], logs: [c.log] };
  });
}

/** The settings the import changes, with the values the schema writes for them. */
function settingRows(plan: UpsertPlan, current: Impostazioni, incoming: Incoming) {
  const keys = new Set(plan.updated.filter((u) => u.table === "impostazioni").map((u) => u.key));
  return settingsToRows(importedSettings(current, incoming)).filter((r) => keys.has(String(r[0])));
}

/**
 * The computed columns once the plan is written: the added records carry theirs into their
 * rows, the rows already there get their columns rewritten (a changed phase or value changes
 * its objective's), in the same syncs as the records.
 */
function withComputed(tables: Tables, model: PegModel, incoming: Incoming, plan: UpsertPlan) {
  const result = computeAll(upsertedModel(model, incoming, plan));
  const byKey = calcolatiByKey(result);
  const at = computedAt(model, result);
  const added = (id: RecordTable): object[] => {
    const records = plan.added[id] as AnyRecord[];
    if (id === "obiettivi")
      return records.map((r) => ({ ...r, ...byKey.obiettivi.get(String(r.codice)) }));
    if (id === "indicatori")
      return records.map((r) => ({ ...r, ...byKey.indicatori.get(indicatorKey(r)) }));
    return records;
  };
  const steps = (id: "obiettivi" | "indicatori") =>
    blankBody(tables[id]) > 0 ? [] : computedStep(tables[id], at[id]);
  return { added, steps: [...steps("obiettivi"), ...steps("indicatori")] };
}

export async function importInExcel(
  context: Excel.RequestContext,
  incoming: Incoming,
  options: UpsertOptions,
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const { read, parsed } = await readFresh(context, TABLES);
  const tables = requireTables(read, TABLES);
  const model = parsed.model;
  const plan = planUpsert(model, incoming, options);
  const changes = cellChanges(tables, model, plan);
  const settings = settingRows(plan, model.impostazioni, incoming);

  const appended = [...RECORD_TABLES, "rilevazioni" as const].filter(
    (id) => plan.added[id].length > 0,
  );
  const computed = withComputed(tables, model, incoming, plan);
  const steps: WriteStep[] = [
    ...(settings.length > 0
      ? [
          {
            bytes: settings.length * CELL_WRITE_BYTES + jsonBytes(settings),
            queue: (ctx: Excel.RequestContext) => queueSettings(ctx, tables.impostazioni, settings),
          },
        ]
      : []),
    ...loggedSteps(tables.rilevazioni, loggedChanges(changes)),
    ...appendSteps(
      appended.map((id) => ({
        // a new table's blank body row is filled first
        target: { def: tables[id].def, blankRows: blankBody(tables[id]) },
        block: recordsToBlock(
          tables[id].def,
          tables[id].headers,
          id === "rilevazioni" ? plan.added[id] : computed.added(id),
        ),
      })),
    ),
  ];
  // nothing to write, nothing to compute: the import leaves the workbook as it is
  if (steps.length > 0) steps.push(...computed.steps);
  if (appended.length > 0) {
    const grown = appended.map((id) => tables[id]);
    // the conditional formats re-applied to the grown tables, with the last rows
    steps.push({
      bytes: 40 * COMMAND_OVERHEAD_BYTES,
      queue: (ctx) => queueConditionalRefresh(ctx, grown),
    });
  }
  const sent = await sendSteps(context, steps, onProgress, signal);
  return importReportOf(plan, sent.stopped);
}

function blankBody(t: TableRead): number {
  return t.rows.every(isBlankRow) ? t.rows.length : 0;
}
