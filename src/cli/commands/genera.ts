/**
 * `schede-peg genera FILE.xlsx -o OUT.xlsx [filters] [--pdf DIR]`: OUT holds the data sheets
 * of FILE as they are, the "Indice schede" sheet and one printable scheda per objective.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type ExcelJS from "exceljs";
import { renderScheda, renderToFile } from "../../adapters/xlsx-file/scheda";
import { saveWorkbook } from "../../adapters/xlsx-file/workbook";
import { computeAll } from "../../core/compute";
import {
  buildIndexSheet,
  buildScheda,
  INDEX_SHEET_NAME,
  SCHEDA_TITLE,
  schedaSheetName,
  type IndexFilters,
  type SchedaLayout,
} from "../../core/layout";
import type { IsoDate } from "../../core/model/types";
import { formatNumberIt } from "../../core/text/numbers";
import type { GeneraFilters, Parsed } from "../args";
import { CliError, EXIT, type ExitCode } from "../errors";
import type { CliIo } from "../io";
import { buildReport, errorCount } from "../report";
import { loadPegFile } from "./load";
import { checkOutputPath } from "./paths";
import { convertToPdf, findSoffice, INSTALL_HINT } from "./pdf";
import { selectObjectives } from "./select";
import { dataProblems } from "./verifica";

type GeneraCommand = Extract<Parsed, { kind: "genera" }>;

function today(): IsoDate {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}

/** A sheet written by an earlier `genera`: no table, the scheda title in its first rows. */
function isEarlierScheda(ws: ExcelJS.Worksheet): boolean {
  if (ws.getTables().length > 0) return false;
  for (let r = 1; r <= 3; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      if (ws.findCell(r, c)?.value === SCHEDA_TITLE) return true;
    }
  }
  return false;
}

/** Schede of an earlier run are replaced, never duplicated; any other sheet is kept. */
function removeEarlierSchede(wb: ExcelJS.Workbook): number {
  const old = wb.worksheets.filter(isEarlierScheda);
  for (const ws of old) wb.removeWorksheet(ws.id);
  return old.length;
}

function indexFilters(f: GeneraFilters): IndexFilters {
  const join = (v: readonly string[]): string | undefined => (v.length ? v.join(", ") : undefined);
  return {
    centroResponsabilita: join(f.cdr),
    responsabile: join(f.responsabili),
    stato: join(f.stati),
  };
}

function checkPaths(cmd: GeneraCommand): void {
  checkOutputPath(cmd.output);
  if (resolve(cmd.output) === resolve(cmd.file)) {
    throw new CliError(
      "Il file da scrivere (-o) deve essere diverso da quello di partenza: " +
        "il file originale non viene mai sovrascritto.",
    );
  }
}

export async function genera(cmd: GeneraCommand, io: CliIo): Promise<ExitCode> {
  checkPaths(cmd);
  const soffice = cmd.pdfDir === null ? null : findSoffice(io.env);
  const { workbook, parsed } = await loadPegFile(cmd.file);
  const model = parsed.model;
  const chosen = selectObjectives(model.obiettivi, cmd.filters);
  const computed = computeAll(model);
  const results = computed.objectives;
  const dataElaborazione = today();

  const replaced = removeEarlierSchede(workbook);
  const taken = workbook.worksheets.map((w) => w.name);
  const indexName = schedaSheetName(INDEX_SHEET_NAME, taken);
  taken.push(indexName);
  const entries = chosen.map((o) => {
    const sheetName = schedaSheetName(o.codice, taken);
    taken.push(sheetName);
    return { codice: o.codice, sheetName };
  });
  const layouts: SchedaLayout[] = [
    buildIndexSheet(model, results, entries, {
      dataElaborazione,
      sheetName: indexName,
      filtri: indexFilters(cmd.filters),
    }),
    ...entries.map((e) =>
      buildScheda(
        model,
        results.find((r) => r.codice === e.codice),
        e.codice,
        { dataElaborazione, sheetName: e.sheetName },
      ),
    ),
  ];
  for (const layout of layouts) renderScheda(workbook, layout);
  await saveWorkbook(workbook, cmd.output);

  const lines = [
    `Scritto «${cmd.output}»: ${entries.length} ${entries.length === 1 ? "scheda" : "schede"} ` +
      `e il foglio «${indexName}»${replaced > 0 ? " (sostituite le schede precedenti)" : ""}.`,
  ];
  for (const e of entries) {
    if (e.sheetName !== e.codice)
      lines.push(`  La scheda di ${e.codice} è nel foglio «${e.sheetName}».`);
  }
  // counted exactly as `verifica` lists them, so both commands give the same number
  const errors = errorCount(buildReport(cmd.file, model, dataProblems(parsed), computed));
  if (errors > 0) {
    lines.push(
      `Attenzione: i dati contengono ${formatNumberIt(errors)} ${errors === 1 ? "errore" : "errori"}; ` +
        `i dettagli con: schede-peg verifica ${JSON.stringify(cmd.file)}`,
    );
  }
  io.out(lines.join("\n"));

  if (cmd.pdfDir === null) return EXIT.ok;
  if (!soffice) {
    io.err(`Il PDF non è stato creato.\n${INSTALL_HINT}`);
    return EXIT.unusable;
  }
  const pdf = await writePdf(soffice, layouts, cmd.output, cmd.pdfDir);
  io.out(`Scritto «${pdf}».`);
  return EXIT.ok;
}

/** Only the index and the schede go to the PDF, never the data sheets. */
async function writePdf(
  soffice: string,
  layouts: readonly SchedaLayout[],
  output: string,
  pdfDir: string,
): Promise<string> {
  await mkdir(pdfDir, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), "schede-peg-pdf-"));
  try {
    const printable = join(work, `${basename(output).replace(/\.xlsx$/i, "")}-schede.xlsx`);
    await renderToFile(layouts, printable);
    return await convertToPdf(soffice, printable, pdfDir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
