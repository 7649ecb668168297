/**
 * The «Prospetto variazioni»: the changes found by `confronta` as a printable A4 sheet (data,
 * like the schede and the Relazione), to attach to the act that approves a variation.
 */
import type { RowSpec } from "../layout/blocks";
import { buildSheet } from "../layout/blocks";
import { dataIt } from "../layout/format";
import { type Pos, cell, data, grid, labels, reportTitle, tableSection } from "../layout/rows";
import { STYLES } from "../layout/styles";
import type { SchedaLayout } from "../layout/types";
import type { IsoDate } from "../model/types";
import type { Change } from "./compare";
import { changeSubject, changeValues, changeVerb } from "./compare-text";

export const PROSPETTO_SHEET_NAME = "Prospetto variazioni";
export const PROSPETTO_TITLE = "PROSPETTO VARIAZIONI";

const g = grid([0, 16, 30, 40, 56, 76.25, 96.5]);
const OBJECTIVE: Pos = [0, 16];
const ELEMENT: Pos = [16, 30];
const KIND: Pos = [30, 40];
const FIELD: Pos = [40, 56];
const BEFORE: Pos = [56, 76.25];
const AFTER: Pos = [76.25, 96.5];
const LABEL: Pos = [0, 30];
const VALUE: Pos = [30, 96.5];
/** descriptions are long: the printed sheet shows more of them than the terminal */
const MAX_TEXT = 300;

export interface ProspettoOptions {
  readonly ente: string;
  /** how the two sides are named, e.g. «la versione 1 «Piano approvato» di «peg.xlsx»» */
  readonly before: string;
  readonly after: string;
  readonly dataElaborazione: IsoDate;
  /** how two years' codes were paired (`pairingText`); null within one year */
  readonly pairing: string | null;
  /** false when people were not compared (versions do not hold them) */
  readonly withSubjects: boolean;
}

function changeRow(c: Change): RowSpec {
  const { before, after } = changeValues(c, MAX_TEXT);
  return {
    cells: [
      data(g, OBJECTIVE, c.objective, "valueSmall"),
      data(g, ELEMENT, changeSubject(c), "valueSmall"),
      cell(g, KIND, changeVerb(c), "valueSmall"),
      data(g, FIELD, c.field ?? "", "valueSmall"),
      data(g, BEFORE, before, "valueSmall"),
      data(g, AFTER, after, "valueSmall"),
    ],
  };
}

export function buildProspetto(
  changes: readonly Change[],
  options: ProspettoOptions,
): SchedaLayout {
  const param = (label: string, value: string): RowSpec => ({
    cells: [cell(g, LABEL, label, "label"), data(g, VALUE, value, "value")],
  });
  const objectives = new Set(changes.map((c) => c.objective)).size;
  const pairing = options.pairing;
  const compared = options.withSubjects
    ? "obiettivi, fasi, indicatori e soggetti"
    : "obiettivi, fasi e indicatori";
  const parameters: RowSpec[] = [
    param("Data elaborazione", dataIt(options.dataElaborazione)),
    param("Prima", options.before),
    param("Dopo", options.after),
    param("Confrontati", compared),
    ...(pairing === null ? [] : [param("Anni diversi", pairing)]),
    param(
      "Differenze",
      changes.length === 0
        ? "nessuna"
        : `${changes.length} in ${objectives} ${objectives === 1 ? "obiettivo" : "obiettivi"}`,
    ),
  ];
  const head = labels(g, [
    [OBJECTIVE, "Obiettivo"],
    [ELEMENT, "Elemento"],
    [KIND, "Variazione"],
    [FIELD, "Campo"],
    [BEFORE, "Prima"],
    [AFTER, "Dopo"],
  ]);
  return buildSheet({
    sheetName: PROSPETTO_SHEET_NAME,
    columns: g.columns,
    styles: STYLES,
    ...reportTitle(g, options.ente.trim(), PROSPETTO_TITLE, 40, "Prospetto variazioni"),
    blocks: [
      { rows: parameters },
      ...tableSection(
        g,
        "Variazioni",
        [head],
        changes.map((c) => [changeRow(c)]),
      ),
    ],
    footer: `&LData elaborazione ${dataIt(options.dataElaborazione)}`,
  });
}
