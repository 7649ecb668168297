/**
 * writeComputed(): the computed columns only — on Obiettivi avanzamentoFasi,
 * raggiungimentoIndicatori, raggiungimento, esito; on Indicatori raggiungimento — each as one
 * contiguous column array from the first body row. Two syncs: one reads the two tables to
 * match rows to results by key (codice; obiettivo + numero), one writes. A row without a
 * result (a blank or unreadable row) keeps what its cell holds.
 */
import type { ComputeResult } from "../../core/compute/types";
import type { CellValue } from "../../core/schema/raw";
import type { TableDef } from "../../core/schema/types";
import { positionOf } from "./cells";
import { readFresh } from "./load";
import type { TableRead } from "./read-tables";

type Lookup = (row: number) => CellValue | undefined;

function queueColumn(
  context: Excel.RequestContext,
  t: TableRead,
  key: string,
  lookup: Lookup,
): boolean {
  const at = positionOf(t.def, t.headers, key);
  if (at < 0 || t.rows.length === 0) return false;
  const values = t.rows.map((r, i) => [lookup(i) ?? r[at]]);
  const col = t.def.columns.find((c) => c.key === key) as TableDef["columns"][number];
  const range = context.workbook.tables
    .getItem(t.def.table)
    .getDataBodyRange()
    .getColumn(at)
    .getRow(0)
    .getResizedRange(values.length - 1, 0);
  // rows a colleague appends meanwhile are outside this range; text goes in as text
  if (col.numberFormat === "@") range.numberFormat = values.map(() => ["@"]);
  range.values = values;
  return true;
}

function cell(v: number | string | null | undefined): CellValue | undefined {
  return v === undefined ? undefined : (v ?? "");
}

export async function writeComputedColumns(
  context: Excel.RequestContext,
  result: ComputeResult,
): Promise<void> {
  const { read, parsed } = await readFresh(context, ["obiettivi", "indicatori"]);
  const byCode = new Map(result.objectives.map((o) => [o.codice, o]));
  const byIndicator = new Map(
    result.objectives.flatMap((o) => o.indicators).map((i) => [`${i.obiettivo}|${i.numero}`, i]),
  );
  const objectiveAt = new Map(
    parsed.model.obiettivi.map((o) => [o.origin?.row, byCode.get(o.codice)]),
  );
  const indicatorAt = new Map(
    parsed.model.indicatori.map((i) => [
      i.origin?.row,
      byIndicator.get(`${i.obiettivo}|${i.numero}`),
    ]),
  );
  let queued = false;
  const obiettivi = read.tables.obiettivi;
  if (obiettivi) {
    const columns: [string, (row: number) => CellValue | undefined][] = [
      ["avanzamentoFasi", (r) => cell(objectiveAt.get(r)?.phaseProgress)],
      ["raggiungimentoIndicatori", (r) => cell(objectiveAt.get(r)?.indicatorAchievement)],
      ["raggiungimento", (r) => cell(objectiveAt.get(r)?.overall)],
      ["esito", (r) => cell(objectiveAt.get(r)?.status)],
    ];
    for (const [key, lookup] of columns)
      queued = queueColumn(context, obiettivi, key, lookup) || queued;
  }
  const indicatori = read.tables.indicatori;
  if (indicatori) {
    const lookup = (r: number) => cell(indicatorAt.get(r)?.computed);
    queued = queueColumn(context, indicatori, "raggiungimento", lookup) || queued;
  }
  if (queued) await context.sync();
}
