/**
 * The Relazione as a printable A4 sheet (data, like the schede) and its native charts:
 * achievement by centro (bars), statuses by centro (stacked bars) and the distribution by
 * band (columns). Each chart reads the cells of a table of the same sheet, so a clerk who
 * corrects a figure sees the chart follow.
 */
import type { Block, CellSpec, RowSpec } from "../layout/blocks";
import { buildTaggedSheet } from "../layout/blocks";
import type { ChartSeries, ChartSpec, ColumnRange } from "../layout/chart";
import { FMT_PERCENT, dataIt, meseIt } from "../layout/format";
import {
  type Pos,
  band,
  cell,
  data,
  fitInRow,
  grid,
  labels,
  reportTitle,
  spacer,
  tableSection,
} from "../layout/rows";
import { STATUS_COLORS, STYLES, statusStyleId } from "../layout/styles";
import type { SchedaLayout } from "../layout/types";
import type { IsoDate, PegModel } from "../model/types";
import {
  STATUS_COLUMNS,
  type Deviation,
  type GroupRow,
  type RelazioneData,
  type RelazioneItem,
} from "./data";

export const RELAZIONE_SHEET_NAME = "Relazione";
export const RELAZIONE_TITLE = "RELAZIONE SUL PEG";

/**
 * 96.5 width units (see layout/page.ts): a name, count, mean, four bands and five statuses
 * for the group tables; the objectives and deviations tables use the same edges.
 */
const EDGES = [0, 11.5, 26, 32.5, 40, 46, 52, 58, 64, 70.5, 77, 83.5, 90, 96.5];
const g = grid(EDGES);
const NAME: Pos = [0, 26];
const COUNT: Pos = [26, 32.5];
const MEAN: Pos = [32.5, 40];
const BANDS: readonly Pos[] = [
  [40, 46],
  [46, 52],
  [52, 58],
  [58, 64],
];
const STATUSES: readonly Pos[] = [
  [64, 70.5],
  [70.5, 77],
  [77, 83.5],
  [83.5, 90],
  [90, 96.5],
];
const LABEL: Pos = [0, 26];
const VALUE: Pos = [26, 96.5];
const INTEGER = "0";
const NAVY = "1F3864";
/** chart rows: 15 pt each */
const CHART_ROW = 15;

const STATUS_LABEL: Readonly<Record<string, string>> = {
  "in linea": "In linea",
  "in ritardo": "In ritardo",
  critico: "Critici",
  concluso: "Conclusi",
  "non misurato": "Non misurati",
};

export interface RelazioneOptions {
  readonly dataElaborazione: IsoDate;
  /** the sheet's name when «Relazione» is taken by a user's sheet (default RELAZIONE_SHEET_NAME) */
  readonly sheetName?: string;
}

export interface RelazioneSheet {
  readonly layout: SchedaLayout;
  readonly charts: readonly ChartSpec[];
}

function groupTable(
  title: string,
  nameLabel: string,
  rows: readonly GroupRow[],
  data_: RelazioneData,
  tag: string,
): Block[] {
  if (data_.bands.length > BANDS.length)
    throw new Error(`La relazione mostra al massimo ${BANDS.length} fasce di raggiungimento.`);
  const head: RowSpec = {
    ...labels(g, [
      [NAME, nameLabel],
      [COUNT, "Obiettivi"],
      [MEAN, "Raggiung. medio %"],
      ...data_.bands.map((b, i): [Pos, string] => [BANDS[i], `Fascia ${b.label}`]),
      ...STATUS_COLUMNS.map((e, i): [Pos, string] => [STATUSES[i], STATUS_LABEL[e]]),
    ]),
    tag: `${tag}:head`,
  };
  const lines = rows.map((r): RowSpec => ({
    tag,
    cells: [
      data(g, NAME, r.key, "valueSmall"),
      data(g, COUNT, r.objectives, "numberSmall", INTEGER),
      data(g, MEAN, r.overall, "numberSmall", FMT_PERCENT),
      ...r.bands.map((n, i) => data(g, BANDS[i], n, "numberSmall", INTEGER)),
      ...STATUS_COLUMNS.map((e, i) => data(g, STATUSES[i], r.byStatus[e], "numberSmall", INTEGER)),
    ],
  }));
  if (lines.length === 0) return [];
  // one block: the chart ranges need the rows together, never split by a page break
  return [{ rows: [spacer(), band(g, title), head, ...lines] }];
}

