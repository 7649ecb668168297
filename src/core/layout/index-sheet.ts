/**
 * The "Indice schede" sheet: like the first page of the 2021 report (data elaborazione and
 * "Parametri selezionati"), followed by one row per objective with its figures and a link
 * to its scheda.
 */
import type { Block, RowSpec } from "./blocks";
import type { ObjectiveResult } from "../compute/types";
import type { IsoDate, PegModel } from "../model/types";
import type { ObjectiveFilters } from "../selection";
import type { SchedaLayout } from "./types";
import { buildSheet } from "./blocks";
import { objectiveIndex } from "../model/by-objective";
import { FMT_PERCENT, dataIt, headerText, meseIt } from "./format";
import { type Pos, cell, data, fitInRow, grid, labels, spacer, tableSection } from "./rows";
import { SCHEDA_TITLE } from "./scheda";
import { sheetRef } from "./sheet-name";
import { STYLES, statusStyleId } from "./styles";

export const INDEX_SHEET_NAME = "Indice schede";

/**
 * Codice, Descrizione, Responsabile, CdR, Avanzamento, Raggiungimento, Stato: 96.5 units
 * (see page.ts and sections.ts); each just wide enough for its longest word at 8 pt.
 */
const g = grid([0, 11.5, 36, 47, 62.5, 73.5, 86, 96.5]);
const C: Pos[] = g.columns.map((_, i) => [
  g.columns.slice(0, i).reduce((a, b) => a + b, 0),
  g.columns.slice(0, i + 1).reduce((a, b) => a + b, 0),
]);
const LABEL: Pos = [0, 11.5];
const VALUE: Pos = [11.5, 96.5];

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

function param(label: string, value: string): RowSpec {
  return { cells: [cell(g, LABEL, label, "label"), data(g, VALUE, value, "value")] };
}

function parameters(model: PegModel, options: IndexOptions): Block {
  const s = model.impostazioni;
  const f = options.filtri ?? {};
  const orAll = (values: readonly string[] | undefined): string => {
    const given = (values ?? []).filter((v) => v.trim() !== "");
    return given.length > 0 ? given.join(", ") : "tutti";
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
      param("Centro di Responsabilità", orAll(f.centri)),
      param("Responsabile", orAll(f.responsabili)),
      param("Stato", orAll(f.stati)),
      param("Periodo di riferimento", meseIt(s.periodoRiferimento)),
    ],
  };
}

/** what a figure not measured shows, rather than a blank box */
const NOT_MEASURED = "—";

/** The description as the index row can show it; the scheda prints it whole. */
function describe(text: string): string {
  const [from, to] = C[1];
  return fitInRow(text, to - from, STYLES.valueSmall.font, "(testo completo nella scheda)");
}

export function buildIndexSheet(
  model: PegModel,
  results: readonly ObjectiveResult[],
  entries: readonly IndexEntry[],
  options: IndexOptions,
): SchedaLayout {
  const header = labels(g, [
    [C[0], "Codice"],
    [C[1], "Descrizione"],
    [C[2], "Responsabile"],
    [C[3], "Centro di Responsabilità"],
    [C[4], "Avanzamento fasi"],
    [C[5], "Raggiungimento complessivo"],
    [C[6], "Stato monitoraggio"],
  ]);
  const objectives = objectiveIndex(model).obiettivi;
  const resultOf = new Map(results.map((r) => [r.codice, r]));
  const items = entries.map((e): RowSpec[] => {
    const o = objectives.get(e.codice);
    const r = resultOf.get(e.codice);
    const esito = r?.status ?? "non misurato";
    return [
      {
        cells: [
          { ...data(g, C[0], e.codice, "link"), link: sheetRef(e.sheetName) },
          data(g, C[1], describe(o?.descrizione ?? ""), "valueSmall"),
          data(g, C[2], o?.responsabile ?? "", "valueSmall"),
          data(g, C[3], o?.centroResponsabilita ?? "", "valueSmall"),
          data(g, C[4], r?.phaseProgress ?? NOT_MEASURED, "numberSmall", FMT_PERCENT),
          data(g, C[5], r?.overall ?? NOT_MEASURED, "numberSmall", FMT_PERCENT),
          cell(g, C[6], esito, statusStyleId(esito, true)),
        ],
      },
    ];
  });
  const ente = model.impostazioni.ente.trim();
  const left = ente === "" ? "" : `&L${headerText(ente)}`;
  return buildSheet({
    sheetName: options.sheetName ?? INDEX_SHEET_NAME,
    columns: g.columns,
    styles: STYLES,
    titleRows: [
      {
        cells: [cell(g, [0, 47], ente, "ente"), cell(g, [47, 96.5], SCHEDA_TITLE, "title")],
        minHeight: 24,
      },
      { cells: [], minHeight: 6 },
    ],
    blocks: [parameters(model, options), ...tableSection(g, "Indice schede", [header], items)],
    header: `${left}&C&BIndice schede&B&RPagina &P di &N`,
    footer: `&LData elaborazione ${dataIt(options.dataElaborazione)}&RPEG ${model.impostazioni.anno}`,
  });
}
