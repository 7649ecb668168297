/**
 * The sections of a scheda, in the report's wording, on one shared grid.
 *
 * Widths (units of ≈ 7 px) are set by the longest word each column must hold without
 * breaking it: a date at 8 pt needs 8.5, "SOCIOEDUCATIVO" at 8 pt needs 15, the bold 8 pt
 * label "Raggiungimento" needs 13. The total is 96.5 units = 675 px, inside the 697 px of
 * A4 portrait with 0.5 in side margins (see page.ts).
 */
import type { Block, RowSpec } from "./blocks";
import type { IndicatorResult, PhaseResult } from "../compute/types";
import type { Fase, Impostazioni, Indicatore, Obiettivo, Soggetto } from "../model/types";
import { hiddenField } from "../schema/settings";
import { OBIETTIVI } from "../schema/tables";
import { FMT_DECIMAL, FMT_PERCENT, dataIt } from "./format";
import { type Pos, cell, data, grid, labels, tableSection } from "./rows";

const W = 96.5;
/** phase table: four dates, Peso, Avanzamento, Atteso, Responsabile, CdR, Note */
const PHASE_EDGES = [0, 8.5, 17, 25.5, 34, 40.5, 51.5, 58.5, 71.5, 86.5, W];
/** indicator table: Tipo, Atteso, Raggiunto, Raggiungimento, anno−1, anno−2, Note */
const INDICATOR_EDGES = [0, 13.5, 22.5, 32, 45, 54.5, 64, W];
/** header, links, monitoring, people */
const OTHER_EDGES = [0, 17, 32, 51.5, 58.5, 71.5, 86.5, W];

export const SCHEDA_GRID = grid(
  [...new Set([...PHASE_EDGES, ...INDICATOR_EDGES, ...OTHER_EDGES])].sort((a, b) => a - b),
);
const g = SCHEDA_GRID;

/** consecutive cells between the given edges */
function cols(edges: readonly number[]): Pos[] {
  return edges.slice(1).map((e, i): Pos => [edges[i], e]);
}
const P = cols(PHASE_EDGES);
const I = cols(INDICATOR_EDGES);
export const LABEL: Pos = [0, 32];
export const VALUE: Pos = [32, W];
const ITEM_NO: Pos = [0, 8.5];
const ITEM_TEXT: Pos = [8.5, W];

const byNumero = <T extends { numero: number }>(a: T, b: T): number => a.numero - b.numero;

/** The objective's fields holding text. */
type TextField = {
  [K in keyof Obiettivo]-?: Obiettivo[K] extends string ? K : never;
}[keyof Obiettivo];

/** The links of the scheda's «Collegato a», from the widest aim down: label, code, text. */
const LINKS: readonly (readonly [string, TextField | null, TextField])[] = [
  ["VALORE PUBBLICO:", "valorePubblicoCodice", "valorePubblico"],
  ["OBIETTIVO STRATEGICO DUP:", "strategicoDupCodice", "strategicoDup"],
  ["OBIETTIVO DI MANDATO:", "mandatoCodice", "mandato"],
  ["OBIETTIVO DI MISSIONE:", "missioneCodice", "missione"],
  ["OBIETTIVO DI PROGRAMMA:", "programmaCodice", "programma"],
  ["AMBITI TRASVERSALI:", null, "ambiti"],
];

export function collegatoA(o: Obiettivo, impostazioni: Impostazioni): Block[] {
  // the PIAO links (optional columns) first; empty ones are left out, and so are those the
  // settings hide (the simplified PIAO of an ente piccolo does not ask for them: docs/piao.md)
  const links = LINKS.filter(([, , text]) => !hiddenField(OBIETTIVI, text, impostazioni)).map(
    ([label, code, text]) => [label, code === null ? "" : o[code], o[text]] as const,
  );
  const rows: RowSpec[] = links
    .map(([label, code, text]) => [label, `${code.trim()} ${text.trim()}`.trim()])
    .filter(([, value]) => value !== "")
    .map(([label, value]) => ({
      cells: [cell(g, LABEL, label, "label"), data(g, VALUE, value, "value")],
    }));
  // one block: the links are short and read together
  return rows.length === 0 ? [] : tableSection(g, "Collegato a", [], [rows]);
}

