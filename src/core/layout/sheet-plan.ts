/**
 * Which sheets a generation writes and under which names (pure). A sheet is replaced only when
 * it carries this add-in's marker for the same objective; any other sheet keeps its name and
 * contents, and the scheda takes another name with the reason in Italian.
 */
import { INDEX_SHEET_NAME } from "./index-sheet";
import { schedaSheetName } from "./sheet-name";
import type { Marker } from "./markers";

/** A sheet of the workbook as the plan needs it: its name and our marker, if it has one. */
export interface ExistingSheet {
  readonly name: string;
  readonly marker: Marker | null;
}

export interface PlannedSheet {
  /** null for the index */
  readonly codice: string | null;
  readonly name: string;
  /** our earlier sheet this one replaces (deleted just before the new one is added) */
  readonly replaces: string | null;
  readonly renamedBecause?: string;
}

export interface Plan {
  readonly schede: readonly PlannedSheet[];
  readonly index: PlannedSheet | null;
}

const norm = (s: string | null | undefined): string => (s ?? "").trim().toLowerCase();

/** Our earlier sheet for a target: the one with the expected name if any, else the first. */
function earlier(
  sheets: readonly ExistingSheet[],
  match: (s: ExistingSheet) => boolean,
  expected: string,
): string | null {
  const mine = sheets.filter(match);
  const same = mine.find((s) => norm(s.name) === norm(expected));
  return (same ?? mine[0])?.name ?? null;
}

/**
 * The one sheet of a kind (the index, the Relazione): our earlier sheet of that kind is
 * replaced; when a user's sheet holds `natural`, the new sheet takes the next free name.
 */
export function planSingleSheet(
  natural: string,
  kind: Marker["kind"],
  sheets: readonly ExistingSheet[],
): PlannedSheet {
  const replaces = earlier(sheets, (s) => s.marker?.kind === kind, natural);
  const taken = new Set(sheets.map((s) => norm(s.name)));
  const name = schedaSheetName(natural, (lower) => taken.has(lower) && lower !== norm(replaces));
  return { codice: null, name, replaces };
}

export function planSheets(
  codici: readonly string[],
  sheets: readonly ExistingSheet[],
  withIndex: boolean,
): Plan {
  const natural = (codice: string): string => schedaSheetName(codice, []);
  const oldOf = new Map<string, string | null>();
  for (const codice of codici)
    oldOf.set(
      codice,
      earlier(
        sheets,
        (s) => s.marker?.kind === "scheda" && s.marker.codice === codice,
        natural(codice),
      ),
    );

  // A target may reuse only its own earlier sheet's name: the other earlier sheets are replaced
  // later, possibly in a later round trip, so their names are still taken when this one is added.
  const taken = new Set(sheets.map((s) => norm(s.name)));
  const nameFor = (base: string, old: string | null): string =>
    schedaSheetName(base, (lower) => taken.has(lower) && lower !== norm(old));
  const plannedBy = new Map<string, string>();
  const reason = (wantedName: string, used: string): string => {
    const holder = sheets.find((s) => norm(s.name) === norm(wantedName));
    const other = plannedBy.get(norm(wantedName));
    if (other !== undefined)
      return `Il nome «${wantedName}» è già usato in questa generazione (${other}): la scheda è nel foglio «${used}».`;
    if (holder?.marker)
      return `Il foglio «${wantedName}» contiene un'altra scheda generata in precedenza: la scheda è nel foglio «${used}».`;
    return `Esiste già un foglio «${wantedName}» che non è stato creato da Schede PEG: è stato lasciato com'è e la scheda è nel foglio «${used}».`;
  };

  let index: PlannedSheet | null = null;
  if (withIndex) {
    // planned first, so it sees only the workbook's own names
    const planned = planSingleSheet(INDEX_SHEET_NAME, "indice", sheets);
    const { name } = planned;
    taken.add(norm(name));
    plannedBy.set(norm(name), "indice");
    index = {
      ...planned,
      ...(name !== INDEX_SHEET_NAME ? { renamedBecause: reason(INDEX_SHEET_NAME, name) } : {}),
    };
  }
  const schede = codici.map((codice): PlannedSheet => {
    const name = nameFor(codice, oldOf.get(codice) ?? null);
    const base = natural(codice);
    const renamedBecause = name !== base ? reason(base, name) : undefined;
    taken.add(norm(name));
    plannedBy.set(norm(name), codice);
    return {
      codice,
      name,
      replaces: oldOf.get(codice) ?? null,
      ...(renamedBecause ? { renamedBecause } : {}),
    };
  });
  return { schede, index };
}
