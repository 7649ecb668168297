/**
 * The "Indice schede" sheet: like the first page of the 2021 report (data elaborazione and
 * "Parametri selezionati"), followed by one row per objective with its figures and a link
 * to its scheda.
 */
import type { Block, RowSpec } from "./blocks";
import type { ObjectiveResult } from "../compute/types";
import type { IsoDate, Obiettivo, PegModel } from "../model/types";
import type { ObjectiveFilters } from "../selection";
import type { SchedaLayout } from "./types";
import { buildSheet } from "./blocks";
import { objectiveIndex } from "../model/by-objective";
import { FMT_PERCENT, dataIt, headerFooter, meseIt } from "./format";
import {
  type Grid,
  type Pos,
  cell,
  data,
  fitInRow,
  grid,
  labels,
  spacer,
  tableSection,
} from "./rows";
import { SCHEDA_TITLE } from "./scheda";
import { sheetRef } from "./sheet-name";
import { STYLES, statusStyleId } from "./styles";

export const INDEX_SHEET_NAME = "Indice schede";

/**
 * Codice, Descrizione, Responsabile, CdR, Avanzamento, Raggiungimento, Stato: 96.5 units
 * (see page.ts and sections.ts); each just wide enough for its longest word at 8 pt. A
 * responsabile or centro shared by every row is printed once among the parameters, and its
 * width goes to the description (an index of one settore then takes far fewer lines).
 */
type Shared = "responsabile" | "centroResponsabilita";
const WIDTHS = {
  // codice is also the parameters' label column: «Responsabilità» fits after the indent
  codice: 13,
  descrizione: 23,
  responsabile: 11,
  centro: 15.5,
  figure: 11,
  overall: 12.5,
  esito: 10.5,
};
const LABEL: Pos = [0, 13];
const VALUE: Pos = [13, 96.5];

interface IndexGrid {
  readonly g: Grid;
  /** the positions of the columns shown, by name */
  readonly at: Readonly<Record<string, Pos>>;
  readonly shared: ReadonlySet<Shared>;
}

function indexGrid(shared: ReadonlySet<Shared>): IndexGrid {
  const cols: [string, number][] = [
    ["codice", WIDTHS.codice],
    [
      "descrizione",
      WIDTHS.descrizione +
        (shared.has("responsabile") ? WIDTHS.responsabile : 0) +
        (shared.has("centroResponsabilita") ? WIDTHS.centro : 0),
    ],
    ...(shared.has("responsabile")
      ? []
      : [["responsabile", WIDTHS.responsabile] as [string, number]]),
    ...(shared.has("centroResponsabilita") ? [] : [["centro", WIDTHS.centro] as [string, number]]),
    ["figure", WIDTHS.figure],
    ["overall", WIDTHS.overall],
    ["esito", WIDTHS.esito],
  ];
  const edges = [0];
  for (const [, w] of cols) edges.push(Math.round((edges[edges.length - 1] + w) * 100) / 100);
  const at: Record<string, Pos> = {};
  cols.forEach(([name], i) => (at[name] = [edges[i], edges[i + 1]]));
  return { g: grid(edges), at, shared };
}

/** The one value every chosen objective has for `key`, or null when they differ or it is blank. */
function sharedValue(objectives: readonly (Obiettivo | undefined)[], key: Shared): string | null {
  const values = new Set(objectives.map((o) => (o?.[key] ?? "").trim()));
  const [only] = [...values];
  return values.size === 1 && only !== "" ? only : null;
}

export interface IndexEntry {
  readonly codice: string;
  /** the scheda's worksheet, target of the row's link */
  readonly sheetName: string;
}

export interface IndexOptions {
  readonly dataElaborazione: IsoDate;
  readonly sheetName?: string;
  /** the filters that chose the objectives, printed as «Parametri selezionati» */
  readonly filtri?: ObjectiveFilters;
}

