/**
 * The objective list as the views show and filter it: one row per objective with its
 * computed figures. Pure, so the filters are tested without rendering.
 */
import type { ComputeResult, Esito, ObjectiveResult } from "../../core/compute/types";
import type { PegModel } from "../../core/model/types";
import type { ObjectiveFilters } from "../state/pane-store";

export interface ObjectiveRow {
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
      codice: o.codice,
      descrizione: o.descrizione,
      centro: o.centroResponsabilita,
      responsabile: o.responsabile,
      esito: r?.status ?? "non misurato",
      result: r,
    };
  });
}

/** lower case without accents, so "attivita" finds "attività" */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

export function filterRows(
  rows: readonly ObjectiveRow[],
  filters: ObjectiveFilters,
): ObjectiveRow[] {
  const words = fold(filters.search).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (filters.centro && r.centro !== filters.centro) return false;
    if (filters.responsabile && r.responsabile !== filters.responsabile) return false;
    if (filters.esito && r.esito !== filters.esito) return false;
    const haystack = fold(`${r.codice} ${r.descrizione}`);
    return words.every((w) => haystack.includes(w));
  });
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
