/** Which objectives `genera` prints: the filters of the command line, ANDed together. */
import type { Obiettivo } from "../../core/model/types";
import type { GeneraFilters } from "../args";
import { CliError } from "../errors";

function norm(s: string | null | undefined): string {
  return (s ?? "").trim().toLowerCase();
}

/** An empty list lets everything through; otherwise one of the values must match. */
function matches(wanted: readonly string[], value: string | null | undefined): boolean {
  return wanted.length === 0 || wanted.some((w) => norm(w) === norm(value));
}

export function selectObjectives(
  obiettivi: readonly Obiettivo[],
  filters: GeneraFilters,
): Obiettivo[] {
  if (obiettivi.length === 0) {
    throw new CliError(
      "Il foglio Obiettivi è vuoto: inserire almeno un obiettivo prima di generare le schede.",
    );
  }
  const unknown = filters.obiettivi.filter(
    (c) => !obiettivi.some((o) => norm(o.codice) === norm(c)),
  );
  if (unknown.length > 0) {
    throw new CliError(
      `Obiettivo non trovato nel foglio Obiettivi: ${unknown.join(", ")}. Controllare il codice.`,
    );
  }
  const chosen = obiettivi.filter(
    (o) =>
      matches(filters.obiettivi, o.codice) &&
      matches(filters.cdr, o.centroResponsabilita) &&
      matches(filters.responsabili, o.responsabile) &&
      matches(filters.stati, o.stato),
  );
  if (chosen.length === 0) {
    throw new CliError(
      "Nessun obiettivo corrisponde ai filtri indicati: controllare --cdr, --responsabile e --stato.",
    );
  }
  return chosen;
}
