/**
 * The plan's versions in the open workbook, stored as `schede-peg versione` stores them
 * (core/cycle/versions.ts): a row of `tblVersioni` (the sheet «Versioni» made at the first
 * version) and a hidden, marked sheet «Versione N» with the three tables of the copy, drawn
 * from the same core layout the command line writes. Each operation reads afresh: one round
 * trip for the tables, sheet names, markers and the versions' list; one more for the copies
 * a comparison needs; one to write.
 */
import type { Lang } from "../../core/text/lang";
import { comparePlans, type Plan } from "../../core/cycle/compare";
import { PROSPETTO_SHEET_NAME, buildProspetto } from "../../core/cycle/prospetto";
import {
  VERSIONI,
  listedVersions,
  newVersion,
  parseSnapshot,
  snapshotTableDefs,
  snapshotTableOf,
  snapshotTableSheet,
  takeSnapshot,
  versionsTableSheet,
  type SavedVersion,
  type TableSheet,
  type VersionInfo,
  type VersionsListed,
} from "../../core/cycle/versions";
import type {
  ProspettoReport,
  VersionFields,
  VersionsComparison,
} from "../../core/cycle/versions-port";
import { schedaSheetName } from "../../core/layout/sheet-name";
import { planSingleSheet } from "../../core/layout/sheet-plan";
import type { IsoDate, PegModel } from "../../core/model/types";
import { queueAppend } from "./append";
import { isBlankRow, recordsToBlock } from "./cells";
import { queueSetup, readForPrinting, today } from "./generate";
import { sheetOps } from "./generate/ops";
import type { WorkbookState } from "./generate/read";
import { StyleRegistry } from "./generate/styles";
import {
  GENERATE_BUDGET_BYTES,
  estimateBytes,
  estimateStyleBytes,
  queueSheet,
  queueUnmarkedSheet,
} from "./generate/write";
import { markerNamer, plainSheetWork } from "./generate/works";
import { readTableDefs, type TableRead } from "./read-tables";
import { runExcel } from "./run";

/** Knobs for tests. */
export interface VersionsTuning {
  readonly today?: IsoDate;
}

interface VersionsState {
  readonly state: WorkbookState;
  readonly model: PegModel;
  readonly versioni: TableRead | null;
  readonly listed: VersionsListed;
}

/** One round trip (when every table is there): data tables, names, markers, versions. */
async function readVersionsState(context: Excel.RequestContext): Promise<VersionsState> {
  const { state, model } = await readForPrinting(context, "la versione", [VERSIONI]);
  const versioni = state.extra.find((t) => t.def === VERSIONI) ?? null;
  return { state, model, versioni, listed: listedVersions(versioni, state.tableNames) };
}

function brokenError(broken: readonly VersionInfo[], lang: Lang): Error {
  const numbers = broken.map((v) => v.numero).join(", ");
  return new Error(
    {
      it:
        `Nel foglio Versioni ci sono versioni senza la loro copia (${numbers}): controllare i fogli ` +
        "nascosti «Versione N» (Home > Formato > Nascondi e scopri > Scopri foglio).",
      en:
        `The Versioni sheet lists versions without their copy (${numbers}): check the hidden ` +
        'sheets "Versione N" (Home > Format > Hide & Unhide > Unhide Sheet).',
    }[lang],
  );
}

export function listVersions(): Promise<VersionsListed> {
  return runExcel(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    const [versioni] = await readTableDefs(context, [VERSIONI]);
    if (!Array.isArray(tables.items)) {
      // a missing tblVersioni costs the read a retry, which drops what was queued with it
      tables.load("items/name");
      await context.sync();
    }
    return listedVersions(
      versioni ?? null,
      tables.items.map((t) => t.name),
    );
  });
}

/** Guards the write: one sheet cannot be split between round trips. */
function checkSize(bytes: number, objectives: number, lang: Lang): void {
  if (bytes > GENERATE_BUDGET_BYTES)
    throw new Error(
      {
        it:
          `La copia di ${objectives} obiettivi è troppo grande per essere scritta in Excel in una ` +
          "volta: salvare la versione con il comando «schede-peg versione».",
        en:
          `The copy of ${objectives} objectives is too large to be written into Excel at once: ` +
          'save the version with the command "schede-peg versione".',
      }[lang],
    );
}

/**
 * «Congela versione»: the current objectives, phases and indicators copied into a new hidden
 * sheet and listed in `tblVersioni`, created with its sheet when the workbook has none.
 */
export function freezeVersion(fields: VersionFields, lang: Lang = "it"): Promise<VersionInfo> {
  return runExcel(async (context) => {
    const { state, model, versioni, listed } = await readVersionsState(context);
    if (listed.broken.length > 0) throw brokenError(listed.broken, lang);
    const sheets = state.sheets.map((s) => s.name);
    const info = newVersion(listed.versions, fields, { numbers: listed.unlisted, sheets });
    const saved: SavedVersion = { info, snapshot: takeSnapshot(model) };
    // the pane writes 1900-based serials, as every other write of the adapter
    const copy = snapshotTableSheet(saved, false);
    const list = versioni
      ? null
      : versionsTableSheet(
          [info],
          schedaSheetName(VERSIONI.sheet, [...sheets, info.foglio]),
          false,
        );
    const styles = new StyleRegistry();
    const nameOf = (use: Parameters<StyleRegistry["nameFor"]>[0]) => styles.nameFor(use);
    const planned = { codice: null, name: info.foglio, replaces: null };
    const marker = { kind: "versione", numero: info.numero } as const;
    const work = plainSheetWork(planned, marker, copy.layout, markerNamer(state), styles);
    const listOps = list ? sheetOps(list.layout, nameOf) : [];
    const defs = styles.defs();
    const listBytes = list ? estimateBytes(list.layout, listOps) : 0;
    checkSize(work.bytes + listBytes + estimateStyleBytes(defs), model.obiettivi.length, lang);

    queueSetup(context, state, defs);
    const sheet = queueSheet(context, work, null);
    addTables(sheet, copy);
    sheet.visibility = Excel.SheetVisibility.hidden;
    if (list) addTables(queueUnmarkedSheet(context, list.layout, listOps), list);
    else if (versioni) appendVersion(context, versioni, info);
    await context.sync();
    return info;
  });
}