export function soggetti(list: readonly Soggetto[]): Block[] {
  const S: Pos[] = [
    [0, 32],
    [32, 58.5],
    [58.5, 71.5],
    [71.5, 86.5],
    [86.5, W],
  ];
  const header = labels(g, [
    [S[0], "Nominativo"],
    [S[1], "Relazione"],
    [S[2], "Impegno"],
    [S[3], "Data Inizio"],
    [S[4], "Data Fine"],
  ]);
  const items = list.map((s): RowSpec[] => [
    {
      cells: [
        data(g, S[0], s.nominativo, "valueSmall"),
        data(g, S[1], s.relazione, "valueSmall"),
        data(g, S[2], s.impegno, "numberSmall", FMT_PERCENT),
        data(g, S[3], dataIt(s.dataInizio), "valueCenterSmall"),
        data(g, S[4], dataIt(s.dataFine), "valueCenterSmall"),
      ],
    },
  ]);
  return tableSection(g, "Soggetti coinvolti", [header], items);
}

function itemRow(numero: number, descrizione: string): RowSpec {
  return {
    cells: [cell(g, ITEM_NO, numero, "itemNo"), data(g, ITEM_TEXT, descrizione, "itemText")],
  };
}

export function fasi(list: readonly Fase[], results: readonly PhaseResult[]): Block[] {
  const header = [
    labels(g, [
      [ITEM_NO, "N."],
      [ITEM_TEXT, "FASE"],
    ]),
    labels(
      g,
      P.map((pos, i): [Pos, string] => [
        pos,
        [
          "Inizio Previsto",
          "Fine Prevista",
          "Inizio Effettivo",
          "Fine Effettiva",
          "Peso",
          "Avanzamento",
          "Atteso",
          "Responsabile",
          "Centro di Responsabilità",
          "Note",
        ][i],
      ]),
    ),
  ];
  const items = [...list].sort(byNumero).map((f): RowSpec[] => {
    const expected = results.find((r) => r.numero === f.numero)?.expected ?? null;
    return [
      itemRow(f.numero, f.descrizione),
      {
        cells: [
          data(g, P[0], dataIt(f.inizioPrevista), "valueCenterSmall"),
          data(g, P[1], dataIt(f.finePrevista), "valueCenterSmall"),
          data(g, P[2], dataIt(f.inizioEffettiva), "valueCenterSmall"),
          data(g, P[3], dataIt(f.fineEffettiva), "valueCenterSmall"),
          data(g, P[4], f.peso, "numberSmall", FMT_DECIMAL),
          data(g, P[5], f.avanzamento, "numberSmall", FMT_PERCENT),
          data(g, P[6], expected, "numberSmall", FMT_PERCENT),
          data(g, P[7], f.responsabile, "valueSmall"),
          data(g, P[8], f.centroResponsabilita, "valueSmall"),
          data(g, P[9], f.note, "valueSmall"),
        ],
      },
    ];
  });
  return tableSection(g, "FASI - ATTIVITA'", header, items);
}

function indicatorNote(i: Indicatore, r: IndicatorResult | undefined): string {
  const parts = [i.note.trim()];
  if (i.nonValutabile) parts.push(`Non valutabile: ${i.motivoNonValutabile.trim() || "—"}`);
  if (i.raggiungimentoForzato !== null)
    parts.push(`Raggiungimento forzato: ${i.motivazioneForzatura.trim() || "—"}`);
  if (r?.note && !i.nonValutabile) parts.push(r.note);
  return parts.filter((p) => p !== "").join("\n");
}

export function indicatori(
  list: readonly Indicatore[],
  results: readonly IndicatorResult[],
  anno: number,
): Block[] {
  const header = [
    labels(g, [
      [ITEM_NO, "N."],
      [ITEM_TEXT, "Descrizione"],
    ]),
    labels(g, [
      [I[0], "Tipo"],
      [I[1], "Valore Atteso"],
      [I[2], "Valore Raggiunto"],
      [I[3], "Raggiungimento"],
      [I[4], `Valore Raggiunto ${anno - 1}`],
      [I[5], `Valore Raggiunto ${anno - 2}`],
      [I[6], "Note"],
    ]),
  ];
  const items = [...list].sort(byNumero).map((i): RowSpec[] => {
    const r = results.find((x) => x.numero === i.numero);
    return [
      itemRow(i.numero, i.descrizione),
      {
        cells: [
          data(g, I[0], i.tipo ?? "", "valueCenterSmall"),
          data(g, I[1], i.valoreAtteso, "numberSmall", FMT_DECIMAL),
          data(g, I[2], i.valoreRaggiunto, "numberSmall", FMT_DECIMAL),
          data(g, I[3], r?.effective ?? null, "numberSmall", FMT_PERCENT),
          data(g, I[4], i.valoreAnnoPrecedente, "numberSmall", FMT_DECIMAL),
          data(g, I[5], i.valoreDueAnniPrima, "numberSmall", FMT_DECIMAL),
          data(g, I[6], indicatorNote(i, r), "valueSmall"),
        ],
      },
    ];
  });
  return tableSection(g, "INDICATORI", header, items);
}
