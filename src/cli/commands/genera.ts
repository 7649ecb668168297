/**
 * `schede-peg genera FILE.xlsx -o OUT.xlsx [filters] [--pdf DIR]`: OUT holds the data sheets
 * of FILE as they are, the "Indice schede" sheet and one printable scheda per objective.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import {
  sheetsOf,
  writeSchede,
  writeSchedeOnly,
  type NewSheet,
} from "../../adapters/xlsx-file/schede";
import { computeAll } from "../../core/compute";
import { buildIndexSheet, buildScheda } from "../../core/layout";
import { planSheets } from "../../core/layout/sheet-plan";
import type { IsoDate } from "../../core/model/types";
import { chooseObjectives } from "../../core/selection";
import { checkParsed } from "../../core/verifica";
import { same, type Lang } from "../../core/text/lang";
import type { Parsed } from "../args";
import { CliError, EXIT, type ExitCode } from "../errors";
import type { CliIo } from "../io";
import { plural } from "../format";
import { buildReport, errorCount } from "../report";
import { loadPegFile } from "./load";
import { checkOutputPath } from "./paths";
import { convertToPdf, findSoffice, NO_PDF } from "./pdf";

type GeneraCommand = Extract<Parsed, { kind: "genera" }>;

/** Today in local time, as the date of what a command writes. */
export function today(): IsoDate {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}

/** What `genera` tells of its work, in each language. */
const WRITTEN: Record<
  Lang,
  {
    readonly written: (file: string, schede: number, index: string, replaced: boolean) => string;
    readonly sheetOf: (codice: string, sheet: string) => string;
    readonly errors: (count: number, command: string) => string;
    readonly pdf: (file: string) => string;
  }
> = {
  it: {
    written: (file, schede, index, replaced) =>
      `Scritto «${file}»: ${schede} ${schede === 1 ? "scheda" : "schede"} ` +
      `e il foglio «${index}»${replaced ? " (sostituite le schede precedenti)" : ""}.`,
    sheetOf: (codice, sheet) => `  La scheda di ${codice} è nel foglio «${sheet}».`,
    errors: (count, command) =>
      `Attenzione: i dati contengono ${plural(count, "errore", "errori")}; i dettagli con: ${command}`,
    pdf: (file) => `Scritto «${file}».`,
  },
  en: {
    written: (file, schede, index, replaced) =>
      `Written "${file}": ${plural(schede, "scheda", "schede", "en")} ` +
      `and the sheet "${index}"${replaced ? " (the earlier schede replaced)" : ""}.`,
    sheetOf: (codice, sheet) => `  The scheda of ${codice} is on the sheet "${sheet}".`,
    errors: (count, command) =>
      `Warning: the data hold ${plural(count, "error", "errors", "en")}; the details with: ${command}`,
    pdf: (file) => `Written "${file}".`,
  },
};

function checkPaths(cmd: GeneraCommand): void {
  if (!/\.xlsm$/i.test(cmd.output)) checkOutputPath(cmd.output);
  if (resolve(cmd.output) === resolve(cmd.file)) {
    throw new CliError({
      it:
        "Il file da scrivere (-o) deve essere diverso da quello di partenza: " +
        "il file originale non viene mai sovrascritto.",
      en:
        "The file to write (-o) must differ from the file to start from: " +
        "the original file is never overwritten.",
    });
  }
}

export async function genera(cmd: GeneraCommand, io: CliIo): Promise<ExitCode> {
  checkPaths(cmd);
  const soffice = cmd.pdfDir === null ? null : findSoffice(io.env);
  const { book, raw, parsed } = await loadPegFile(cmd.file, cmd.lang);
  checkOutputPath(cmd.output, book.macroEnabled);
  const model = parsed.model;
  const choice = chooseObjectives(
    model.obiettivi,
    cmd.codici.length > 0 ? cmd.codici : undefined,
    cmd.filters,
    cmd.lang,
  );
  // the reason comes in the language asked
  if (!choice.ok) throw new CliError(same(choice.reason));
  const computed = computeAll(model);
  const results = new Map(computed.objectives.map((r) => [r.codice, r]));
  const dataElaborazione = today();

  // every scheda and index of an earlier run goes; the user's own sheets all stay
  const marked = sheetsOf(book, raw);
  const earlier = marked.sheets.filter(
    (s) => s.marker?.kind === "scheda" || s.marker?.kind === "indice",
  );
  const remaining = marked.sheets.filter((s) => !earlier.includes(s));
  const plan = planSheets(
    choice.obiettivi.map((o) => o.codice),
    remaining,
    true,
  );
  const index = plan.index ?? { name: "", codice: null, replaces: null };
  const sheets: NewSheet[] = [
    {
      marker: { kind: "indice" },
      layout: buildIndexSheet(
        model,
        computed.objectives,
        plan.schede.map((p) => ({ codice: p.codice ?? "", sheetName: p.name })),
        { dataElaborazione, sheetName: index.name, filtri: cmd.filters },
      ),
    },
    ...plan.schede.map((p): NewSheet => ({
      marker: { kind: "scheda", codice: p.codice ?? "" },
      layout: buildScheda(model, results.get(p.codice ?? ""), p.codice ?? "", {
        dataElaborazione,
        sheetName: p.name,
      }),
    })),
  ];
  await writeSchede(
    book,
    { remove: earlier.map((s) => s.name), staleMarkers: marked.stale, add: sheets },
    cmd.output,
  );
  const replaced = earlier.length;
  const indexName = index.name;
  const entries = plan.schede.map((p) => ({ codice: p.codice ?? "", sheetName: p.name }));

  const words = WRITTEN[cmd.lang];
  const lines = [words.written(cmd.output, entries.length, indexName, replaced > 0)];
  for (const e of entries) {
    if (e.sheetName !== e.codice) lines.push(words.sheetOf(e.codice, e.sheetName));
  }
  // counted exactly as `verifica` lists them, so both commands give the same number
  const errors = errorCount(buildReport(cmd.file, model, checkParsed(parsed), computed));
  if (errors > 0)
    lines.push(words.errors(errors, `schede-peg verifica ${JSON.stringify(cmd.file)}`));
  io.out(lines.join("\n"));

  if (cmd.pdfDir === null) return EXIT.ok;
  if (!soffice) {
    io.err(NO_PDF[cmd.lang]);
    return EXIT.unusable;
  }
  const pdf = await writePdf(soffice, sheets, cmd.output, cmd.pdfDir);
  io.out(words.pdf(pdf));
  return EXIT.ok;
}

/** Only the index and the schede go to the PDF, never the data sheets. */
async function writePdf(
  soffice: string,
  sheets: readonly NewSheet[],
  output: string,
  pdfDir: string,
): Promise<string> {
  await mkdir(pdfDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), "schede-peg-pdf-"));
  try {
    const printable = join(work, `${basename(output).replace(/\.xlsx$/i, "")}-schede.xlsx`);
    await writeSchedeOnly(sheets, printable);
    return await convertToPdf(soffice, printable, pdfDir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
