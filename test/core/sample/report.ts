/**
 * Helpers that read the committed report text, so the sample is checked against its source
 * and not against a copy of itself. Each helper prints values the way the report does.
 */
import { readFileSync } from "fs";
import { join } from "path";

export const REPORT_LINES: readonly string[] = readFileSync(
  join(__dirname, "../../../docs/fonte/scheda-obiettivi-2021.txt"),
  "utf8",
).split("\n");

/** every run of whitespace (the PDF's line breaks, blank lines) becomes one space */
export function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export const REPORT = normalise(REPORT_LINES.join("\n"));

/** 3500 -> "3.500,00", 89.75 -> "89,75": the report's number format */
export function italianNumber(value: number): string {
  const [int, dec] = Math.abs(value).toFixed(2).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped},${dec}`;
}

/** "2021-04-29" -> "29/04/2021" */
export function italianDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** the column headers printed between a phase's description and its numbers */
export const PHASE_HEADERS =
  "Inizio Previsto Fine Prevista Peso Avanzamento Responsabile Centro di Responsabilità " +
  "NoteInizio Effettivo Fine Effettiva";

export const INDICATOR_TYPES =
  "EFFICACIA|EFFICIENZA|QUANTITATIVO|QUALITATIVO|ECONOMICITA'|TEMPORALE";

/** lines of the report that carry an indicator's type and values (one per indicator) */
export const INDICATOR_LINES = REPORT_LINES.filter((l) =>
  new RegExp(`(^| )(${INDICATOR_TYPES})( [\\d.]+,\\d\\d)+( |$)`).test(l),
);

/** Where `snippet` stands in the normalised report (or in `scope`), or a readable failure. */
export function positionInReport(snippet: string, scope: string = REPORT): number {
  const at = scope.indexOf(normalise(snippet));
  if (at < 0) throw new Error(`Testo non trovato nel report: «${normalise(snippet)}»`);
  return at;
}

/** The report's lines of one objective's scheda, over all its pages. */
export function schedaLines(code: string): string[] {
  const pages: string[][] = [];
  for (const line of REPORT_LINES) {
    if (line === "Citta' di Cinisello Balsamo SCHEDA OBIETTIVI") pages.push([]);
    else pages[pages.length - 1]?.push(line);
  }
  return pages.filter((p) => p.some((l) => l.startsWith(`${code} `))).flat();
}

/** One objective's scheda as normalised text (all its pages, in order). */
export function schedaText(code: string): string {
  return normalise(schedaLines(code).join("\n"));
}
