/** The table sections of a scheda, in the report's wording. */
import type { Block, RowSpec } from "./blocks";
import type { IndicatorResult, PhaseResult } from "../compute/types";
import type { Fase, Indicatore, Obiettivo, Soggetto } from "../model/types";
import { FMT_DECIMAL, FMT_PERCENT, dataIt } from "./format";
import { cell, data, labels, tableSection } from "./rows";

const byNumero = <T extends { numero: number }>(a: T, b: T): number => a.numero - b.numero;

export function collegatoA(o: Obiettivo): Block[] {
  const links: [string, string, string][] = [
    ["OBIETTIVO DI MANDATO:", o.mandatoCodice, o.mandato],
    ["OBIETTIVO DI MISSIONE:", o.missioneCodice, o.missione],
    ["OBIETTIVO DI PROGRAMMA:", o.programmaCodice, o.programma],
  ];
  const rows: RowSpec[] = links
    .filter(([, code, text]) => code.trim() !== "" || text.trim() !== "")
    .map(([label, code, text]) => ({
      cells: [cell(1, 3, label, "label"), data(4, 2, code, "value"), data(6, 5, text, "value")],
    }));
  // one block: the three links are short and read together
  return rows.length === 0 ? [] : [tableSection("Collegato a", [], [rows])[0]];
}

export function soggetti(list: readonly Soggetto[]): Block[] {
  const header = labels([
    [1, 3, "Nominativo"],
    [4, 3, "Relazione"],
    [7, 1, "Impegno"],
    [8, 1, "Data Inizio"],
    [9, 2, "Data Fine"],
  ]);
  const items = list.map((s): RowSpec[] => [
    {
      cells: [
        data(1, 3, s.nominativo, "value"),
        data(4, 3, s.relazione, "value"),
        data(7, 1, s.impegno, "number", FMT_PERCENT),
        data(8, 1, dataIt(s.dataInizio), "valueCenter"),
        data(9, 2, dataIt(s.dataFine), "valueCenter"),
      ],
    },
  ]);
  return tableSection("Soggetti coinvolti", [header], items);
}

function itemRow(numero: number, descrizione: string): RowSpec {
  return { cells: [cell(1, 1, numero, "itemNo"), data(2, 9, descrizione, "itemText")] };
}

export function fasi(list: readonly Fase[], results: readonly PhaseResult[]): Block[] {
  const header = [
    labels([
      [1, 1, "N."],
      [2, 9, "FASE"],
    ]),
    labels([
      [1, 1, "Inizio Previsto"],
      [2, 1, "Fine Prevista"],
      [3, 1, "Inizio Effettivo"],
      [4, 1, "Fine Effettiva"],
      [5, 1, "Peso"],
      [6, 1, "Avanzamento"],
      [7, 1, "Atteso"],
      [8, 1, "Responsabile"],
      [9, 1, "Centro di Responsabilità"],
      [10, 1, "Note"],
    ]),
  ];
  const items = [...list].sort(byNumero).map((f): RowSpec[] => {
    const expected = results.find((r) => r.numero === f.numero)?.expected ?? null;
    return [
      itemRow(f.numero, f.descrizione),
      {
        cells: [
          data(1, 1, dataIt(f.inizioPrevista), "valueCenter"),
          data(2, 1, dataIt(f.finePrevista), "valueCenter"),
          data(3, 1, dataIt(f.inizioEffettiva), "valueCenter"),
          data(4, 1, dataIt(f.fineEffettiva), "valueCenter"),
          data(5, 1, f.peso, "number", FMT_DECIMAL),
          data(6, 1, f.avanzamento, "number", FMT_PERCENT),
          data(7, 1, expected, "number", FMT_PERCENT),
          data(8, 1, f.responsabile, "value"),
          data(9, 1, f.centroResponsabilita, "value"),
          data(10, 1, f.note, "value"),
        ],
      },
    ];
  });
  return tableSection("FASI - ATTIVITA'", header, items);
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
    labels([
      [1, 1, "N."],
      [2, 9, "Descrizione"],
    ]),
    labels([
      [1, 2, "Tipo"],
      [3, 1, "Valore Atteso"],
      [4, 1, "Valore Raggiunto"],
      [5, 2, "Raggiungimento"],
      [7, 1, `Valore Raggiunto ${anno - 1}`],
      [8, 1, `Valore Raggiunto ${anno - 2}`],
      [9, 2, "Note"],
    ]),
  ];
  const items = [...list].sort(byNumero).map((i): RowSpec[] => {
    const r = results.find((x) => x.numero === i.numero);
    return [
      itemRow(i.numero, i.descrizione),
      {
        cells: [
          data(1, 2, i.tipo ?? "", "valueCenter"),
          data(3, 1, i.valoreAtteso, "number", FMT_DECIMAL),
          data(4, 1, i.valoreRaggiunto, "number", FMT_DECIMAL),
          data(5, 2, r?.effective ?? null, "number", FMT_PERCENT),
          data(7, 1, i.valoreAnnoPrecedente, "number", FMT_DECIMAL),
          data(8, 1, i.valoreDueAnniPrima, "number", FMT_DECIMAL),
          data(9, 2, indicatorNote(i, r), "value"),
        ],
      },
    ];
  });
  return tableSection("INDICATORI", header, items);
}