function parameters(
  model: PegModel,
  options: IndexOptions,
  g: Grid,
  common: Readonly<Partial<Record<Shared, string>>>,
): Block {
  const s = model.impostazioni;
  const f = options.filtri ?? {};
  const param = (label: string, value: string): RowSpec => ({
    cells: [cell(g, LABEL, label, "label"), data(g, VALUE, value, "value")],
  });
  // the filters asked for, else the value every row shares, else "tutti"
  const orAll = (values: readonly string[] | undefined, shared?: string): string => {
    const given = (values ?? []).filter((v) => v.trim() !== "");
    return given.length > 0 ? given.join(", ") : (shared ?? "tutti");
  };
  return {
    rows: [
      {
        cells: [
          cell(g, g.full, `Data elaborazione ${dataIt(options.dataElaborazione)}`, "plainBold"),
        ],
      },
      spacer(),
      { cells: [cell(g, g.full, "Parametri selezionati:", "plainBold")] },
      param("Vista", s.vista),
      param("Anno", String(s.anno)),
      param("Livello", "OBIETTIVO DI PEG"),
      param("Centro di Responsabilità", orAll(f.centri, common.centroResponsabilita)),
      param("Responsabile", orAll(f.responsabili, common.responsabile)),
      param("Stato", orAll(f.stati)),
      param("Periodo di riferimento", meseIt(s.periodoRiferimento)),
    ],
  };
}

/** what a figure not measured shows, rather than a blank box */
const NOT_MEASURED = "—";

/** The description as the index row can show it; the scheda prints it whole. */
function describe(text: string, [from, to]: Pos): string {
  return fitInRow(text, to - from, STYLES.valueSmall, "(testo completo nella scheda)");
}

export function buildIndexSheet(
  model: PegModel,
  results: readonly ObjectiveResult[],
  entries: readonly IndexEntry[],
  options: IndexOptions,
): SchedaLayout {
  const objectives = objectiveIndex(model).obiettivi;
  const chosen = entries.map((e) => objectives.get(e.codice));
  const common: Partial<Record<Shared, string>> = {};
  for (const key of ["responsabile", "centroResponsabilita"] as const) {
    const value = entries.length > 1 ? sharedValue(chosen, key) : null;
    if (value !== null) common[key] = value;
  }
  const { g, at } = indexGrid(new Set(Object.keys(common) as Shared[]));
  const header = labels(g, [
    [at.codice, "Codice"],
    [at.descrizione, "Descrizione"],
    ...(at.responsabile ? [[at.responsabile, "Responsabile"] as [Pos, string]] : []),
    ...(at.centro ? [[at.centro, "Centro di Responsabilità"] as [Pos, string]] : []),
    [at.figure, "Avanzamento fasi"],
    [at.overall, "Raggiungimento complessivo"],
    [at.esito, "Stato monitoraggio"],
  ]);
  const resultOf = new Map(results.map((r) => [r.codice, r]));
  const items = entries.map((e, i): RowSpec[] => {
    const o = chosen[i];
    const r = resultOf.get(e.codice);
    const esito = r?.status ?? "non misurato";
    return [
      {
        cells: [
          { ...data(g, at.codice, e.codice, "link"), link: sheetRef(e.sheetName) },
          data(g, at.descrizione, describe(o?.descrizione ?? "", at.descrizione), "valueSmall"),
          ...(at.responsabile
            ? [data(g, at.responsabile, o?.responsabile ?? "", "valueSmall")]
            : []),
          ...(at.centro ? [data(g, at.centro, o?.centroResponsabilita ?? "", "valueSmall")] : []),
          data(g, at.figure, r?.phaseProgress ?? NOT_MEASURED, "numberSmall", FMT_PERCENT),
          data(g, at.overall, r?.overall ?? NOT_MEASURED, "numberSmall", FMT_PERCENT),
          cell(g, at.esito, esito, statusStyleId(esito, true)),
        ],
      },
    ];
  });
  const ente = model.impostazioni.ente.trim();
  return buildSheet({
    sheetName: options.sheetName ?? INDEX_SHEET_NAME,
    columns: g.columns,
    styles: STYLES,
    titleRows: [
      {
        cells: [
          cell(g, [0, at.descrizione[1]], ente, "ente"),
          cell(g, [at.descrizione[1], 96.5], SCHEDA_TITLE, "title"),
        ],
        minHeight: 24,
      },
      { cells: [], minHeight: 6 },
    ],
    blocks: [
      parameters(model, options, g, common),
      ...tableSection(g, "Indice schede", [header], items),
    ],
    ...headerFooter(ente, INDEX_SHEET_NAME, options.dataElaborazione, model.impostazioni.anno),
  });
}
