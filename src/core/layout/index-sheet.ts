/**
 * The "Indice schede" sheet: like the first page of the 2021 report (data elaborazione and
 * "Parametri selezionati"), followed by one row per objective with its figures and a link
 * to its scheda.
 */
import type { Block, RowSpec } from "./blocks";
import type { ObjectiveResult } from "../compute/types";
import type { IsoDate, PegModel } from "../model/types";
import type { SchedaLayout } from "./types";
import { buildSheet } from "./blocks";
import { FMT_PERCENT, dataIt, headerText, meseIt } from "./format";
import { cell, data, labels, spacer, tableSection } from "./rows";
import { SCHEDA_TITLE } from "./scheda";
import { sheetRef } from "./sheet-name";
import { STYLES, statusStyleId } from "./styles";

export const INDEX_SHEET_NAME = "Indice schede";

/** Codice, Descrizione, Responsabile, CdR, Avanz. fasi, Raggiungimento, Stato: 96 units */
const COLUMNS = [12, 29, 12, 17, 8, 8.5, 9.5] as const;
const LAST = COLUMNS.length;

export interface IndexEntry {
  readonly codice: string;
  /** the scheda's worksheet, target of the row's link */
  readonly sheetName: string;
}

export interface IndexFilters {
  readonly centroResponsabilita?: string;
  readonly responsabile?: string;
  readonly stato?: string;
}

export interface IndexOptions {
  readonly dataElaborazione: IsoDate;
  readonly sheetName?: string;
  readonly filtri?: IndexFilters;
}

function param(label: string, value: string): RowSpec {
  return { cells: [cell(1, 1, label, "label"), data(2, LAST - 1, value, "value")] };
}

function parameters(model: PegModel, options: IndexOptions): Block {
  const s = model.impostazioni;
  const f = options.filtri ?? {};
  const orAll = (v: string | undefined): string => (v && v.trim() !== "" ? v : "tutti");
  return {
    rows: [
      {
        cells: [
          cell(1, LAST, `Data elaborazione ${dataIt(options.dataElaborazione)}`, "plainBold"),
        ],
      },
      spacer(),
      { cells: [cell(1, LAST, "Parametri selezionati:", "plainBold")] },
      param("Vista", s.vista),
      param("Anno", String(s.anno)),
      param("Livello", "OBIETTIVO DI PEG"),
      param("Centro di Responsabilità", orAll(f.centroResponsabilita)),
      param("Responsabile", orAll(f.responsabile)),
      param("Stato", orAll(f.stato)),
      param("Periodo di riferimento", meseIt(s.periodoRiferimento)),
    ],
  };
}

export function buildIndexSheet(
  model: PegModel,
  results: readonly ObjectiveResult[],
  entries: readonly IndexEntry[],
  options: IndexOptions,
): SchedaLayout {
  const header = labels([
    [1, 1, "Codice"],
    [2, 1, "Descrizione"],
    [3, 1, "Responsabile"],
    [4, 1, "Centro di Responsabilità"],
    [5, 1, "Avanzamento fasi"],
    [6, 1, "Raggiungimento complessivo"],
    [7, 1, "Stato monitoraggio"],
  ]);
  const items = entries.map((e): RowSpec[] => {
    const o = model.obiettivi.find((x) => x.codice === e.codice);
    const r = results.find((x) => x.codice === e.codice);
    const esito = r?.status ?? "non misurato";
    return [
      {
        cells: [
          { ...data(1, 1, e.codice, "link"), link: sheetRef(e.sheetName) },
          data(2, 1, o?.descrizione ?? "", "value"),
          data(3, 1, o?.responsabile ?? "", "value"),
          data(4, 1, o?.centroResponsabilita ?? "", "value"),
          data(5, 1, r?.phaseProgress ?? null, "number", FMT_PERCENT),
          data(6, 1, r?.overall ?? null, "number", FMT_PERCENT),
          cell(7, 1, esito, statusStyleId(esito)),
        ],
      },
    ];
  });
  const ente = model.impostazioni.ente.trim();
  const left = ente === "" ? "" : `&L${headerText(ente)}`;
  return buildSheet({
    sheetName: options.sheetName ?? INDEX_SHEET_NAME,
    columns: COLUMNS,
    styles: STYLES,
    titleRows: [
      { cells: [cell(1, 3, ente, "ente"), cell(4, 4, SCHEDA_TITLE, "title")], minHeight: 24 },
    ],
    blocks: [parameters(model, options), ...tableSection("Indice schede", [header], items, LAST)],
    header: `${left}&C&BIndice schede&B&RPagina &P di &N`,
    footer: `&LData elaborazione ${dataIt(options.dataElaborazione)}&RPEG ${model.impostazioni.anno}`,
  });
}
