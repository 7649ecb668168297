/**
 * The printable scheda of one objective, following the 2021 report (docs/fonte): title,
 * objective header (repeated on every page as print titles), Collegato a, STATO DI
 * ATTUAZIONE, Modalità di Attuazione, Soggetti coinvolti, Stato, FASI - ATTIVITA',
 * INDICATORI. Added to the report: the monitoring figures (period, phase progress, indicator
 * and overall achievement, status as text + colour + character bar), the per-phase expected
 * progress and the per-indicator achievement. Empty sections are left out.
 */
import type { Block, RowSpec } from "./blocks";
import type { ObjectiveResult } from "../compute/types";
import type { IsoDate, Obiettivo, PegModel, Percent } from "../model/types";
import type { SchedaLayout } from "./types";
import { buildSheet } from "./blocks";
import { FMT_PERCENT, dataIt, headerText, meseIt, percentText, textBar } from "./format";
import { GRID, LAST_COL, cell, data, heading, labels, spacer, textSection } from "./rows";
import { collegatoA, fasi, indicatori, soggetti } from "./sections";
import { STYLES, statusStyleId } from "./styles";

export interface SchedaOptions {
  readonly dataElaborazione: IsoDate;
  readonly sheetName: string;
}

export const SCHEDA_TITLE = "SCHEDA OBIETTIVI";

export function buildScheda(
  model: PegModel,
  result: ObjectiveResult | undefined,
  codice: string,
  options: SchedaOptions,
): SchedaLayout {
  const o = model.obiettivi.find((x) => x.codice === codice);
  if (!o) throw new Error(`Obiettivo «${codice}» non trovato: impossibile preparare la scheda.`);
  const anno = model.impostazioni.anno;
  const ente = model.impostazioni.ente.trim();

  const blocks: Block[] = [
    ...collegatoA(o),
    ...textSection("STATO DI ATTUAZIONE", o.statoAttuazione),
    ...textSection("Modalità di Attuazione", o.modalitaAttuazione),
    ...soggetti(model.soggetti.filter((s) => s.obiettivo === codice)),
    monitoraggio(o, result, model.impostazioni.periodoRiferimento),
    ...fasi(
      model.fasi.filter((f) => f.obiettivo === codice),
      result?.phases ?? [],
    ),
    ...indicatori(
      model.indicatori.filter((i) => i.obiettivo === codice),
      result?.indicators ?? [],
      anno,
    ),
    ...textSection("Note", o.note),
  ];

  const left = ente === "" ? "" : `&L${headerText(ente)}`;
  return buildSheet({
    sheetName: options.sheetName,
    columns: GRID,
    styles: STYLES,
    titleRows: titleRows(o, ente),
    blocks,
    header: `${left}&C&BScheda obiettivo ${headerText(codice)}&B&RPagina &P di &N`,
    footer: `&LData elaborazione ${dataIt(options.dataElaborazione)}&RPEG ${anno}`,
  });
}

/** Title and objective header: repeated at the top of every printed page. */
function titleRows(o: Obiettivo, ente: string): RowSpec[] {
  const rows: RowSpec[] = [
    {
      cells: [cell(1, 5, ente, "ente"), cell(6, 5, SCHEDA_TITLE, "title")],
      minHeight: 24,
    },
    spacer(4),
    labels([
      [1, 2, "OBIETTIVO DI PEG"],
      [3, 4, "Assessorato"],
      [7, 2, "Centro di Responsabilità"],
      [9, 2, "Responsabile"],
    ]),
    {
      cells: [
        data(1, 2, o.codice, "code"),
        data(3, 4, o.assessorato, "value"),
        data(7, 2, o.centroResponsabilita, "value"),
        data(9, 2, o.responsabile, "value"),
      ],
    },
  ];
  if (o.descrizione.trim() !== "")
    rows.push({ cells: [data(1, LAST_COL, o.descrizione.trim(), "description")] });
  return rows;
}

function barRow(label: string, value: Percent | null, note: string): RowSpec {
  const measured = value !== null;
  return {
    cells: [
      cell(1, 3, label, "label"),
      measured ? cell(4, 4, textBar(value), "bar") : cell(4, 4, "non misurato", "note"),
      measured
        ? cell(8, 1, value, "percent", { numberFormat: FMT_PERCENT })
        : cell(8, 1, null, "percent"),
      cell(9, 2, note, "note"),
    ],
    minHeight: 15,
  };
}

/** Stato (as in the report) followed by the monitoring figures. */
function monitoraggio(o: Obiettivo, r: ObjectiveResult | undefined, periodo: string): Block {
  const esito = r?.status ?? "non misurato";
  const expected = r?.expectedProgress ?? null;
  const rows: RowSpec[] = [
    ...heading("Stato e monitoraggio"),
    { cells: [cell(1, 3, "Stato", "label"), data(4, 7, o.stato ?? "non indicato", "value")] },
    {
      cells: [cell(1, 3, "Periodo di riferimento", "label"), cell(4, 7, meseIt(periodo), "value")],
    },
    {
      cells: [
        cell(1, 3, "Stato monitoraggio", "label"),
        cell(4, 7, esito.toUpperCase(), statusStyleId(esito)),
      ],
      minHeight: 18,
    },
    barRow(
      "Avanzamento fasi",
      r?.phaseProgress ?? null,
      expected === null ? "" : `atteso ${percentText(expected)}`,
    ),
    barRow("Raggiungimento indicatori", r?.indicatorAchievement ?? null, ""),
    barRow("Raggiungimento complessivo", r?.overall ?? null, ""),
  ];
  return { rows };
}