function bandTable(d: RelazioneData): Block[] {
  const judged = d.total.bands.reduce((a, b) => a + b, 0);
  const head: RowSpec = {
    ...labels(g, [
      [NAME, "Fascia di raggiungimento"],
      [COUNT, "Obiettivi"],
      [MEAN, "Quota %"],
    ]),
    tag: "fasce:head",
  };
  const rows = d.bands.map((b, i): RowSpec => ({
    tag: "fasce",
    cells: [
      cell(g, NAME, b.label, "valueSmall"),
      data(g, COUNT, d.total.bands[i], "numberSmall", INTEGER),
      data(
        g,
        MEAN,
        judged > 0 ? (d.total.bands[i] / judged) * 100 : null,
        "numberSmall",
        FMT_PERCENT,
      ),
    ],
  }));
  const others = d.total.objectives - judged;
  const note: RowSpec = {
    cells: [
      cell(
        g,
        [0, 96.5],
        `Le fasce contano ${judged} obiettivi con un raggiungimento (quello validato dal Nucleo, dove c'è); ` +
          `${others} non misurati, sospesi o annullati restano fuori.`,
        "note",
      ),
    ],
  };
  return [
    {
      rows: [spacer(), band(g, "Distribuzione per fascia di raggiungimento"), head, ...rows, note],
    },
  ];
}

/** Rows reserved for a chart: tall enough for `categories` bars, one page at most. */
function chartBlock(title: string, tag: string, categories: number): Block {
  const height = Math.min(600, Math.max(210, 70 + categories * 22));
  const count = Math.ceil(height / CHART_ROW);
  return {
    rows: [
      spacer(),
      band(g, title),
      ...Array.from({ length: count }, (): RowSpec => ({ cells: [], minHeight: CHART_ROW, tag })),
    ],
  };
}

interface ListColumn<T> {
  readonly pos: Pos;
  readonly label: string;
  readonly cell: (item: T, pos: Pos) => CellSpec;
}

/** A table with one row per item, its column labels repeated on every page it spans. */
function listTable<T>(title: string, columns: readonly ListColumn<T>[], items: readonly T[]) {
  const head = labels(
    g,
    columns.map((c): [Pos, string] => [c.pos, c.label]),
  );
  const rows = items.map((item): RowSpec[] => [{ cells: columns.map((c) => c.cell(item, c.pos)) }]);
  return tableSection(g, title, [head], rows);
}

/** data text that fits one row, pointing to the scheda for the rest */
const fitted = (text: string, [from, to]: Pos, rest: string): string =>
  fitInRow(text, to - from, STYLES.valueSmall, rest);

type Item = RelazioneItem;
const codice: ListColumn<Item> = {
  pos: [0, 11.5],
  label: "Codice",
  cell: (x, pos) => data(g, pos, x.obiettivo.codice, "valueSmall"),
};
const overall = (pos: Pos): ListColumn<Item> => ({
  pos,
  label: "Ragg. %",
  cell: (x, p) => data(g, p, x.result.overall ?? "—", "numberSmall", FMT_PERCENT),
});
/** the Nucleo's validated achievement beside the computed one; empty when not validated */
const validated = (pos: Pos): ListColumn<Item> => ({
  pos,
  label: "Validato %",
  cell: (x, p) => data(g, p, x.obiettivo.raggiungimentoValidato ?? "", "numberSmall", FMT_PERCENT),
});
const esito = (pos: Pos): ListColumn<Item> => ({
  pos,
  label: "Stato monitoraggio",
  cell: (x, p) => cell(g, p, x.result.status, statusStyleId(x.result.status, true)),
});
const text = <T extends Item>(pos: Pos, label: string, of: (x: T) => string): ListColumn<T> => ({
  pos,
  label,
  cell: (x, p) => data(g, p, of(x), "valueSmall"),
});

function objectivesTable(d: RelazioneData): Block[] {
  return listTable(
    "Obiettivi",
    [
      codice,
      text([11.5, 46], "Descrizione", (x) =>
        fitted(x.obiettivo.descrizione, [11.5, 46], "(testo completo nella scheda)"),
      ),
      text([46, 58], "Responsabile", (x) => x.obiettivo.responsabile),
      text([58, 70.5], "Centro di responsabilità", (x) => x.obiettivo.centroResponsabilita),
      overall([70.5, 77]),
      validated([77, 83.5]),
      esito([83.5, 96.5]),
    ],
    d.objectives,
  );
}

function deviationsTable(d: RelazioneData): Block[] {
  const items = listTable(
    "Scostamenti rilevanti",
    [
      codice,
      esito([11.5, 26]),
      overall([26, 32.5]),
      text<Deviation>([32.5, 96.5], "Note", (x) =>
        fitted(x.notes, [32.5, 96.5], "(continua nella scheda)"),
      ),
    ],
    d.deviations,
  );
  if (items.length === 0)
    return [
      {
        rows: [
          spacer(),
          band(g, "Scostamenti rilevanti"),
          {
            cells: [
              cell(
                g,
                g.full,
                "Nessun obiettivo critico, in ritardo o nella fascia più bassa.",
                "plain",
              ),
            ],
          },
        ],
      },
    ];
  return items;
}

