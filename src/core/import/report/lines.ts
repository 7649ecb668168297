/**
 * The text of a "SCHEDA OBIETTIVI" report (as `pdftotext` writes it) as numbered lines, each
 * with the page it is printed on, and the words and patterns its layout is made of.
 */
import { parseDateText } from "../../text/dates";
import { parseNumberText } from "../../text/numbers";
import type { IsoDate } from "../../model/types";

export interface ReportLine {
  /** the line's text, without the form feed and trailing spaces */
  readonly text: string;
  /** 1-based line of the text */
  readonly row: number;
  /** 1-based page of the report */
  readonly page: number;
}

export const TITLE = "SCHEDA OBIETTIVI";
/** the first line of every page but the first: "<ente> SCHEDA OBIETTIVI" (maybe a year after) */
const PAGE_HEADER = /^(\S.*?)[\s\-–:|]+SCHEDA OBIETTIVI(\s+\d{4})?$/;

/** The ente of a page header line, or null when the line is not one. */
export function pageHeaderEnte(text: string): string | null {
  return PAGE_HEADER.exec(text.trim())?.[1] ?? null;
}

/**
 * Splits the text into lines with their page. `pdftotext` ends every page with a form feed:
 * when the text has them they count the pages; a text without them (copied, or saved by
 * another tool) starts a new page at each page header. Page numbers ("Pagina 3 di 12") are
 * left out.
 */
export function reportLines(text: string): ReportLine[] {
  const withFeeds = text.includes("\f");
  const out: ReportLine[] = [];
  let page = 1;
  let pageHasText = false;
  const all = text.split(/\r\n|\r|\n/);
  // a text ends with a line break: no line after it
  if (all.length > 1 && all[all.length - 1] === "") all.pop();
  all.forEach((source, i) => {
    let line = source;
    if (withFeeds) {
      const feeds = line.split("\f").length - 1;
      if (feeds > 0) {
        page += feeds;
        line = line.replace(/\f/g, "");
      }
    } else if (pageHeaderEnte(line) !== null && pageHasText) {
      page += 1;
      pageHasText = false;
    }
    // the page numbers a printer adds are not part of any scheda
    if (isPageNumber(line)) return;
    line = line.trimEnd();
    if (line.trim() !== "") pageHasText = true;
    out.push({ text: line.trim(), row: i + 1, page });
  });
  return out;
}

/** Compares the report's fixed words ignoring case, accents, apostrophes and spacing. */
export function wordKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’`]/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*:$/, "")
    .trim()
    .toLowerCase();
}

export type Section =
  | "responsabile"
  | "collegato"
  | "statoAttuazione"
  | "modalitaAttuazione"
  | "soggetti"
  | "stato"
  | "fasi"
  | "fase"
  | "indicatori";

/** section headings with only their letters: "FASI - ATTIVITA'" and "Fasi-Attività" alike */
const SECTIONS: ReadonlyMap<string, Section> = new Map([
  ["responsabile", "responsabile"],
  ["collegatoa", "collegato"],
  ["statodiattuazione", "statoAttuazione"],
  ["modalitadiattuazione", "modalitaAttuazione"],
  ["soggetticoinvolti", "soggetti"],
  ["stato", "stato"],
  ["fasiattivita", "fasi"],
  ["fase", "fase"],
  ["indicatori", "indicatori"],
]);

/** The section a heading line opens, or null. */
export function sectionOf(text: string): Section | null {
  return SECTIONS.get(wordKey(text).replace(/[^a-z]/g, "")) ?? null;
}

/** A line a printer adds to every page, not part of the scheda: "Pagina 3 di 12", "Pag. 3". */
export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return /^pag(ina|\.)?\s*\d+(\s*(di|\/)\s*\d+)?$/i.test(t) || /^\d+\s+di\s+\d+$/i.test(t);
}

/** The column headings printed above soggetti, phases and indicators: nothing to import. */
export function isColumnHeading(text: string): boolean {
  const key = wordKey(text);
  return (
    key.startsWith("nominativo relazione") ||
    key.startsWith("inizio previsto") ||
    key.startsWith("peso avanzamento") ||
    key.startsWith("descrizione tipo")
  );
}

/** "Descrizione Tipo Valore Atteso … Valore Raggiunto 2020 Valore Raggiunto 2019 Note" */
export function headingYears(text: string): number[] {
  if (!wordKey(text).startsWith("descrizione tipo")) return [];
  return [...text.matchAll(/Raggiunto\s+(\d{4})/gi)].map((m) => Number(m[1]));
}

const DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
/** "3.500,00", "89,75", "-1,00": how the report prints every number */
const NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/;

export function isDateToken(token: string): boolean {
  return DATE.test(token) && parseDateText(token) !== null;
}

export function dateOf(token: string): IsoDate | null {
  return parseDateText(token);
}

export function isNumberToken(token: string): boolean {
  return NUMBER.test(token);
}

export function numberOf(token: string): number | null {
  return parseNumberText(token)?.value ?? null;
}

export function tokens(text: string): string[] {
  return text.split(/\s+/).filter((t) => t !== "");
}

/** A line made of one or two dates only (the effective dates of a phase). */
export function dateOnly(text: string): IsoDate[] | null {
  const parts = tokens(text);
  if (parts.length === 0 || parts.length > 2 || !parts.every(isDateToken)) return null;
  return parts.map((p) => dateOf(p) as IsoDate);
}

/** Text with letters and no lowercase letter: "SERV. MINORI, INFANZIA, EDUCAZ" */
export function isUpperCase(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}
