/**
 * "Genera schede" on the open workbook: reads the model (two round trips), then writes every
 * scheda and the index in as few round trips as the payload allows. The data tables are only
 * read. Sheets this add-in generated earlier are replaced; a user's sheet is never touched.
 */
import { computeAll } from "../../../core/compute";
import type { ObjectiveResult } from "../../../core/compute/types";
import { buildIndexSheet, buildScheda, type SchedaLayout } from "../../../core/layout";
import type { IsoDate, PegModel } from "../../../core/model/types";
import { parseWorkbook } from "../../../core/parse";
import type {
  GenerateOptions,
  GenerateReport,
  GeneratedSheet,
  Progress,
} from "../../../core/ports";
import { WRITE_BUDGET_BYTES, chunkBy } from "../payload";
import { type Marker, nextMarkerName } from "./markers";
import { sheetOps } from "./ops";
import { type GenerateFilters, type PlannedSheet, chooseObjectives, planSheets } from "./plan";
import { type WorkbookState, readWorkbookState } from "./read";
import { type SheetWork, estimateBytes, queueSheet } from "./write";

export type { GenerateFilters } from "./plan";

export interface GenerateSchedeOptions extends GenerateOptions {
  readonly filters?: GenerateFilters;
}

/** Knobs for tests and benchmarks. */
export interface GenerateTuning {
  readonly budgetBytes?: number;
  readonly today?: IsoDate;
}

function today(): IsoDate {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}

/** Marker names: a replaced sheet's name is reused (deleted, then added again). */
function markerNamer(state: WorkbookState): (replaces: string | null) => {
  markerName: string;
  replacesMarker: string | null;
} {
  const taken = new Set(state.allNames);
  return (replaces) => {
    const old = state.sheets.find((s) => s.name === replaces)?.markerName ?? null;
    return { markerName: old ?? nextMarkerName(taken), replacesMarker: old };
  };
}

type Namer = ReturnType<typeof markerNamer>;

function work(
  planned: PlannedSheet,
  marker: Marker,
  layout: SchedaLayout,
  namer: Namer,
): SheetWork {
  const ops = sheetOps(layout);
  return {
    name: planned.name,
    replaces: planned.replaces,
    ...namer(planned.replaces),
    marker,
    layout,
    ops,
    bytes: estimateBytes(layout, ops),
  };
}

function buildWorks(
  model: PegModel,
  results: readonly ObjectiveResult[],
  schede: readonly PlannedSheet[],
  index: PlannedSheet | null,
  options: GenerateSchedeOptions,
  date: IsoDate,
  namer: Namer,
): SheetWork[] {
  const works = schede.map((p) => {
    const codice = p.codice ?? "";
    const result = results.find((r) => r.codice === codice);
    const layout = buildScheda(model, result, codice, {
      dataElaborazione: date,
      sheetName: p.name,
    });
    return work(p, { kind: "scheda", codice }, layout, namer);
  });
  if (index) {
    const f = options.filters ?? {};
    const layout = buildIndexSheet(
      model,
      results,
      schede.map((p) => ({ codice: p.codice ?? "", sheetName: p.name })),
      {
        dataElaborazione: date,
        sheetName: index.name,
        filtri: { centroResponsabilita: f.centro, responsabile: f.responsabile, stato: f.stato },
      },
    );
    // last: it links to the schede, so it is written once they exist
    works.push(work(index, { kind: "indice" }, layout, namer));
  }
  return works;
}

/** Sheet order as Excel will have it, to put the index in front of the new schede. */
class SheetOrder {
  private names: string[];
  constructor(names: readonly string[]) {
    this.names = [...names];
  }
  apply(w: SheetWork): void {
    if (w.replaces !== null) this.names = this.names.filter((n) => n !== w.replaces);
    this.names.push(w.name);
  }
  remove(name: string | null): void {
    if (name !== null) this.names = this.names.filter((n) => n !== name);
  }
  indexOf(name: string): number {
    return this.names.indexOf(name);
  }
}

function toReport(
  done: readonly SheetWork[],
  planned: readonly PlannedSheet[],
  cancelled?: string,
): GenerateReport {
  const sheets: GeneratedSheet[] = [];
  let indexSheet: string | null = null;
  for (const w of done) {
    if (w.marker.kind === "indice") {
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

export async function generateSchede(
  options: GenerateSchedeOptions,
  onProgress?: Progress,
  signal?: AbortSignal,
  tuning: GenerateTuning = {},
): Promise<GenerateReport> {
  return Excel.run({ delayForCellEdit: true }, async (context) => {
    const state = await readWorkbookState(context);
    if (!state.raw.obiettivi)
      throw new Error(
        "Nella cartella manca la tabella degli obiettivi: usare «Prepara la cartella» e inserire gli obiettivi, poi generare le schede.",
      );
    const model = parseWorkbook(state.raw).model;
    const chosen = chooseObjectives(model, options.codes, options.filters);
    const results = computeAll(model).objectives;
    const plan = planSheets(
      chosen.map((o) => o.codice),
      state.sheets,
      options.index,
    );
    const works = buildWorks(
      model,
      results,
      plan.schede,
      plan.index,
      options,
      tuning.today ?? today(),
      markerNamer(state),
    );
    const chunks = chunkBy(works, (w) => w.bytes, tuning.budgetBytes ?? WRITE_BUDGET_BYTES);
    // names of ours whose sheet was deleted by hand: removed with the first batch
    for (const stale of state.staleMarkers) context.workbook.names.getItem(stale).delete();
    const order = new SheetOrder(state.sheets.map((s) => s.name));
    const done: SheetWork[] = [];
    const planned = plan.index ? [...plan.schede, plan.index] : plan.schede;
    onProgress?.(0, works.length);
    for (const chunk of chunks) {
      if (signal?.aborted) {
        const n = done.filter((w) => w.marker.kind === "scheda").length;
        return toReport(done, planned, cancelMessage(n, plan.schede.length, plan.index !== null));
      }
      for (const w of chunk) {
        let position: number | undefined;
        if (w.marker.kind === "indice") {
          order.remove(w.replaces);
          const first = plan.schede[0] ? order.indexOf(plan.schede[0].name) : -1;
          position = first >= 0 ? first : undefined;
        }
        queueSheet(context, w, position);
        order.apply(w);
      }
      // one round trip per payload chunk, not per sheet: the loop is the chunking itself
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      done.push(...chunk);
      onProgress?.(done.length, works.length);
    }
    return toReport(done, planned);
  });
}
