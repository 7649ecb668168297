/**
 * The Excel JS API implementation of the workbook port: the only place where Excel.* and
 * context.sync appear. Every operation reads what it needs afresh in its own batch; nothing
 * read from the workbook is kept between operations, because co-authors change it meanwhile
 * ("Coauthoring in Excel add-ins").
 */
import type { WorkbookPort } from "../../core/ports";
import type { Lang } from "../../core/text/lang";
import { selectCell, writeOneCell } from "./cell";
import { collectInExcel } from "./collect";
import { writeComputedColumns } from "./computed";
import { generateSchede } from "./generate";
import { generateRelazioneSheet } from "./generate/relazione";
import { importInExcel } from "./import";
import { loadModel } from "./load";
import { saveRilevazioneInExcel } from "./rilevazione";
import { prepareStructure } from "./prepare";
import { keepTableShapesIn, type ShapeStore } from "./read-tables";
import { runExcel } from "./run";
import { fillWithSample } from "./sample";
import { logUnlogged, watchTyping } from "./typing";
import { saveOneSetting } from "./setting";
import { saveValidazioneInExcel } from "./validazione";
import { compareVersions, freezeVersion, generateProspetto, listVersions } from "./versions";

export type { ShapeStore } from "./read-tables";

/**
 * `lang`: the language of the problems the reads report and of the rules' refusals (the
 * pane's; Italian by default); `shapes`: where the tables' sizes seen by the reads are kept for
 * the next pane on this document (see read-tables.ts).
 */
export function createExcelPort(lang: Lang = "it", shapes?: ShapeStore): WorkbookPort {
  if (shapes) keepTableShapesIn(shapes);
  return {
    load: () => runExcel((context) => loadModel(context, lang)),
    prepare: () => runExcel(prepareStructure),
    loadSample: () => runExcel(fillWithSample),
    writeComputed: (result) => runExcel((context) => writeComputedColumns(context, result)),
    saveRilevazione: (save) =>
      runExcel((context) => saveRilevazioneInExcel(context, save, new Date(), lang)),
    generate: (options, onProgress, signal) => generateSchede(options, onProgress, signal),
    generateRelazione: (periodo) => generateRelazioneSheet({ periodo }),
    importRecords: (incoming, options, onProgress, signal) =>
      runExcel((context) => importInExcel(context, incoming, options, onProgress, signal)),
    collectReturned: (files, onProgress, signal) =>
      runExcel((context) => collectInExcel(context, files, new Date(), lang, onProgress, signal)),
    saveValidazione: (save) =>
      runExcel((context) => saveValidazioneInExcel(context, save, new Date(), lang)),
    select: (address) => runExcel((context) => selectCell(context, address)),
    writeCell: (address, value) => runExcel((context) => writeOneCell(context, address, value)),
    watchTyping: (utente, onReport) =>
      runExcel((context) => watchTyping(context, { utente, onReport, lang })),
    logUnlogged: (changes, utente) =>
      runExcel((context) => logUnlogged(context, changes, utente, lang)),
    saveSetting: (key, value, utente, nota) =>
      runExcel((context) => saveOneSetting(context, { key, value, utente, nota }, new Date())),
    versions: listVersions,
    freezeVersion: (fields) => freezeVersion(fields, lang),
    compareVersions: (versione, con) => compareVersions(versione, con, lang),
    generateProspetto: (versione, con) => generateProspetto(versione, con, {}, lang),
  };
}
