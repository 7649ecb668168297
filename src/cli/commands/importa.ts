/**
 * `schede-peg importa SORGENTE -o OUT.xlsx [--mappa MAPPA.json] [--anteprima] [--json]`:
 * a "SCHEDA OBIETTIVI" report (.txt, .pdf) or a table (.csv, .xlsx) -> a new PEG workbook,
 * with a summary of what was imported, what was refused and why (docs/importa.md).
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { basename, extname, resolve } from "node:path";
import { writeNewModelXlsx } from "../../adapters/xlsx-file/workbook";
import { localTimestamp } from "../../core/text/dates";
import { quoted, type Lang, type Texts } from "../../core/text/lang";
import {
  mappedColumns,
  readMapping,
  type Mapping,
  type MappingJson,
} from "../../core/import/mapping/contract";
import { MappingEngine, missingColumns } from "../../core/import/mapping/engine";
import { HEAD_ROWS, readAs, startTable } from "../../core/import/table";
import { proposeMapping } from "../../core/import/mapping/propose";
import {
  DEFAULT_VALUE_COLUMNS,
  parseSchedaReport,
  type ValueColumn,
} from "../../core/import/report/parse";
import { asPegModel, type ImportResult } from "../../core/import/types";
import { planUpsert } from "../../core/import/upsert";
import { emptyModel } from "../../core/model/defaults";
import type { Parsed } from "../args";
import { writeUpsert } from "../../adapters/xlsx-file/upsert";
import { WriteRefused } from "../../adapters/xlsx-file/write/cells";
import type { Impostazioni } from "../../core/model/types";
import type { SettingKey } from "../../core/schema/settings";
import { loadPegFile } from "./load";
import { checkNewFile } from "./output";
import { CliError, EXIT, nothingWritten, type ExitCode } from "../errors";
import type { CliIo } from "../io";
import {
  csvSource,
  findPdftotext,
  pdfText,
  PDF_MODES,
  PDFTOTEXT_HINT,
  readTextFile,
  xlsxSource,
  type SourceRow,
  type TableSource,
} from "./importa-read";
import {
  buildSummary,
  formatSummary,
  hasProblems,
  rejectedCsv,
  type SourceKind,
} from "./importa-report";
import { checkOutputPath } from "./paths";

type ImportaCommand = Extract<Parsed, { kind: "importa" }>;

interface Imported {
  readonly result: ImportResult;
  readonly read: Texts;
  readonly headers: readonly string[];
  readonly mappa?: MappingJson;
  readonly notes?: readonly string[];
}

const KINDS: Readonly<Record<string, SourceKind>> = {
  ".txt": "report",
  ".pdf": "report",
  ".csv": "csv",
  ".tsv": "csv",
  ".xlsx": "xlsx",
  ".xlsm": "xlsx",
};

const VALUE_NAMES: Readonly<Record<string, ValueColumn>> = {
  atteso: "valoreAtteso",
  raggiunto: "valoreRaggiunto",
  precedente: "valoreAnnoPrecedente",
  "due-anni-prima": "valoreDueAnniPrima",
};

function valueColumns(list: string | null): readonly ValueColumn[] {
  if (list === null) return DEFAULT_VALUE_COLUMNS;
  const names = list.split(",").map((s) => s.trim().toLowerCase());
  const columns = names.map((n) => VALUE_NAMES[n]);
  if (
    names.length === 0 ||
    columns.some((c) => c === undefined) ||
    new Set(names).size !== names.length
  ) {
    const names = Object.keys(VALUE_NAMES).join(", ");
    throw new CliError({
      it:
        `--valori «${list}» non valido: scrivere alcuni tra ${names}, ` +
        "separati da virgola e senza ripetizioni, es. --valori atteso,raggiunto,precedente",
      en:
        `Invalid --valori "${list}": write some of ${names}, ` +
        "separated by commas and without repeats, e.g. --valori atteso,raggiunto,precedente",
    });
  }
  return columns as ValueColumn[];
}

function checkCommand(cmd: ImportaCommand): SourceKind {
  if (cmd.into !== null && !cmd.preview && cmd.output === null) {
    throw new CliError({
      it: "Con --in serve anche -o NUOVO.xlsx: la cartella esistente non viene mai sovrascritta.",
      en: "--in needs -o NEW.xlsx as well: the existing workbook is never overwritten.",
    });
  }
  const kind = KINDS[extname(cmd.source).toLowerCase()];
  if (kind === undefined) {
    throw new CliError({
      it:
        `Non so importare «${cmd.source}»: servono un report «SCHEDA OBIETTIVI» (.txt o .pdf) ` +
        "o una tabella (.csv o .xlsx).",
      en:
        `Cannot import "${cmd.source}": it takes a "SCHEDA OBIETTIVI" report (.txt or .pdf) ` +
        "or a table (.csv or .xlsx).",
    });
  }
  if (cmd.mapping !== null && kind === "report") {
    throw new CliError({
      it: "--mappa vale per i file .csv e .xlsx: un report si importa senza mappa.",
      en: "--mappa applies to .csv and .xlsx files: a report is imported without a mapping.",
    });
  }
  if (cmd.sheet !== null && kind !== "xlsx")
    throw new CliError({
      it: "--foglio vale solo per i file .xlsx.",
      en: "--foglio applies to .xlsx files only.",
    });
  if (cmd.values !== null && kind !== "report") {
    throw new CliError({
      it: "--valori vale solo per i report «SCHEDA OBIETTIVI» (.txt o .pdf).",
      en: '--valori applies to "SCHEDA OBIETTIVI" reports (.txt or .pdf) only.',
    });
  }
  if (cmd.output !== null) {
    checkOutputPath(cmd.output);
    if (resolve(cmd.output) === resolve(cmd.source)) {
      throw new CliError({
        it: "Il file da scrivere (-o) deve essere diverso da quello da importare.",
        en: "The file to write (-o) must differ from the one to import.",
      });
    }
    if (cmd.into !== null) checkNewFile(cmd.into, cmd.output);
  }
  return kind;
}

async function readMappingFile(path: string): Promise<Mapping> {
  let text: string;
  try {
    text = (await readFile(path, "utf8")).replace(/^\ufeff/, "");
  } catch {
    throw new CliError({
      it: `Impossibile leggere la mappa «${path}».`,
      en: `Cannot read the mapping "${path}".`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    throw new CliError({
      it: `La mappa «${path}» non è un JSON valido: ${detail}`,
      en: `The mapping "${path}" is not valid JSON: ${detail}`,
    });
  }
  const read = readMapping(json);
  if ("errors" in read) {
    const list = (lang: Lang) => read.errors.map((e) => `\n  - ${e[lang]}`).join("");
    throw new CliError({
      it: `La mappa «${path}» non è utilizzabile:${list("it")}`,
      en: `The mapping "${path}" cannot be used:${list("en")}`,
    });
  }
  return read.mapping;
}

/** The report's text: a .txt as it is, a .pdf through pdftotext in the mode that reads best. */
async function importReport(cmd: ImportaCommand, io: CliIo): Promise<Imported> {
  const options = { valueColumns: valueColumns(cmd.values) };
  if (extname(cmd.source).toLowerCase() === ".txt") {
    const { text, encoding } = await readTextFile(cmd.source);
    return {
      result: parseSchedaReport(text, options),
      read: readAs.text(encoding),
      headers: [],
    };
  }
  const pdftotext = findPdftotext(io.env);
  if (pdftotext === null) throw new CliError(PDFTOTEXT_HINT);
  await readTextFile(cmd.source); // a missing or unreadable file is told as such
  let best: { result: ImportResult; mode: string; score: number } | null = null;
  for (const mode of PDF_MODES) {
    const result = parseSchedaReport(await pdfText(pdftotext, cmd.source, mode), options);
    const m = result.model;
    const score =
      2 * m.obiettivi.length +
      m.fasi.length +
      m.indicatori.length -
      2 * result.rejected.length -
      result.warnings.length -
      result.conflicts.length;
    if (best === null || score > best.score) best = { result, mode, score };
  }
  const chosen = best as { result: ImportResult; mode: string };
  const mode = chosen.mode;
  const read = {
    it: `report PDF letto con pdftotext (${mode === "" ? "ordine di lettura" : mode})`,
    en: `PDF report read with pdftotext (${mode === "" ? "reading order" : mode})`,
  };
  return { result: chosen.result, read, headers: [] };
}

