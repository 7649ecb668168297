/**
 * The objective list as the views show and filter it: one row per objective with its
 * computed figures. Pure, so the filters are tested without rendering.
 */
import type { ComputeResult, Esito, ObjectiveResult } from "../../core/compute/types";
import type { Obiettivo, PegModel } from "../../core/model/types";
import { isSelected, type ObjectiveFilters } from "../../core/selection";

export interface ObjectiveRow {
  readonly obiettivo: Obiettivo;
  readonly codice: string;
  readonly descrizione: string;
  readonly centro: string;
  readonly responsabile: string;
  readonly esito: Esito;
  readonly result: ObjectiveResult | null;
}

export function objectiveRows(model: PegModel, result: ComputeResult): ObjectiveRow[] {
  const byCode = new Map(result.objectives.map((r) => [r.codice, r]));
  return model.obiettivi.map((o) => {
    const r = byCode.get(o.codice) ?? null;
    return {
      obiettivo: o,
      codice: o.codice,
      descrizione: o.descrizione,
      centro: o.centroResponsabilita,
      responsabile: o.responsabile,
      esito: r?.status ?? "non misurato",
      result: r,
    };
  });
}

/** the rows the filters select (the rule is the core's, as for the generated schede) */
export function filterRows(
  rows: readonly ObjectiveRow[],
  filters: ObjectiveFilters,
): ObjectiveRow[] {
  return rows.filter((r) => isSelected(r.obiettivo, filters, r.esito));
}

/** the distinct values offered by the filters, sorted */
export function filterChoices(rows: readonly ObjectiveRow[]) {
  const distinct = (pick: (r: ObjectiveRow) => string) =>
    [...new Set(rows.map(pick).filter((v) => v.trim() !== ""))].sort((a, b) =>
      a.localeCompare(b, "it"),
    );
  return { centri: distinct((r) => r.centro), responsabili: distinct((r) => r.responsabile) };
}

export { ESITI } from "../../core/compute/aggregates";
