/**
 * The pages of a "SCHEDA OBIETTIVI" report: the first page with the selection parameters,
 * then, on every page, the heading of the objective it belongs to (printed again in full on
 * the pages that continue a scheda) followed by the page's body.
 */
import { oneLine } from "../text";
import { isUpperCase, pageHeaderEnte, sectionOf, tokens, wordKey, type ReportLine } from "./lines";

export interface PageHead {
  readonly page: number;
  readonly codice: string;
  /** the line with the code */
  readonly at: ReportLine;
  /** what follows the code up to the first blank line: assessorato, maybe the centro */
  readonly afterCode: string;
  /** the blocks (separated by blank lines) between the code and "Responsabile" */
  readonly blocks: readonly (readonly ReportLine[])[];
  readonly responsabile: string;
  readonly responsabileAt: ReportLine | null;
}

export interface ReportPage {
  readonly ente: string;
  readonly head: PageHead | null;
  /** the lines after the heading */
  readonly body: readonly ReportLine[];
  /** every line of the page after the page header, for a page without an objective */
  readonly lines: readonly ReportLine[];
}

export interface FrontMatter {
  readonly lines: readonly ReportLine[];
  /** "Vista" -> "DUP_2021_2023 DUP 2021 2023", as printed under "Parametri selezionati" */
  readonly parameters: ReadonlyMap<string, string>;
  readonly dataElaborazione: string | null;
}

const PARAMETERS = [
  "Data elaborazione",
  "Vista",
  "Livello",
  "Centro di Responsabilità",
  "Settore",
  "Stato",
  "Anno",
  "Esercizio",
];

export function frontMatter(lines: readonly ReportLine[]): FrontMatter {
  const parameters = new Map<string, string>();
  for (const line of lines) {
    const name = PARAMETERS.find((p) => wordKey(line.text).startsWith(`${wordKey(p)} `));
    if (name !== undefined && !parameters.has(name)) {
      parameters.set(name, line.text.slice(name.length).trim());
    }
  }
  return { lines, parameters, dataElaborazione: parameters.get("Data elaborazione") ?? null };
}

/** Splits the lines at the page headers: what comes before the first one, then the pages. */
export function splitPages(lines: readonly ReportLine[]): {
  front: ReportLine[];
  pages: ReportPage[];
} {
  const front: ReportLine[] = [];
  const pages: { ente: string; lines: ReportLine[] }[] = [];
  for (const line of lines) {
    const ente = pageHeaderEnte(line.text);
    if (ente !== null) pages.push({ ente, lines: [] });
    else if (pages.length === 0) front.push(line);
    else pages[pages.length - 1].lines.push(line);
  }
  return { front, pages: pages.map((p) => ({ ...p, ...readHead(p.lines) })) };
}

/** "OBIETTIVO DI PEG Assessorato Centro di Responsabilità": the columns of the heading */
function isHeadingColumns(text: string): boolean {
  const key = wordKey(text);
  return key.includes("assessorato") && key.includes("centro di responsabilita");
}

const SEGUE = /\(?\bsegue\b\)?/gi;

function readHead(lines: readonly ReportLine[]): { head: PageHead | null; body: ReportLine[] } {
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && (lines[i].text === "" || /^\(?segue\)?$/i.test(lines[i].text))) i++;
  };
  skipBlank();
  if (i < lines.length && isHeadingColumns(lines[i].text)) i++;
  skipBlank();
  const at = lines[i];
  const first = at === undefined ? [] : tokens(at.text.replace(SEGUE, " "));
  if (at === undefined || !/\d/.test(first[0] ?? "") || sectionOf(at.text) !== null) {
    return { head: null, body: lines.slice(i) };
  }
  const codeBlock = [first.slice(1).join(" ")];
  i++;
  while (i < lines.length && lines[i].text !== "" && sectionOf(lines[i].text) === null) {
    codeBlock.push(lines[i].text);
    i++;
  }
  const blocks: ReportLine[][] = [];
  let block: ReportLine[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i];
    const section = sectionOf(line.text);
    if (section !== null) break;
    if (line.text === "") {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length > 0) blocks.push(block);
  let responsabile = "";
  let responsabileAt: ReportLine | null = null;
  if (i < lines.length && sectionOf(lines[i].text) === "responsabile") {
    i++;
    skipBlank();
    if (i < lines.length && sectionOf(lines[i].text) === null) {
      responsabile = lines[i].text;
      responsabileAt = lines[i];
      i++;
    }
  }
  const head: PageHead = {
    page: at.page,
    codice: first[0],
    at,
    afterCode: oneLine(codeBlock.join(" ")),
    blocks,
    responsabile,
    responsabileAt,
  };
  return { head, body: lines.slice(i) };
}

/** A block printed on its own in capitals right after the code: the centro di responsabilità. */
export function officeBlock(head: PageHead): string | null {
  if (head.blocks.length < 2) return null;
  const text = oneLine(head.blocks[0].map((l) => l.text).join(" "));
  return isUpperCase(text) ? text : null;
}