/** The rows of a CSV or a sheet through the mapping (given, or proposed from the headers). */
async function importTable(
  cmd: ImportaCommand,
  kind: SourceKind,
  given: Mapping | null,
  stamp: { utente: string; timestamp: string },
): Promise<Imported> {
  const source: TableSource =
    kind === "csv" ? await csvSource(cmd.source) : await xlsxSource(cmd.source, cmd.sheet);
  const head: SourceRow[] = [];
  while (head.length < HEAD_ROWS) {
    const next = await source.rows.next();
    if (next.done) break;
    head.push(next.value);
  }
  const start = startTable(head, given ? mappedColumns(given) : null, given?.decimali ?? null);
  if (start.kind === "empty")
    throw new CliError({
      it: `«${cmd.source}» non contiene dati da importare.`,
      en: `"${cmd.source}" holds no data to import.`,
    });
  if (start.kind === "columns") {
    // what is missing comes from the core in Italian only
    const missing = missingColumns(given as Mapping, start.first).join("; ");
    const found = (lang: Lang) =>
      start.first
        .filter((h) => h !== "")
        .map((h) => quoted(h, lang))
        .join(", ");
    throw new CliError({
      it:
        `Nessuna delle prime righe di «${cmd.source}» ha tutte le colonne della mappa: ` +
        `${missing}. Intestazioni trovate: ${found("it")}.`,
      en:
        `None of the first rows of "${cmd.source}" has all the columns of the mapping: ` +
        `${missing}. Headers found: ${found("en")}.`,
    });
  }
  const { headers, sample, decimal } = start;
  let mapping = given;
  let proposal: ReturnType<typeof proposeMapping> | null = null;
  if (mapping === null) {
    proposal = proposeMapping(
      headers,
      sample.map((r) => r.cells),
      decimal,
    );
    const read = readMapping(proposal.mapping);
    if ("errors" in read) {
      const notes = proposal.notes;
      const details = (lang: Lang) => [...read.errors, ...notes].map((e) => `  - ${e[lang]}`);
      const proposed = JSON.stringify(proposal.mapping, null, 2);
      throw new CliError({
        it: [
          `Dalle intestazioni di «${cmd.source}» non si ricava una mappa completa:`,
          ...details("it"),
          "Mappa proposta (salvarla in un file .json, completarla e ripetere con --mappa FILE.json):",
          proposed,
        ].join("\n"),
        en: [
          `The headers of "${cmd.source}" do not give a complete mapping:`,
          ...details("en"),
          "Proposed mapping (save it in a .json file, complete it and run again with --mappa FILE.json):",
          proposed,
        ].join("\n"),
      });
    }
    mapping = read.mapping;
  }
  const engine = new MappingEngine(mapping, headers, {
    decimal,
    ...stamp,
    source: basename(cmd.source),
  });
  for (const r of sample) engine.add(r.cells, r.row);
  for (let next = await source.rows.next(); !next.done; next = await source.rows.next()) {
    engine.add(next.value.cells, next.value.row);
  }
  return {
    result: engine.result(),
    read: readAs.withDecimal(source.description, decimal),
    headers,
    ...(proposal ? { mappa: proposal.mapping, notes: proposal.notes.map((n) => n[cmd.lang]) } : {}),
  };
}

