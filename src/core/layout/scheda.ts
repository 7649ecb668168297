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
import { FMT_PERCENT, headerFooter, meseIt, percentText, textBar } from "./format";
import { type Pos, cell, data, heading, labels, spacer, textSection } from "./rows";
import { LABEL, SCHEDA_GRID as g, VALUE, collegatoA, fasi, indicatori, soggetti } from "./sections";
import { STYLES, statusStyleId } from "./styles";
import { objectiveIndex } from "../model/by-objective";
import { formatDateIt } from "../text/dates";

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
  const index = objectiveIndex(model);
  const o = index.obiettivi.get(codice);
  if (!o) throw new Error(`Obiettivo «${codice}» non trovato: impossibile preparare la scheda.`);
  const anno = model.impostazioni.anno;
  const ente = model.impostazioni.ente.trim();

  const blocks: Block[] = [
    ...collegatoA(o, model.impostazioni),
    ...textSection(g, "STATO DI ATTUAZIONE", o.statoAttuazione),
    ...textSection(g, "Modalità di Attuazione", o.modalitaAttuazione),
    ...soggetti(index.soggetti.get(codice) ?? []),
    monitoraggio(o, result, model.impostazioni.periodoRiferimento),
    ...fasi(index.fasi.get(codice) ?? [], result?.phases ?? []),
    ...indicatori(index.indicatori.get(codice) ?? [], result?.indicators ?? [], anno),
    ...textSection(g, "Note", o.note),
  ];

  return buildSheet({
    sheetName: options.sheetName,
    columns: g.columns,
    styles: STYLES,
    titleRows: titleRows(o, ente),
    blocks,
    ...headerFooter(ente, `Scheda obiettivo ${codice}`, options.dataElaborazione, anno),
  });
}

const HEAD: Pos[] = [
  [0, 17],
  [17, 51.5],
  [51.5, 71.5],
  [71.5, 96.5],
];

/** Title and objective header: repeated at the top of every printed page. */
function titleRows(o: Obiettivo, ente: string): RowSpec[] {
  const rows: RowSpec[] = [
    {
      cells: [cell(g, [0, 51.5], ente, "ente"), cell(g, [51.5, 96.5], SCHEDA_TITLE, "title")],
      minHeight: 24,
    },
    spacer(4),
    labels(g, [
      [HEAD[0], "OBIETTIVO DI PEG"],
      [HEAD[1], "Assessorato"],
      [HEAD[2], "Centro di Responsabilità"],
      [HEAD[3], "Responsabile"],
    ]),
    {
      cells: [
        data(g, HEAD[0], o.codice, "code"),
        data(g, HEAD[1], o.assessorato, "value"),
        data(g, HEAD[2], o.centroResponsabilita, "value"),
        data(g, HEAD[3], o.responsabile, "value"),
      ],
    },
  ];
  if (o.descrizione.trim() !== "")
    rows.push({ cells: [data(g, g.full, o.descrizione.trim(), "description")] });
  // a gap under the repeated header on every page (sections drop theirs at a page top)
  rows.push({ cells: [], minHeight: 6 });
  return rows;
}

const BAR: Pos = [32, 58.5];
const PCT: Pos = [58.5, 71.5];
const BAR_NOTE: Pos = [71.5, 96.5];

/** A figure as a text bar and its percentage; unmeasured, the words span the empty boxes. */
function barRow(label: string, value: Percent | null, note: string): RowSpec {
  const figure =
    value === null
      ? [cell(g, [BAR[0], note === "" ? BAR_NOTE[1] : PCT[1]], "non misurato", "note")]
      : [
          cell(g, BAR, textBar(value), "bar"),
          cell(g, PCT, value, "percent", { numberFormat: FMT_PERCENT }),
        ];
  const aside = value === null && note === "" ? [] : [cell(g, BAR_NOTE, note, "note")];
  return { cells: [cell(g, LABEL, label, "label"), ...figure, ...aside], minHeight: 15 };
}

/** Stato (as in the report) followed by the monitoring figures. */
function monitoraggio(o: Obiettivo, r: ObjectiveResult | undefined, periodo: string): Block {
  const esito = r?.status ?? "non misurato";
  const expected = r?.expectedProgress ?? null;
  const rows: RowSpec[] = [
    ...heading(g, "Stato e monitoraggio"),
    {
      cells: [cell(g, LABEL, "Stato", "label"), data(g, VALUE, o.stato ?? "non indicato", "value")],
    },
    {
      cells: [
        cell(g, LABEL, "Periodo di riferimento", "label"),
        cell(g, VALUE, meseIt(periodo), "value"),
      ],
    },
    {
      // the status word in its colour, then why (how many points behind, a declared stato…)
      cells: [
        cell(g, LABEL, "Stato monitoraggio", "label"),
        cell(g, BAR, esito.toUpperCase(), statusStyleId(esito)),
        cell(g, [PCT[0], BAR_NOTE[1]], r?.statusNote ?? "", "note"),
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
    ...validazione(o),
  ];
  return { rows };
}

/** The Nucleo's validated achievement under the computed one, with its date and note. */
function validazione(o: Obiettivo): RowSpec[] {
  if (o.raggiungimentoValidato === null) return [];
  const when = o.dataValidazione === null ? "" : `il ${formatDateIt(o.dataValidazione)}`;
  const rows = [barRow("Validato dal Nucleo", o.raggiungimentoValidato, when)];
  if (o.notaNucleo.trim() !== "")
    rows.push({
      cells: [cell(g, LABEL, "Nota del Nucleo", "label"), data(g, VALUE, o.notaNucleo, "value")],
    });
  return rows;
}
