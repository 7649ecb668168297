/**
 * Reading what `importa` imports: text files in UTF-8 or Windows-1252, PDF through
 * `pdftotext`, CSV streamed in chunks, the cells of an .xlsx sheet. The core gets text and
 * rows; the bytes, processes and packages stay here.
 */
import { execFile } from "node:child_process";
import { createReadStream, existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { delimiter as PATH_DELIMITER, join } from "node:path";
import { sheetRows, worksheetsOf } from "../../adapters/xlsx-file/sheet-rows";
import { openXlsx } from "../../adapters/xlsx-file/workbook";
import { sniffDelimiter } from "../../core/import/csv";
import { decodeText, decodeWindows1252, type Encoding } from "../../core/import/encoding";
import { CsvRows, readAs, type SourceRow } from "../../core/import/table";
import { quoted, type Lang, type Texts } from "../../core/text/lang";
import { CliError } from "../errors";

function readFailure(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    return new CliError({
      it: `Il file «${path}» non esiste.`,
      en: `The file "${path}" does not exist.`,
    });
  if (code === "EISDIR")
    return new CliError({
      it: `«${path}» è una cartella, non un file.`,
      en: `"${path}" is a folder, not a file.`,
    });
  const detail = (e as Error).message;
  return new CliError({
    it: `Impossibile leggere «${path}»: ${detail}`,
    en: `Cannot read "${path}": ${detail}`,
  });
}

/** A whole text file: UTF-8 when its bytes are valid UTF-8, else Windows-1252. */
export async function readTextFile(path: string): Promise<{ text: string; encoding: Encoding }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw readFailure(path, e);
  }
  return decodeText(bytes);
}

async function* chunks(path: string): AsyncGenerator<Buffer> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (e) {
    throw readFailure(path, e);
  }
}

/** The file's encoding, read through once without keeping it. */
async function sniffEncoding(path: string): Promise<Encoding> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of chunks(path)) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return "UTF-8";
  } catch (e) {
    if (e instanceof CliError) throw e;
    return "Windows-1252";
  }
}

async function* decoded(path: string, encoding: Encoding): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks(path)) {
    yield encoding === "UTF-8" ? decoder.decode(chunk, { stream: true }) : decodeWindows1252(chunk);
  }
  if (encoding === "UTF-8") yield decoder.decode();
}

export type { Encoding, SourceRow };

export interface TableSource {
  readonly rows: AsyncGenerator<SourceRow>;
  /** how the file was read, for the report: «CSV, separatore punto e virgola, Windows-1252» */
  readonly description: Texts;
}

/** A CSV file as rows, streamed: its encoding and delimiter found from the file itself. */
export async function csvSource(path: string): Promise<TableSource> {
  const encoding = await sniffEncoding(path);
  const text = decoded(path, encoding);
  let head = "";
  const buffered: string[] = [];
  // next() rather than for-await: leaving a for-await loop would close the generator
  while (head.length < 1 << 16) {
    const piece = await text.next();
    if (piece.done) break;
    buffered.push(piece.value);
    head += piece.value;
  }
  const delimiter = sniffDelimiter(head);
  async function* rows(): AsyncGenerator<SourceRow> {
    const csv = new CsvRows(delimiter);
    for (const piece of buffered) yield* csv.push(piece);
    for (let piece = await text.next(); !piece.done; piece = await text.next()) {
      yield* csv.push(piece.value);
    }
    yield* csv.end();
  }
  return {
    rows: rows(),
    description: readAs.csv(delimiter, encoding),
  };
}

/** The first worksheet of an .xlsx (or the one named), row by row. */
export async function xlsxSource(path: string, sheetName: string | null): Promise<TableSource> {
  const book = await openXlsx(path);
  const worksheets = worksheetsOf(book);
  const sheet =
    sheetName === null
      ? worksheets[0]
      : worksheets.find((s) => s.name.toLowerCase() === sheetName.trim().toLowerCase());
  if (!sheet) {
    const names = (lang: Lang) => worksheets.map((s) => quoted(s.name, lang)).join(", ");
    throw new CliError({
      it: `Il foglio «${sheetName}» non c'è in «${path}». I fogli sono: ` + `${names("it")}.`,
      en: `There is no sheet "${sheetName}" in "${path}". The sheets are: ` + `${names("en")}.`,
    });
  }
  const cells = sheetRows(book, sheet);
  async function* rows(): AsyncGenerator<SourceRow> {
    yield* cells;
  }
  return { rows: rows(), description: readAs.sheet(sheet.name) };
}

// ---- pdftotext -------------------------------------------------------------------------

const POPPLER_WINDOWS = ["C:\\Program Files\\poppler\\Library\\bin\\pdftotext.exe"];

/** pdftotext from PATH (or the usual place on Windows); null when not installed. */
export function findPdftotext(env: Readonly<Record<string, string | undefined>>): string | null {
  const names = process.platform === "win32" ? ["pdftotext.exe"] : ["pdftotext"];
  for (const dir of (env.PATH ?? "").split(PATH_DELIMITER).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return process.platform === "win32" ? (POPPLER_WINDOWS.find((p) => existsSync(p)) ?? null) : null;
}

export const PDFTOTEXT_HINT: Texts = {
  it: [
    "Per leggere un PDF serve pdftotext (Poppler), che non risulta installato.",
    "  - Linux (Debian/Ubuntu): sudo apt-get install poppler-utils",
    "  - macOS: brew install poppler",
    "  - Windows: scaricare Poppler per Windows, estrarlo e aggiungere la sua cartella",
    "    Library\\bin al PATH; poi riaprire il terminale e ripetere il comando.",
    "In alternativa salvare il report come testo (.txt) e importare quello.",
  ].join("\n"),
  en: [
    "Reading a PDF takes pdftotext (Poppler), which does not seem to be installed.",
    "  - Linux (Debian/Ubuntu): sudo apt-get install poppler-utils",
    "  - macOS: brew install poppler",
    "  - Windows: download Poppler for Windows, extract it and add its folder",
    "    Library\\bin to the PATH; then reopen the terminal and run the command again.",
    "Or save the report as text (.txt) and import that.",
  ].join("\n"),
};

/** The ways pdftotext lays the text out: its default reading order, -raw, -layout. */
export const PDF_MODES = ["", "-raw", "-layout"] as const;
export type PdfMode = (typeof PDF_MODES)[number];

/** The text of a PDF in one of pdftotext's modes. */
export function pdfText(pdftotext: string, path: string, mode: PdfMode): Promise<string> {
  const args = [...(mode === "" ? [] : [mode]), "-enc", "UTF-8", path, "-"];
  return new Promise((resolve, reject) => {
    execFile(
      pdftotext,
      args,
      { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 300_000 },
      (error, stdout, stderr) => {
        if (error) {
          const detail = String(stderr || error.message).split("\n")[0];
          reject(
            new CliError({
              it: `pdftotext non è riuscito a leggere «${path}»: ${detail}`,
              en: `pdftotext could not read "${path}": ${detail}`,
            }),
          );
        } else resolve(stdout);
      },
    );
  });
}