function addTables(sheet: Excel.Worksheet, drawn: TableSheet): void {
  for (const t of drawn.tables) sheet.tables.add(t.ref, true).name = t.name;
}

/** The new row below the listed ones, in the table's own column order, text kept as text. */
function appendVersion(
  context: Excel.RequestContext,
  versioni: TableRead,
  info: VersionInfo,
): void {
  const blankRows = versioni.rows.every(isBlankRow) ? versioni.rows.length : 0;
  queueAppend(
    context,
    { def: VERSIONI, blankRows },
    recordsToBlock(VERSIONI, versioni.headers, [info]),
  );
}

interface Sides {
  readonly read: VersionsState;
  readonly comparison: VersionsComparison;
}

/** The versions compared, their copies read in one more round trip. */
async function readSides(
  context: Excel.RequestContext,
  versione: number,
  con: number | null,
  lang: Lang,
): Promise<Sides> {
  const read = await readVersionsState(context);
  const pick = (numero: number): VersionInfo => {
    const found = read.listed.versions.find((v) => v.numero === numero);
    if (found) return found;
    if (read.listed.broken.some((v) => v.numero === numero))
      throw brokenError(
        read.listed.broken.filter((v) => v.numero === numero),
        lang,
      );
    throw new Error(
      {
        it: `La versione ${numero} non c'è nella cartella: aggiornare l'elenco delle versioni.`,
        en: `Version ${numero} is not in the workbook: refresh the list of versions.`,
      }[lang],
    );
  };
  const before = pick(versione);
  const after = con === null ? null : pick(con);
  const numbers = after ? [before.numero, after.numero] : [before.numero];
  const tables = await readTableDefs(
    context,
    numbers.flatMap((n) => snapshotTableDefs(n)),
  );
  const planOf = (n: number): Plan => {
    const own = tables.filter((t) => snapshotTableOf(t.def.table)?.numero === n);
    const copy = parseSnapshot(Object.fromEntries(own.map((t) => [t.def.id, t])));
    if (copy.missing.length > 0) throw brokenError([pick(n)], lang);
    return copy.snapshot;
  };
  const { obiettivi, fasi, indicatori } = read.model;
  const changes = comparePlans(
    planOf(before.numero),
    after ? planOf(after.numero) : { obiettivi, fasi, indicatori },
    null,
  );
  return { read, comparison: { before, after, changes } };
}

export function compareVersions(
  versione: number,
  con: number | null,
  lang: Lang = "it",
): Promise<VersionsComparison> {
  return runExcel(async (context) => (await readSides(context, versione, con, lang)).comparison);
}

/** How the prospetto names a side, as `confronta --prospetto` does without the file's name. */
function sideLabel(v: VersionInfo | null): string {
  return v === null ? "le tabelle attuali" : `la versione ${v.numero} «${v.nome}»`;
}

/** «Prospetto variazioni»: the comparison as the printable sheet of `confronta --prospetto`. */
export function generateProspetto(
  versione: number,
  con: number | null,
  tuning: VersionsTuning = {},
  lang: Lang = "it",
): Promise<ProspettoReport> {
  return runExcel(async (context) => {
    const { read, comparison } = await readSides(context, versione, con, lang);
    const { state, model } = read;
    const planned = planSingleSheet(PROSPETTO_SHEET_NAME, "prospetto", state.sheets);
    const layout = {
      ...buildProspetto(comparison.changes, {
        ente: model.impostazioni.ente,
        before: sideLabel(comparison.before),
        after: sideLabel(comparison.after),
        dataElaborazione: tuning.today ?? today(),
        pairing: null,
        withSubjects: false,
      }),
      sheetName: planned.name,
    };
    const styles = new StyleRegistry();
    const work = plainSheetWork(planned, { kind: "prospetto" }, layout, markerNamer(state), styles);
    const defs = styles.defs();
    if (work.bytes + estimateStyleBytes(defs) > GENERATE_BUDGET_BYTES)
      throw new Error(
        {
          it: `Il prospetto di ${comparison.changes.length} variazioni è troppo grande per essere scritto in Excel in una volta: usare «schede-peg confronta --prospetto».`,
          en: `The Prospetto of ${comparison.changes.length} changes is too large to be written into Excel at once: use "schede-peg confronta --prospetto".`,
        }[lang],
      );
    queueSetup(context, state, defs);
    queueSheet(context, work, null).activate();
    await context.sync();
    return {
      ...comparison,
      sheet: planned.name,
      ...(planned.name !== PROSPETTO_SHEET_NAME ? { nameTaken: PROSPETTO_SHEET_NAME } : {}),
    };
  });
}
