/** Indicator results and the objective's indicator achievement (docs/formule.md §2–3). */
import { indicatorAchievement, indicatorResult } from "../../../src/core/compute/indicators";
import type { Indicatore } from "../../../src/core/model/types";
import { indicatore } from "../../fixtures/model";

describe("risultato di un indicatore", () => {
  test("forzato: tenuto accanto al calcolato, effettivo = forzato", () => {
    const r = indicatorResult(
      indicatore("A", 1, { valoreAtteso: 90, valoreRaggiunto: 45, raggiungimentoForzato: 80 }),
    );
    expect(r).toMatchObject({ computed: 50, forced: 80, effective: 80, counted: true });
    expect(r.note).toMatch(/forzato/i);
  });

  test("forzato su un indicatore non rilevato: effettivo = forzato, calcolato nullo", () => {
    const r = indicatorResult(indicatore("A", 1, { valoreAtteso: 90, raggiungimentoForzato: 0 }));
    expect(r).toMatchObject({ computed: null, forced: 0, effective: 0 });
  });

  test("non valutabile: non conta, il motivo finisce nella nota", () => {
    const r = indicatorResult(
      indicatore("A", 1, {
        valoreAtteso: 1,
        valoreRaggiunto: 0,
        nonValutabile: true,
        motivoNonValutabile: "Servizio sospeso per emergenza",
      }),
    );
    expect(r.counted).toBe(false);
    expect(r.note).toContain("Servizio sospeso per emergenza");
  });

  test("non rilevato: nessun valore e una nota in italiano, mai 0", () => {
    const r = indicatorResult(indicatore("A", 1, { valoreAtteso: 90 }));
    expect(r.computed).toBeNull();
    expect(r.effective).toBeNull();
    expect(r.note).toMatch(/non ancora rilevato/);
  });
});

describe("raggiungimento indicatori = media pesata degli effettivi contati e rilevati", () => {
  type I = [
    peso: number | null,
    atteso: number,
    raggiunto: number | null,
    over?: Partial<Indicatore>,
  ];
  test.each<[string, I[], number | null]>([
    // 2021_S08_21 with hypothetical values: 95/100, si, no
    [
      "pesi uguali: (95 + 100 + 0) / 3",
      [
        [null, 100, 95],
        [null, 1, 1],
        [null, 1, 0],
      ],
      65,
    ],
    [
      "pesati: (3 × 100 + 1 × 0) / 4",
      [
        [3, 1, 1],
        [1, 1, 0],
      ],
      75,
    ],
    [
      "non rilevato escluso: resta 95",
      [
        [null, 100, 95],
        [null, 1, null],
      ],
      95,
    ],
    ["nessuno rilevato → nessun valore", [[null, 100, null]], null],
    [
      "non valutabile esce dai pesi: resta 100",
      [
        [null, 1, 1],
        [null, 1, 0, { nonValutabile: true }],
      ],
      100,
    ],
    [
      "forzato entra al posto del calcolato: (50 + 100) / 2",
      [
        [null, 1, 1],
        [null, 90, 10, { raggiungimentoForzato: 50 }],
      ],
      75,
    ],
    [
      "peso mancante in un gruppo pesato vale 0: resta 100",
      [
        [2, 1, 1],
        [null, 1, 0],
      ],
      100,
    ],
    ["tutti non valutabili → nessun valore", [[null, 1, 1, { nonValutabile: true }]], null],
  ])("%s", (_label, rows, expected) => {
    const list = rows.map(([peso, atteso, raggiunto, over], i) =>
      indicatore("A", i + 1, {
        regola: atteso === 1 ? "si/no" : "lineare",
        peso,
        valoreAtteso: atteso,
        valoreRaggiunto: raggiunto,
        ...over,
      }),
    );
    const v = indicatorAchievement(list.map(indicatorResult), list);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 9);
  });
});
