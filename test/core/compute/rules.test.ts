/**
 * Indicator rules (docs/formule.md §2), one table per rule. Expected values are worked out
 * by hand from the formula quoted in each table's title.
 */
import { computeRule, effectiveRule } from "../../../src/core/compute/rules";
import type { Indicatore } from "../../../src/core/model/types";
import { indicatore } from "../../fixtures/model";

type Row = [label: string, over: Partial<Indicatore>, expected: number | null];

function check(rows: Row[]): void {
  test.each(rows)("%s", (_label, over, expected) => {
    const outcome = computeRule(indicatore("X", 1, over));
    if (expected === null) {
      expect("reason" in outcome).toBe(true);
    } else {
      expect("value" in outcome && outcome.value).toBeCloseTo(expected, 6);
    }
  });
}

describe("lineare: min(100, raggiunto / atteso × 100)", () => {
  const r = (a: number | null, t: number | null): Partial<Indicatore> => ({
    regola: "lineare",
    valoreRaggiunto: a,
    valoreAtteso: t,
  });
  check([
    ["2.800 su 3.500 → 80", r(2800, 3500), 80],
    ["65 su 90 → 72,22", r(65, 90), (65 / 90) * 100],
    ["oltre l'atteso → 100 (tetto)", r(120, 90), 100],
    ["zero rilevato → 0", r(0, 90), 0],
    ["negativo con atteso positivo → 0", r(-10, 50), 0],
    ["atteso 0, raggiunto 0 → raggiunto (100)", r(0, 0), 100],
    ["atteso 0, raggiunto 5 → raggiunto (100)", r(5, 0), 100],
    ["atteso negativo non raggiunto → 0", r(-6, -5), 0],
    ["atteso negativo raggiunto → 100", r(-4, -5), 100],
    ["non rilevato → nessun valore", r(null, 90), null],
    ["atteso mancante → nessun valore", r(50, null), null],
    ["raggiunto NaN → nessun valore", r(Number.NaN, 90), null],
  ]);
});

describe("inversa: min(100, atteso / raggiunto × 100), 100 se raggiunto ≤ atteso", () => {
  const r = (a: number, t: number): Partial<Indicatore> => ({
    regola: "inversa",
    polarita: "decrescente",
    valoreRaggiunto: a,
    valoreAtteso: t,
  });
  check([
    ["30 giorni attesi, 40 rilevati → 75", r(40, 30), 75],
    ["sotto l'atteso → 100", r(20, 30), 100],
    ["uguale all'atteso → 100", r(30, 30), 100],
    ["atteso 0 («non deve accadere»), 0 → 100", r(0, 0), 100],
    ["atteso 0, 2 casi → 0", r(2, 0), 0],
  ]);
});

describe("si/no: tutto o niente (qualsiasi valore diverso da 0 vale «si»)", () => {
  const r = (a: number, t: number | null, over: Partial<Indicatore> = {}): Partial<Indicatore> => ({
    regola: "si/no",
    unita: "si/no",
    valoreRaggiunto: a,
    valoreAtteso: t,
    ...over,
  });
  check([
    ["atteso si, rilevato si → 100", r(1, 1), 100],
    ["atteso si, rilevato no → 0", r(0, 1), 0],
    ["atteso no (non deve accadere), rilevato no → 100", r(0, 0), 100],
    ["atteso no, rilevato si → 0", r(1, 0), 0],
    ["atteso mancante vale «si» → 100", r(1, null), 100],
    ["atteso mancante e decrescente vale «no» → 100", r(0, null, { polarita: "decrescente" }), 100],
    ["valore 2 vale «si» → 100", r(2, 1), 100],
  ]);
});

describe("soglia: 0 fino al minimo, lineare fino all'atteso, poi 100", () => {
  const up = (a: number, min: number | null = 50): Partial<Indicatore> => ({
    regola: "soglia",
    valoreMinimo: min,
    valoreAtteso: 90,
    valoreRaggiunto: a,
  });
  const down = (a: number): Partial<Indicatore> => ({
    regola: "soglia",
    polarita: "decrescente",
    valoreMinimo: 20,
    valoreAtteso: 10,
    valoreRaggiunto: a,
  });
  check([
    ["crescente, sotto il minimo → 0", up(40), 0],
    ["crescente, al minimo → 0", up(50), 0],
    ["crescente, (70 − 50) / (90 − 50) → 50", up(70), 50],
    ["crescente, all'atteso → 100", up(90), 100],
    ["crescente, oltre l'atteso → 100", up(95), 100],
    ["decrescente, oltre il massimo tollerato → 0", down(25), 0],
    ["decrescente, (20 − 15) / (20 − 10) → 50", down(15), 50],
    ["decrescente, all'atteso → 100", down(10), 100],
    ["decrescente, sotto l'atteso → 100", down(5), 100],
    ["minimo = atteso, raggiunto → 100", up(90, 90), 100],
    ["minimo = atteso, mancato → 0", up(89, 90), 0],
    ["minimo sopra l'atteso (incoerente) → nessun valore", up(70, 95), null],
    ["minimo mancante → nessun valore", up(70, null), null],
  ]);
});

describe("progresso: (raggiunto − anno prec.) / (atteso − anno prec.)", () => {
  const r = (a: number, t: number, p: number | null, over: Partial<Indicatore> = {}) => ({
    regola: "progresso" as const,
    valoreRaggiunto: a,
    valoreAtteso: t,
    valoreAnnoPrecedente: p,
    ...over,
  });
  check([
    ["6.670 → 3.500, rilevato 5.000 → 1.670 / 3.170", r(5000, 3500, 6670), (1670 / 3170) * 100],
    ["6.670 → 3.500, rilevato 3.500 → 100", r(3500, 3500, 6670), 100],
    ["6.670 → 3.500, rilevato 3.000 → 100 (tetto)", r(3000, 3500, 6670), 100],
    ["6.670 → 3.500, rilevato 7.000 (peggio) → 0", r(7000, 3500, 6670), 0],
    ["65 → 90, rilevato 80 → 15 / 25 = 60", r(80, 90, 65), 60],
    ["atteso = anno prec. (mantenere), crescente, tenuto → 100", r(90, 90, 90), 100],
    ["atteso = anno prec., crescente, sceso → 0", r(89, 90, 90), 0],
    [
      "atteso = anno prec., decrescente, sceso → 100",
      r(89, 90, 90, { polarita: "decrescente" }),
      100,
    ],
    ["anno precedente mancante → nessun valore", r(80, 90, null), null],
  ]);
});

describe("regola mancante: dedotta da unità e polarità", () => {
  test.each([
    [{ unita: "si/no" as const, polarita: "crescente" as const }, "si/no"],
    [{ unita: "si/no" as const, polarita: "decrescente" as const }, "si/no"],
    [{ unita: "numero" as const, polarita: "decrescente" as const }, "inversa"],
    [{ unita: "percentuale" as const, polarita: "crescente" as const }, "lineare"],
    [{ unita: null, polarita: null }, "lineare"],
  ])("%o → %s", (over, rule) => {
    expect(effectiveRule(indicatore("X", 1, { ...over, regola: null }))).toBe(rule);
  });

  test("la regola scritta prevale sulla polarità", () => {
    const ind = indicatore("X", 1, { regola: "lineare", polarita: "decrescente" });
    expect(effectiveRule(ind)).toBe("lineare");
  });
});
