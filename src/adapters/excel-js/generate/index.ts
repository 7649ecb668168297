/**
 * "Genera schede" on the open workbook: reads the tables, the sheet names and our markers (one
 * round trip when every table is there), then writes every scheda and the index in batches cut
 * by payload, so the round trips follow the bytes sent, not the number of objectives; each
 * scheda costs few bytes as it is a copy of a model sheet with formats copied from a catalogue
 * (works.ts, catalogue.ts). The data
 * tables are only read. Sheets this add-in generated earlier are replaced; a user's sheet is
 * never touched (the scheda takes another name and the report says why).
 */
import type { IsoDate, PegModel } from "../../../core/model/types";
import { parseWorkbook } from "../../../core/parse";
import type { TableDef } from "../../../core/schema/types";
import type {
  GenerateOptions,
  GenerateReport,
  GeneratedSheet,
  Progress,
} from "../../../core/ports";
import { chunkBy } from "../payload";
import type { PlannedSheet } from "../../../core/layout/sheet-plan";
import { type WorkbookState, readWorkbookState } from "./read";
import { type SendResult, indexPosition, sendBatches } from "./send";
import { type StyleDef, queueStyle } from "./styles";
import { GENERATE_BUDGET_BYTES, type SheetWork, queueHelpers, queueHelpersRemoval } from "./write";
import { prepareGeneration } from "./works";

/** The port's options: codes, index and the filters of "Genera tutte". */
export type GenerateSchedeOptions = GenerateOptions;

/** Knobs for tests and benchmarks. */
export interface GenerateTuning {
  readonly budgetBytes?: number;
  readonly today?: IsoDate;
}

export function today(): IsoDate {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}

function toReport(
  done: readonly SheetWork[],
  planned: readonly PlannedSheet[],
  cancelled?: string,
): GenerateReport {
  const sheets: GeneratedSheet[] = [];
  let indexSheet: string | null = null;
  for (const w of done) {
    if (w.marker.kind !== "scheda") {
      indexSheet = w.name;
      continue;
    }
    const p = planned.find((x) => x.name === w.name);
    sheets.push({
      codice: w.marker.codice,
      sheet: w.name,
      ...(p?.renamedBecause ? { renamedBecause: p.renamedBecause } : {}),
    });
  }
  return { sheets, indexSheet, ...(cancelled ? { cancelled } : {}) };
}

function cancelMessage(schedeDone: number, schedeTotal: number, withIndex: boolean): string {
  const written =
    schedeDone === 0
      ? "nessuna scheda è stata scritta"
      : `${schedeDone} ${schedeDone === 1 ? "scheda è stata scritta" : "schede sono state scritte"} su ${schedeTotal} e restano nella cartella`;
  const index = withIndex ? " L'indice non è stato aggiornato." : "";
  return `Generazione interrotta: ${written}.${index} Per completare, avviare di nuovo la generazione.`;
}

/** Excel refused a batch: the earlier batches are written; the user can simply run it again. */
function writeFailed(error: unknown): Error {
  const detail = error instanceof Error ? error.message : String(error);
  return new Error(
    `Excel non ha accettato la scrittura delle schede (${detail}). Le schede già scritte restano ` +
      "nella cartella; chiudere eventuali celle in modifica e avviare di nuovo la generazione " +
      "(i fogli di servizio «SchedePEG modello» e «SchedePEG formati», se rimasti, saranno tolti in quell'occasione).",
    { cause: error },
  );
}

/**
 * Queued before the first sheet of a write: names of ours whose sheet was deleted by hand and
 * helper sheets a stopped run left behind are removed; the styles the sheets use are created
 * (or brought up to date).
 */
export function queueSetup(
  context: Excel.RequestContext,
  state: WorkbookState,
  styles: readonly StyleDef[],
): void {
  const { names, worksheets } = context.workbook;
  for (const stale of state.staleMarkers) names.getItem(stale).delete();
  for (const left of state.sheets.filter((s) => s.marker?.kind === "modello")) {
    if (left.markerName) names.getItem(left.markerName).delete();
    worksheets.getItem(left.name).delete();
  }
  for (const d of styles)
    queueStyle(context.workbook.styles, d, state.styleNames.has(d.name.toLowerCase()));
}

/**
 * The workbook as a generation needs it (one round trip when every table is there) and its
 * model; without the objectives table there is nothing to print (`what`: «le schede»).
 * `extra`: other tables read in the same round trip.
 */
export async function readForPrinting(
  context: Excel.RequestContext,
  what: string,
  extra: readonly TableDef[] = [],
): Promise<{ state: WorkbookState; model: PegModel }> {
  const state = await readWorkbookState(context, extra);
  if (!state.raw.obiettivi)
    throw new Error(
      `Nella cartella manca la tabella degli obiettivi: usare «Prepara la cartella» e inserire gli obiettivi, poi generare ${what}.`,
    );
  return { state, model: parseWorkbook(state.raw).model };
}

export async function generateSchede(
  options: GenerateSchedeOptions,
  onProgress?: Progress,
  signal?: AbortSignal,
  tuning: GenerateTuning = {},
): Promise<GenerateReport> {
  if (signal?.aborted)
    return { sheets: [], indexSheet: null, cancelled: cancelMessage(0, 0, options.index) };
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const { state, model } = await readForPrinting(context, "le schede");
    const { plan, works, styles, helpers, setupBytes } = prepareGeneration(
      state,
      model,
      options,
      tuning.today ?? today(),
    );
    const planned = plan.index ? [...plan.schede, plan.index] : plan.schede;
    // the styles and helper sheets go with the first batch: its first sheet carries their cost
    const batches = chunkBy(
      works,
      (w) => w.bytes + (w === works[0] ? setupBytes : 0),
      tuning.budgetBytes ?? GENERATE_BUDGET_BYTES,
    );
    const firstScheda = plan.schede[0]?.name ?? null;
    // the helper sheets (ours and any left behind) are gone when the index takes its place
    const position = indexPosition(
      state.sheets.filter((s) => s.marker?.kind !== "modello").map((s) => s.name),
      works,
      firstScheda,
    );
    onProgress?.(0, works.length);
    let sent: SendResult;
    try {
      sent = await sendBatches(
        context,
        {
          batches,
          positionOf: (w) => (w.marker.kind === "indice" ? position : undefined),
          activate: plan.index?.name ?? firstScheda,
          // tidying and styles with the first batch, before any sheet; then the helper sheets
          prelude: (ctx) => {
            queueSetup(ctx, state, styles);
            return helpers && queueHelpers(ctx, helpers.names, helpers.model, helpers.modelOps);
          },
          epilogue: (ctx) => {
            if (helpers) queueHelpersRemoval(ctx, helpers.names);
          },
        },
        (n) => onProgress?.(n, works.length),
        signal,
      );
    } catch (error) {
      throw writeFailed(error);
    }
    const { done } = sent;
    if (sent.stopped) {
      const n = done.filter((w) => w.marker.kind === "scheda").length;
      return toReport(done, planned, cancelMessage(n, plan.schede.length, plan.index !== null));
    }
    return toReport(done, planned);
  });
}
