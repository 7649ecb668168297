/** Phase progress and expected progress (docs/formule.md §1 and §4), worked by hand. */
import { expectedPhase, expectedProgress, phaseProgress } from "../../../src/core/compute/phases";
import { dayNumber } from "../../../src/core/text/dates";
import type { Fase } from "../../../src/core/model/types";
import { fase, iso } from "../../fixtures/model";

type P = [peso: number | null, avanzamento: number | null];
const fasi = (rows: P[]): Fase[] =>
  rows.map(([peso, avanzamento], i) => fase("A", i + 1, { peso, avanzamento }));

describe("avanzamento fasi = Σ(peso × avanzamento) / Σ peso", () => {
  test.each<[string, P[], number | null]>([
    // 2021_S08_21 weights 34/33/33 with hypothetical avanzamento 50/30/20
    [
      "34·50 + 33·30 + 33·20 = 3.350 / 100",
      [
        [34, 50],
        [33, 30],
        [33, 20],
      ],
      33.5,
    ],
    [
      "fase non rilevata conta 0: (1.700 + 990) / 100",
      [
        [34, 50],
        [33, 30],
        [33, null],
      ],
      26.9,
    ],
    [
      "nessuna fase rilevata → nessun valore",
      [
        [34, null],
        [33, null],
        [33, null],
      ],
      null,
    ],
    [
      "zero rilevato resta zero",
      [
        [50, 0],
        [50, 0],
      ],
      0,
    ],
    [
      "pesi che non sommano a 100: 10·100 / 20",
      [
        [10, 100],
        [10, 0],
      ],
      50,
    ],
    [
      "peso mancante esce dai pesi: 40·50 / 40",
      [
        [40, 50],
        [null, 100],
      ],
      50,
    ],
    [
      "peso negativo esce dai pesi",
      [
        [40, 50],
        [-10, 100],
      ],
      50,
    ],
    [
      "peso NaN esce dai pesi",
      [
        [40, 50],
        [Number.NaN, 100],
      ],
      50,
    ],
    [
      "nessun peso: pesi uguali (80 + 40) / 2",
      [
        [null, 80],
        [null, 40],
      ],
      60,
    ],
    [
      "tutti i pesi a 0: pesi uguali",
      [
        [0, 80],
        [0, 40],
      ],
      60,
    ],
    ["avanzamento oltre 100 riportato a 100", [[100, 130]], 100],
    ["avanzamento NaN = non rilevato", [[100, Number.NaN]], null],
    ["nessuna fase → nessun valore", [], null],
  ])("%s", (_label, rows, expected) => {
    const v = phaseProgress(fasi(rows));
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 9);
  });
});

describe("avanzamento atteso alla data di riferimento (giorni trascorsi / giorni previsti)", () => {
  const ref = (d: string) => dayNumber(d);
  test.each<[string, string | null, string | null, string, number | null]>([
    [
      "anno intero al 30/04: 120 / 365",
      "2021-01-01",
      "2021-12-31",
      "2021-04-30",
      (120 / 365) * 100,
    ],
    ["1/2–31/12 al 30/04: 89 / 334", "2021-02-01", "2021-12-31", "2021-04-30", (89 / 334) * 100],
    ["prima dell'inizio → 0", "2021-06-01", "2021-12-31", "2021-04-30", 0],
    ["il giorno di fine → 100", "2021-01-01", "2021-04-30", "2021-04-30", 100],
    ["dopo la fine → 100", "2021-01-01", "2021-03-31", "2021-04-30", 100],
    ["il primo giorno: 1 / 365", "2021-01-01", "2021-12-31", "2021-01-01", (1 / 365) * 100],
    ["data mancante → nessun valore", null, "2021-12-31", "2021-04-30", null],
    ["fine prima dell'inizio → nessun valore", "2021-12-31", "2021-01-01", "2021-04-30", null],
  ])("%s", (_label, start, end, refDate, expected) => {
    const f = fase("A", 1, {
      inizioPrevista: start === null ? null : iso(start),
      finePrevista: end === null ? null : iso(end),
    });
    const v = expectedPhase(f, ref(refDate));
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 9);
  });

  test("atteso dell'obiettivo: media pesata, fasi senza date escluse", () => {
    const list = [
      fase("A", 1, { peso: 60, finePrevista: iso("2021-03-31") }),
      fase("A", 2, { peso: 40, inizioPrevista: iso("2021-06-01") }),
      fase("A", 3, { peso: 50, inizioPrevista: null }),
    ];
    const refDay = dayNumber("2021-04-30");
    const expected = list.map((f) => expectedPhase(f, refDay));
    expect(expected).toEqual([100, 0, null]);
    // (60 × 100 + 40 × 0) / (60 + 40)
    expect(expectedProgress(list, expected)).toBeCloseTo(60, 9);
  });
});
