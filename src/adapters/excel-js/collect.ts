/**
 * collectReturned(): the values people changed in the files `distribuisci` sent them, merged
 * into the open workbook as `raccogli` merges them into a file (core/distribuzione/collect.ts
 * decides on a fresh reading, so a cell changed meanwhile is a conflict and stays as it is).
 * - One reading of the tables (more syncs only for a workbook past the first read's rows).
 * - Each person's values of one objective are 1×1 cell writes sent with their Rilevazioni
 *   rows in the same sync (logged-cells.ts), as many per sync as the 5 MB limit allows.
 * The user may stop between two syncs: what was written stays, and collecting the same files
 *   again completes it (a value already there writes nothing).
 */
import { collect, type CollectWrite, type ReturnedFile } from "../../core/distribuzione/collect";
import type { CollectReport, Progress } from "../../core/ports";
import { toCellValue } from "../../core/schema/rows";
import type { Lang } from "../../core/text/lang";
import { sendSteps } from "./append";
import { positionOf } from "./cells";
import { ALL_TABLES, readFresh, requireTables } from "./load";
import { loggedSteps, type FieldCell } from "./logged-cells";
import type { TableRead } from "./read-tables";

function fieldCell(tables: Record<"fasi" | "indicatori", TableRead>, w: CollectWrite): FieldCell {
  const table = tables[w.elemento === "Fase" ? "fasi" : "indicatori"];
  const col = table.def.columns.find((c) => c.key === w.campo);
  const column = positionOf(table.def, table.headers, w.campo);
  const row = w.record.origin?.row;
  if (!col || column < 0 || row === undefined) {
    throw new Error(
      `Nel foglio ${table.sheet} manca la colonna «${col?.header ?? w.campo}»: usare «Prepara ` +
        "la cartella» e riprovare. Non è stato scritto nulla.",
    );
  }
  return { table, row, column, col, value: toCellValue(col, w.value) };
}

export async function collectInExcel(
  context: Excel.RequestContext,
  files: readonly ReturnedFile[],
  now: Date,
  lang: Lang,
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<CollectReport> {
  const { read, parsed } = await readFresh(context, ALL_TABLES);
  const tables = requireTables(read, ["fasi", "indicatori", "rilevazioni"] as const);
  const result = collect(parsed.model, files, now, lang);
  const changes = result.groups.map((g) => ({
    cells: g.writes.map((w) => fieldCell(tables, w)),
    logs: g.logRows,
  }));
  const sent = await sendSteps(
    context,
    loggedSteps(tables.rilevazioni, changes),
    onProgress,
    signal,
  );
  return {
    merged: result.writes.length,
    logRows: result.logRows.length,
    conflicts: result.conflicts,
    refused: result.refused,
    unusable: result.unusable,
    stopped: sent.stopped,
  };
}
