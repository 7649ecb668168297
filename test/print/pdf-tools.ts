/** LibreOffice and poppler-utils, driven from the print tests. */
import { execFileSync, spawnSync } from "node:child_process";
import { convertToPdf } from "../../src/cli/commands/pdf";

export function hasCommand(cmd: string, arg = "--version"): boolean {
  const r = spawnSync(cmd, [arg], { stdio: "ignore", timeout: 60000 });
  return r.error === undefined;
}

/** Converts an .xlsx to PDF through the CLI's own converter (private profile, Italian locale). */
export async function xlsxToPdf(xlsx: string, outDir: string): Promise<string> {
  return convertToPdf("soffice", xlsx, outDir);
}

export interface PageSize {
  readonly width: number;
  readonly height: number;
}

export function pageSizes(pdf: string): PageSize[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "100000", pdf], { encoding: "utf8" });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Text of each page, laid out as printed (pages are split at form feeds). */
export function pageTexts(pdf: string): string[] {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages = text.split("\f");
  if (pages[pages.length - 1].trim() === "") pages.pop();
  return pages;
}

export interface WordBox {
  readonly page: number;
  readonly xMin: number;
  readonly xMax: number;
  /** top of the glyph box, from the top of the page */
  readonly yMin: number;
  /** bottom of the glyph box, from the top of the page */
  readonly yMax: number;
  /** glyph box height: the font size times ~1.12 for Arial/Liberation Sans */
  readonly height: number;
  readonly word: string;
}

/** Every word with its horizontal extent, from `pdftotext -bbox`. */
export function wordBoxes(pdf: string): WordBox[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const boxes: WordBox[] = [];
  let page = 0;
  for (const line of html.split("\n")) {
    if (line.includes("<page ")) page++;
    const m =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (m)
      boxes.push({
        page,
        xMin: Number(m[1]),
        xMax: Number(m[3]),
        yMin: Number(m[2]),
        yMax: Number(m[4]),
        height: Number(m[4]) - Number(m[2]),
        word: unescapeXml(m[5]),
      });
  }
  return boxes;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** pdftotext writes the words as XHTML text */
function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (_, e: string) => {
    if (e.startsWith("#x") || e.startsWith("#X"))
      return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? `&${e};`;
  });
}

/** PNG pages for a person to look at. */
export function pdfToPngs(pdf: string, prefix: string, dpi = 60): void {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), pdf, prefix], { stdio: "pipe" });
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
