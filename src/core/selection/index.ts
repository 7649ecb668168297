/**
 * Which objectives a choice selects: the one rule behind `genera --cdr … --stato …`, the pane's
 * objective list (Cruscotto, Schede) and "Genera schede". Pure.
 *
 * A filter is a list of values: an empty or missing list lets every objective through,
 * otherwise the objective's value must equal one of them, compared without surrounding spaces
 * and case. Filters are ANDed. The free text keeps the objectives whose codice or descrizione
 * holds every word, accents and case ignored ("attivita" finds "attività").
 */
import type { Lang } from "../text/lang";
import type { Esito } from "../compute/types";
import type { Obiettivo } from "../model/types";

export interface ObjectiveFilters {
  readonly centri?: readonly string[];
  readonly responsabili?: readonly string[];
  readonly stati?: readonly string[];
  /** monitoring statuses; an objective without a result counts as "non misurato" */
  readonly esiti?: readonly Esito[];
  /** words searched in codice and descrizione */
  readonly testo?: string;
}

/** lower case without accents, so "attivita" finds "attività" */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

function norm(s: string | null | undefined): string {
  return (s ?? "").trim().toLowerCase();
}

/** true when `value` is one of `wanted`, or when nothing is wanted */
function oneOf(wanted: readonly string[] | undefined, value: string | null | undefined): boolean {
  return !wanted || wanted.length === 0 || wanted.some((w) => norm(w) === norm(value));
}

function hasWords(o: Obiettivo, testo: string | undefined): boolean {
  const words = fold(testo ?? "")
    .split(/\s+/)
    .filter(Boolean);
  const haystack = fold(`${o.codice} ${o.descrizione}`);
  return words.every((w) => haystack.includes(w));
}

export function isSelected(
  o: Obiettivo,
  filters: ObjectiveFilters,
  esito: Esito = "non misurato",
): boolean {
  return (
    oneOf(filters.centri, o.centroResponsabilita) &&
    oneOf(filters.responsabili, o.responsabile) &&
    oneOf(filters.stati, o.stato) &&
    oneOf(filters.esiti, esito) &&
    hasWords(o, filters.testo)
  );
}

export type Choice =
  | { readonly ok: true; readonly obiettivi: Obiettivo[] }
  /** why nothing can be printed and what to do, in the language asked */
  | { readonly ok: false; readonly reason: string };

/**
 * The objectives to print, in the sheet's order: those named by `codici` (all when undefined)
 * that pass the filters. Refused, with the reason, when the sheet is empty, a code is not
 * there, or nothing is left.
 */
export function chooseObjectives(
  obiettivi: readonly Obiettivo[],
  codici: readonly string[] | undefined,
  filters: ObjectiveFilters = {},
  lang: Lang = "it",
): Choice {
  if (obiettivi.length === 0) {
    return {
      ok: false,
      reason: {
        it: "Il foglio Obiettivi è vuoto: inserire almeno un obiettivo prima di generare le schede.",
        en: "The Obiettivi sheet is empty: enter at least one objective before generating the schede.",
      }[lang],
    };
  }
  const unknown = (codici ?? []).filter((c) => !obiettivi.some((o) => norm(o.codice) === norm(c)));
  if (unknown.length > 0) {
    return {
      ok: false,
      reason: {
        it: `Obiettivo non trovato nel foglio Obiettivi: ${unknown.join(", ")}. Controllare il codice.`,
        en: `Objective not found on the Obiettivi sheet: ${unknown.join(", ")}. Check the code.`,
      }[lang],
    };
  }
  const chosen = obiettivi.filter(
    (o) => (!codici || codici.some((c) => norm(c) === norm(o.codice))) && isSelected(o, filters),
  );
  if (chosen.length === 0) {
    return {
      ok: false,
      reason: {
        it: "Nessun obiettivo corrisponde ai filtri scelti (centro di responsabilità, responsabile, stato): modificare i filtri.",
        en: "No objective matches the filters chosen (centro di responsabilità, responsabile, stato): change the filters.",
      }[lang],
    };
  }
  return { ok: true, obiettivi: chosen };
}
