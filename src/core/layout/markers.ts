/**
 * How a sheet says "Schede PEG generated me": a hidden workbook-scoped named item
 * (`workbook.names.add`, ExcelApi 1.4; `formula`, ExcelApi 1.7;
 * learn.microsoft.com/javascript/api/excel/excel.nameditemcollection) that refers to A1 of the
 * generated sheet and whose comment says what the sheet holds. Chosen because:
 * - `Worksheet.id` changes between sessions and Excel versions
 *   (github.com/OfficeDev/office-js-docs/issues/297, office-js/issues/1390), so it cannot key
 *   a list kept in the document settings;
 * - a marker cell would be visible, printable and easy to type over;
 * - a reference follows its sheet when it is renamed or moved and turns into #REF! when the
 *   sheet is deleted, it is saved in the file, and all the names are read with the worksheet
 *   names in the first round trip. A user's own sheet (or a copy of a scheda) is not the target
 *   of our name, so it is never replaced.
 */
export const MARKER_PREFIX = "SchedePEG_";
const COMMENT_PREFIX = "Schede PEG: ";

/**
 * "modello": a helper sheet of a generation, deleted at its end (or by the next one);
 * "versione": the hidden frozen copy of a plan's version, never replaced by a generation.
 */
export type Marker =
  | { readonly kind: "scheda"; readonly codice: string }
  | { readonly kind: "versione"; readonly numero: number }
  | { readonly kind: "indice" }
  | { readonly kind: "modello" }
  | { readonly kind: "relazione" }
  | { readonly kind: "prospetto" };

const PLAIN_KINDS = ["indice", "modello", "relazione", "prospetto"] as const;

/** The comment stored on the name; a person opening the Name Manager understands it too. */
export function markerComment(marker: Marker): string {
  if (marker.kind === "scheda") return `${COMMENT_PREFIX}scheda ${marker.codice}`;
  if (marker.kind === "versione") return `${COMMENT_PREFIX}versione ${marker.numero}`;
  return `${COMMENT_PREFIX}${marker.kind}`;
}

export function parseMarker(comment: string | null | undefined): Marker | null {
  if (!comment || !comment.startsWith(COMMENT_PREFIX)) return null;
  const rest = comment.slice(COMMENT_PREFIX.length);
  const plain = PLAIN_KINDS.find((k) => k === rest);
  if (plain) return { kind: plain };
  if (rest.startsWith("scheda ") && rest.length > 7)
    return { kind: "scheda", codice: rest.slice(7) };
  const version = /^versione (\d+)$/.exec(rest);
  if (version) return { kind: "versione", numero: Number(version[1]) };
  return null;
}

/**
 * The sheet a name's formula points at: `='My sheet'!$A$1` or `=Sheet1!$A$1` (apostrophes
 * inside a quoted name are doubled). Null for #REF! and anything else.
 */
export function sheetOfFormula(formula: string): string | null {
  const quoted = /^='((?:[^']|'')+)'!\$?[A-Z]+\$?\d+$/.exec(formula);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^=([^'!#][^!]*)!\$?[A-Z]+\$?\d+$/.exec(formula);
  return plain ? plain[1] : null;
}

/** where the search for a free marker name goes on, per set of taken names */
const searchFrom = new WeakMap<Set<string>, number>();

/** A free name for a new marker: SchedePEG_1, SchedePEG_2… (taken: lower-case names, updated) */
export function nextMarkerName(taken: Set<string>): string {
  for (let n = searchFrom.get(taken) ?? 1; ; n++) {
    const name = `${MARKER_PREFIX}${n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      searchFrom.set(taken, n + 1);
      return name;
    }
  }
}

/** A named item as both adapters read it; `formula` as the JS API gives it ("='Sheet'!$A$1"). */
export interface NamedItem {
  readonly name: string;
  readonly comment: string | null;
  readonly formula: string;
}

export interface MarkedSheets {
  /** every sheet, in order, with our marker and its name where it has one */
  readonly sheets: readonly { name: string; marker: Marker | null; markerName: string | null }[];
  /** our names whose sheet no longer exists */
  readonly stale: readonly string[];
}

/**
 * Which sheets carry our marker. A name that merely looks like ours, without our comment, is
 * the user's; a sheet holding a data table is never ours to replace, whatever name points at it.
 */
export function markedSheets(
  sheetNames: readonly string[],
  names: readonly NamedItem[],
  dataSheets: readonly string[],
): MarkedSheets {
  const present = new Set(sheetNames.map((s) => s.toLowerCase()));
  const data = new Set(dataSheets.map((s) => s.toLowerCase()));
  const bySheet = new Map<string, { name: string; marker: Marker }>();
  const stale: string[] = [];
  for (const n of names) {
    const marker = n.name.startsWith(MARKER_PREFIX) ? parseMarker(n.comment) : null;
    if (marker === null) continue;
    const sheet = sheetOfFormula(n.formula)?.toLowerCase() ?? null;
    if (sheet === null || !present.has(sheet)) stale.push(n.name);
    else if (!bySheet.has(sheet) && !data.has(sheet)) bySheet.set(sheet, { name: n.name, marker });
  }
  return {
    sheets: sheetNames.map((name) => {
      const m = bySheet.get(name.toLowerCase());
      return { name, marker: m?.marker ?? null, markerName: m?.name ?? null };
    }),
    stale,
  };
}
