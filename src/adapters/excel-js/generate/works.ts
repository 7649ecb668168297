/**
 * The sheets of one generation as work to send: each scheda's layout turned into commands (a
 * copy of the model sheet plus formats from the catalogue), the index drawn in full, marker
 * names and the helper sheets' names.
 */
import { computeAll } from "../../../core/compute";
import type { ObjectiveResult } from "../../../core/compute/types";
import {
  buildIndexSheet,
  buildScheda,
  schedaSheetName,
  type SchedaLayout,
} from "../../../core/layout";
import type { IsoDate, PegModel } from "../../../core/model/types";
import type { GenerateOptions } from "../../../core/ports";
import { FormatCatalogue } from "./catalogue";
import { type Marker, nextMarkerName } from "../../../core/layout/markers";
import { type SheetOp, copiedSheetOps, formatOps, rowsAt, sheetOps, sizeOps } from "./ops";
import { type Plan, type PlannedSheet, planSheets } from "../../../core/layout/sheet-plan";
import { chooseObjectives } from "../../../core/selection";
import type { WorkbookState } from "./read";
import { type StyleDef, StyleRegistry } from "./styles";
import {
  type HelperNames,
  type SheetWork,
  estimateBytes,
  estimateHelperBytes,
  estimateStyleBytes,
} from "./write";

export interface Namer {
  /** a replaced sheet's marker name is reused (deleted, then added again) */
  (replaces: string | null): { markerName: string; replacesMarker: string | null };
  /** a name no marker has */
  fresh(): string;
}

export function markerNamer(state: WorkbookState): Namer {
  const taken = new Set(state.allNames);
  const fresh = (): string => nextMarkerName(taken);
  const namer = (replaces: string | null) => {
    const old = state.sheets.find((s) => s.name === replaces)?.markerName ?? null;
    return { markerName: old ?? fresh(), replacesMarker: old };
  };
  return Object.assign(namer, { fresh });
}

/** What the sheets of one generation share: style names, the catalogue, the model sheet's layout. */
interface Drawing {
  readonly styles: StyleRegistry;
  /** null when no sheet is a copy of the model */
  readonly catalogue: FormatCatalogue | null;
  /** the first scheda: the model sheet takes its widths and print setup */
  readonly model: SchedaLayout | null;
}

/** A sheet drawn in full on a new worksheet (the index, the Relazione): no model, no catalogue. */
export function plainSheetWork(
  planned: PlannedSheet,
  marker: Marker,
  layout: SchedaLayout,
  namer: Namer,
  styles: StyleRegistry,
): SheetWork {
  return work(planned, marker, layout, namer, { styles, catalogue: null, model: null });
}

function work(
  planned: PlannedSheet,
  marker: Marker,
  layout: SchedaLayout,
  namer: Namer,
  drawing: Drawing,
): SheetWork {
  const nameOf = (use: Parameters<StyleRegistry["nameFor"]>[0]) => drawing.styles.nameFor(use);
  let ops: SheetOp[];
  let catalogueOps: SheetOp[] = [];
  const model = marker.kind === "scheda" ? drawing.model : null;
  if (model && drawing.catalogue) {
    const cover = drawing.catalogue.cover(layout);
    catalogueOps = cover.additions.flatMap((a) =>
      formatOps(rowsAt(layout, a.from, a.to, a.at), nameOf),
    );
    ops = copiedSheetOps(layout, cover, model, nameOf);
  } else {
    ops = sheetOps(layout, nameOf);
  }
  const base = model?.page ?? null;
  return {
    name: planned.name,
    replaces: planned.replaces,
    ...namer(planned.replaces),
    marker,
    layout,
    base,
    catalogueOps,
    ops,
    bytes: estimateBytes(layout, ops, base, catalogueOps),
  };
}

function buildWorks(
  model: PegModel,
  results: readonly ObjectiveResult[],
  schede: readonly PlannedSheet[],
  index: PlannedSheet | null,
  options: GenerateOptions,
  date: IsoDate,
  namer: Namer,
  styles: StyleRegistry,
): { works: SheetWork[]; modelLayout: SchedaLayout | null } {
  const resultOf = new Map(results.map((r) => [r.codice, r]));
  const layouts = schede.map((p) => {
    const codice = p.codice ?? "";
    const result = resultOf.get(codice);
    return buildScheda(model, result, codice, { dataElaborazione: date, sheetName: p.name });
  });
  const drawing: Drawing = {
    styles,
    catalogue: new FormatCatalogue((use) => styles.nameFor(use)),
    model: layouts[0] ?? null,
  };
  const works = schede.map((p, i) =>
    work(p, { kind: "scheda", codice: p.codice ?? "" }, layouts[i], namer, drawing),
  );
  if (index) {
    const layout = buildIndexSheet(
      model,
      results,
      schede.map((p) => ({ codice: p.codice ?? "", sheetName: p.name })),
      {
        dataElaborazione: date,
        sheetName: index.name,
        filtri: options.filters,
      },
    );
    // last: it links to the schede, so it is written once they exist
    works.push(plainSheetWork(index, { kind: "indice" }, layout, namer, styles));
  }
  return { works, modelLayout: drawing.model };
}

/** Free names for the helper sheets and their markers, clear to a person who meets them. */
function helperNames(
  state: WorkbookState,
  planned: readonly PlannedSheet[],
  namer: Namer,
): HelperNames {
  const taken = [...state.sheets.map((s) => s.name), ...planned.map((p) => p.name)];
  const model = schedaSheetName("SchedePEG modello", taken);
  const catalogue = schedaSheetName("SchedePEG formati", [...taken, model]);
  return { model, modelMarker: namer.fresh(), catalogue, catalogueMarker: namer.fresh() };
}

/** Everything a generation sends, decided before the first write. */
export interface Generation {
  readonly plan: Plan;
  /** the schede, then the index */
  readonly works: readonly SheetWork[];
  readonly styles: readonly StyleDef[];
  /** the helper sheets, when there is a scheda to copy */
  readonly helpers: {
    readonly names: HelperNames;
    readonly model: SchedaLayout;
    readonly modelOps: readonly SheetOp[];
  } | null;
  /** estimated bytes of the styles and helper sheets, sent with the first batch */
  readonly setupBytes: number;
}

/** The objectives chosen by `options`, as sheets to write on the workbook `state` describes. */
export function prepareGeneration(
  state: WorkbookState,
  model: PegModel,
  options: GenerateOptions,
  date: IsoDate,
): Generation {
  const choice = chooseObjectives(model.obiettivi, options.codes, options.filters);
  if (!choice.ok) throw new Error(choice.reason);
  const plan = planSheets(
    choice.obiettivi.map((o) => o.codice),
    state.sheets,
    options.index,
  );
  const styles = new StyleRegistry();
  const namer = markerNamer(state);
  const results = computeAll(model).objectives;
  const built = buildWorks(model, results, plan.schede, plan.index, options, date, namer, styles);
  const planned = plan.index ? [...plan.schede, plan.index] : plan.schede;
  const helpers = built.modelLayout && {
    names: helperNames(state, planned, namer),
    model: built.modelLayout,
    modelOps: sizeOps(built.modelLayout),
  };
  const defs = styles.defs();
  const setupBytes =
    estimateStyleBytes(defs) +
    (helpers ? estimateHelperBytes(helpers.names, helpers.model, helpers.modelOps) : 0);
  return { plan, works: built.works, styles: defs, helpers, setupBytes };
}