function parameters(model: PegModel, d: RelazioneData, options: RelazioneOptions): Block {
  const s = model.impostazioni;
  const param = (label: string, value: string): RowSpec => ({
    cells: [cell(g, LABEL, label, "label"), data(g, VALUE, value, "value")],
  });
  return {
    rows: [
      param("Data elaborazione", dataIt(options.dataElaborazione)),
      param("Anno", String(s.anno)),
      param("Periodo di riferimento", meseIt(s.periodoRiferimento)),
      param("Obiettivi", String(d.total.objectives)),
      param("Fasce di raggiungimento", d.bands.map((b) => b.label).join(", ")),
      param(
        "Raggiungimento",
        "complessivo calcolato (fasi e indicatori, forzature comprese); la media è pesata " +
          "sul peso degli obiettivi e non conta i sospesi, gli annullati e i non misurati. " +
          "Le fasce, gli scostamenti e l'avviso sui risultati concentrati in alto contano il " +
          "raggiungimento validato dal Nucleo di valutazione, dove c'è.",
      ),
    ],
  };
}

const range = (rows: readonly number[] | undefined, col: number): ColumnRange | null =>
  rows && rows.length > 0 ? { col, firstRow: rows[0], lastRow: rows[rows.length - 1] } : null;

export function buildRelazione(
  model: PegModel,
  d: RelazioneData,
  options: RelazioneOptions,
): RelazioneSheet {
  const ente = model.impostazioni.ente.trim();
  const centri = d.byCentro.length;
  const blocks: Block[] = [
    parameters(model, d, options),
    ...groupTable("Sintesi", "Insieme", [d.total], d, "totale"),
    ...(d.warning === null
      ? []
      : [{ rows: [{ cells: [cell(g, g.full, `Attenzione: ${d.warning}`, "plainBold")] }] }]),
    ...bandTable(d),
    chartBlock("Grafico: obiettivi per fascia di raggiungimento", "chart:fasce", d.bands.length),
    ...groupTable("Risultati per settore", "Settore", d.bySettore, d, "settori"),
    ...groupTable(
      "Risultati per centro di responsabilità",
      "Centro di responsabilità",
      d.byCentro,
      d,
      "centri",
    ),
    chartBlock("Grafico: raggiungimento medio per centro di responsabilità", "chart:media", centri),
    chartBlock(
      "Grafico: stato di monitoraggio per centro di responsabilità",
      "chart:stati",
      centri,
    ),
    ...groupTable(
      "Risultati per responsabile",
      "Responsabile",
      d.byResponsabile,
      d,
      "responsabili",
    ),
    ...objectivesTable(d),
    ...deviationsTable(d),
  ];
  const { layout, tagged } = buildTaggedSheet({
    sheetName: options.sheetName ?? RELAZIONE_SHEET_NAME,
    columns: g.columns,
    styles: STYLES,
    ...reportTitle(g, ente, RELAZIONE_TITLE, 52, `Relazione PEG ${model.impostazioni.anno}`),
    blocks,
    footer: `&LData elaborazione ${dataIt(options.dataElaborazione)}&RPeriodo di riferimento ${meseIt(model.impostazioni.periodoRiferimento)}`,
  });

  const col = (pos: Pos): number => g.place(pos).col;
  const anchor = (tag: string) => {
    const rows = tagged.get(tag) ?? [];
    return { top: rows[0], left: 1, bottom: rows[rows.length - 1], right: g.columns.length };
  };
  const seriesOf = (tag: string, pos: Pos, color: string): ChartSeries | null => {
    const values = range(tagged.get(tag), col(pos));
    const head = tagged.get(`${tag}:head`)?.[0];
    return values && head !== undefined
      ? { nameCell: { row: head, col: col(pos) }, values, color }
      : null;
  };
  const charts: ChartSpec[] = [];
  const fasce = range(tagged.get("fasce"), col(NAME));
  const fasceSeries = seriesOf("fasce", COUNT, NAVY);
  if (fasce && fasceSeries)
    charts.push({
      kind: "column",
      title: "Obiettivi per fascia di raggiungimento",
      categories: fasce,
      series: [fasceSeries],
      anchor: anchor("chart:fasce"),
      valueFormat: INTEGER,
    });
  const centriNames = range(tagged.get("centri"), col(NAME));
  const media = seriesOf("centri", MEAN, NAVY);
  if (centriNames && media) {
    charts.push({
      kind: "bar",
      title: "Raggiungimento medio per centro di responsabilità (%)",
      categories: centriNames,
      series: [media],
      anchor: anchor("chart:media"),
      valueMax: 100,
      valueFormat: FMT_PERCENT,
      axisFormat: '0"%"',
    });
    charts.push({
      kind: "stackedBar",
      title: "Obiettivi per stato di monitoraggio e centro di responsabilità",
      categories: centriNames,
      series: STATUS_COLUMNS.map((e, i) =>
        seriesOf("centri", STATUSES[i], STATUS_COLORS[e].ink),
      ).filter((s): s is ChartSeries => s !== null),
      anchor: anchor("chart:stati"),
      valueFormat: INTEGER,
    });
  }
  return { layout, charts };
}