function currentUser(): string {
  try {
    return userInfo().username || "schede-peg";
  } catch {
    return "schede-peg";
  }
}

/** OUT.xlsx -> OUT-scartate.csv */
export function rejectedPath(output: string): string {
  return output.replace(/\.xlsx$/i, "-scartate.csv");
}

/** The settings the import gives, over the workbook's own. */
function pickSettings(result: {
  model: { impostazioni: Impostazioni };
  settings: readonly SettingKey[];
}): Partial<Impostazioni> {
  return Object.fromEntries(result.settings.map((k) => [k, result.model.impostazioni[k]]));
}

async function writeFileOrRefuse(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (e) {
    if (e instanceof WriteRefused) throw nothingWritten(e.texts);
    throw e;
  }
}

export async function importa(cmd: ImportaCommand, io: CliIo): Promise<ExitCode> {
  const kind = checkCommand(cmd);
  const mapping = cmd.mapping === null ? null : await readMappingFile(cmd.mapping);
  const stamp = { utente: currentUser(), timestamp: localTimestamp(new Date()) };
  const imported =
    kind === "report" ? await importReport(cmd, io) : await importTable(cmd, kind, mapping, stamp);
  const { result } = imported;
  if (result.model.obiettivi.length === 0) {
    const first = result.rejected.slice(0, 5);
    const reasons = (row: string, lang: Lang) =>
      first.map((r) => `\n  - ${row} ${r.row}: ${r.reason[lang]}`).join("");
    throw new CliError({
      it:
        (kind === "report"
          ? `In «${cmd.source}» non c'è nessuna scheda di un obiettivo: non sembra un report «SCHEDA OBIETTIVI» (un PDF fatto di immagini non contiene testo).`
          : `Da «${cmd.source}» non si è importato nessun obiettivo.`) + reasons("riga", "it"),
      en:
        (kind === "report"
          ? `"${cmd.source}" holds no objective's scheda: it does not look like a "SCHEDA OBIETTIVI" report (a PDF made of images holds no text).`
          : `No objective was imported from "${cmd.source}".`) + reasons("row", "en"),
    });
  }
  // a new workbook: every record is added, and its settings are the import's own;
  // --in: merged by key into the workbook's records
  const into = cmd.into === null ? null : await loadPegFile(cmd.into);
  const existing = into?.parsed.model ?? {
    ...emptyModel(),
    impostazioni: result.model.impostazioni,
  };
  const plan = planUpsert(existing, result, { ...stamp, source: basename(cmd.source) });
  let rejectedFile: string | null = null;
  if (!cmd.preview && cmd.output !== null) {
    if (into)
      await writeFileOrRefuse(() =>
        writeUpsert(
          into.book,
          into.raw,
          into.parsed.model,
          plan,
          { ...into.parsed.model.impostazioni, ...pickSettings(result) },
          cmd.output as string,
        ),
      );
    else await writeNewModelXlsx(asPegModel(result.model), cmd.output);
    const path = rejectedPath(cmd.output);
    if (result.rejected.length > 0) {
      await writeFile(path, rejectedCsv(result, kind, imported.headers, cmd.lang), "utf8");
      rejectedFile = path;
    } else await rm(path, { force: true });
  }
  const summary = buildSummary(
    { path: cmd.source, kind, read: imported.read[cmd.lang] },
    result,
    plan,
    {
      output: cmd.output,
      preview: cmd.preview,
      rejectedFile,
      mappa: imported.mappa,
      notes: imported.notes,
      lang: cmd.lang,
    },
  );
  io.out(cmd.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary, cmd.lang));
  return hasProblems(summary) ? EXIT.errors : EXIT.ok;
}
