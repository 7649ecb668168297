/** Properties of the computation that must hold for any data, checked with fast-check. */
import fc from "fast-check";
import { computeAll } from "../../../src/core/compute";
import { phaseProgress } from "../../../src/core/compute/phases";
import { computeRule } from "../../../src/core/compute/rules";
import type { Fase, Indicatore, PegModel } from "../../../src/core/model/types";
import { REGOLE_CALCOLO } from "../../../src/core/schema/enums";
import { fase, indicatore, model, obiettivo } from "../../fixtures/model";

/** any number a cell may hold, bad ones included */
const anyNumber = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, 100),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const isoDay = fc
  .integer({ min: 0, max: 500 })
  .map((d) => new Date(Date.UTC(2020, 11, 1) + d * 86_400_000).toISOString().slice(0, 10));

const phaseArb = fc.record({
  peso: maybe(anyNumber),
  avanzamento: maybe(anyNumber),
  start: maybe(isoDay),
  end: maybe(isoDay),
});
const indicatorArb = fc.record({
  regola: maybe(fc.constantFrom(...REGOLE_CALCOLO)),
  unita: maybe(fc.constantFrom("numero" as const, "percentuale" as const, "si/no" as const)),
  polarita: maybe(fc.constantFrom("crescente" as const, "decrescente" as const)),
  valoreMinimo: maybe(anyNumber),
  valoreAtteso: maybe(anyNumber),
  valoreRaggiunto: maybe(anyNumber),
  valoreAnnoPrecedente: maybe(anyNumber),
  peso: maybe(anyNumber),
  nonValutabile: fc.boolean(),
  raggiungimentoForzato: maybe(anyNumber),
});
const objectiveArb = fc.record({
  phases: fc.array(phaseArb, { maxLength: 5 }),
  indicators: fc.array(indicatorArb, { maxLength: 5 }),
  centro: fc.constantFrom("A", "B", ""),
  peso: maybe(anyNumber),
});
const settingsArb = fc.record({
  tolleranzaRitardo: anyNumber,
  sogliaCritico: anyNumber,
  pesoIndicatori: anyNumber,
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

function buildModel(
  objectives: ValueOf<typeof objectiveArb>[],
  settings: ValueOf<typeof settingsArb>,
): PegModel {
  const m = model();
  m.impostazioni = { ...m.impostazioni, ...settings };
  objectives.forEach((o, k) => {
    const code = `OB${k}`;
    m.obiettivi.push(obiettivo(code, { centroResponsabilita: o.centro, peso: o.peso }));
    o.phases.forEach((p, i) =>
      m.fasi.push(
        fase(code, i + 1, {
          peso: p.peso,
          avanzamento: p.avanzamento,
          inizioPrevista: p.start as Fase["inizioPrevista"],
          finePrevista: p.end as Fase["finePrevista"],
        }),
      ),
    );
    o.indicators.forEach((x, i) => m.indicatori.push(indicatore(code, i + 1, x)));
  });
  return m;
}

const inRange = (v: number | null) => v === null || (v >= 0 && v <= 100);

test("ogni risultato è tra 0 e 100 oppure nullo, mai NaN", () => {
  fc.assert(
    fc.property(fc.array(objectiveArb, { maxLength: 4 }), settingsArb, (objs, settings) => {
      const r = computeAll(buildModel(objs, settings));
      for (const o of r.objectives) {
        const values = [o.phaseProgress, o.indicatorAchievement, o.overall, o.expectedProgress];
        values.push(...o.phases.map((p) => p.expected));
        for (const i of o.indicators) values.push(i.computed, i.forced, i.effective);
        expect(values.every(inRange)).toBe(true);
      }
      for (const a of [...r.byCentro, ...r.bySettore]) expect(inRange(a.overall)).toBe(true);
    }),
  );
});

const measuredPhases = fc.array(
  fc.record({
    peso: fc.double({ min: 0.01, max: 100, noNaN: true }),
    avanzamento: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
  }),
  { minLength: 1, maxLength: 8 },
);
const toFasi = (rows: { peso: number; avanzamento: number | null }[]): Fase[] =>
  rows.map((r, i) => fase("A", i + 1, r));

test("l'ordine delle fasi non cambia l'avanzamento", () => {
  fc.assert(
    fc.property(measuredPhases, fc.array(fc.nat()), (rows, keys) => {
      const shuffled = rows
        .map((r, i) => ({ r, k: keys[i] ?? i }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.r);
      const a = phaseProgress(toFasi(rows));
      const b = phaseProgress(toFasi(shuffled));
      if (a === null) expect(b).toBeNull();
      else expect(b).toBeCloseTo(a, 6);
    }),
  );
});

test("moltiplicare tutti i pesi per un fattore positivo non cambia l'avanzamento", () => {
  fc.assert(
    fc.property(measuredPhases, fc.double({ min: 0.01, max: 1000, noNaN: true }), (rows, k) => {
      const a = phaseProgress(toFasi(rows));
      const b = phaseProgress(toFasi(rows.map((r) => ({ ...r, peso: r.peso * k }))));
      if (a === null) expect(b).toBeNull();
      else expect(b).toBeCloseTo(a, 6);
    }),
  );
});

test("non rilevato non diventa mai 0", () => {
  fc.assert(
    fc.property(objectiveArb, settingsArb, (o, settings) => {
      const blank = {
        ...o,
        phases: o.phases.map((p) => ({ ...p, avanzamento: null })),
        indicators: o.indicators.map((x) => ({
          ...x,
          valoreRaggiunto: null,
          raggiungimentoForzato: null,
        })),
      };
      const r = computeAll(buildModel([blank], settings)).objectives[0];
      expect(r.phaseProgress).toBeNull();
      expect(r.indicatorAchievement).toBeNull();
      expect(r.overall).toBeNull();
      expect(r.status).toBe("non misurato");
      expect(r.indicators.every((i) => i.computed === null && i.effective === null)).toBe(true);
    }),
  );
});

/** a crescente indicator whose rule has a consistent set of parameters */
const crescente = fc.oneof(
  fc.record({
    regola: fc.constant("lineare" as const),
    valoreAtteso: fc.double({ min: -100, max: 1e4, noNaN: true }),
  }),
  fc
    .tuple(
      fc.double({ min: -100, max: 1e4, noNaN: true }),
      fc.double({ min: 0, max: 1e4, noNaN: true }),
    )
    .map(([min, span]) => ({
      regola: "soglia" as const,
      valoreMinimo: min,
      valoreAtteso: min + span,
    })),
  fc
    .tuple(
      fc.double({ min: -100, max: 1e4, noNaN: true }),
      fc.double({ min: 0.001, max: 1e4, noNaN: true }),
    )
    .map(([prev, step]) => ({
      regola: "progresso" as const,
      valoreAnnoPrecedente: prev,
      valoreAtteso: prev + step,
    })),
  fc.record({ regola: fc.constant("si/no" as const), valoreAtteso: fc.constant(1) }),
);

const achieved = (over: Partial<Indicatore>, a: number): number => {
  const out = computeRule(indicatore("A", 1, { ...over, valoreRaggiunto: a }));
  if (!("value" in out)) throw new Error(out.reason);
  return out.value;
};

test("regole crescenti: più alto il valore raggiunto, mai più basso il risultato", () => {
  const value = fc.double({ min: 0, max: 2e4, noNaN: true });
  fc.assert(
    fc.property(crescente, value, value, (over, x, y) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      expect(achieved(over, lo)).toBeLessThanOrEqual(achieved(over, hi));
    }),
  );
});

test("regola inversa: più alto il valore raggiunto, mai più alto il risultato", () => {
  const value = fc.double({ min: 0, max: 2e4, noNaN: true });
  const target = fc.double({ min: 0, max: 1e4, noNaN: true });
  fc.assert(
    fc.property(target, value, value, (t, x, y) => {
      const over = {
        regola: "inversa" as const,
        polarita: "decrescente" as const,
        valoreAtteso: t,
      };
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      expect(achieved(over, lo)).toBeGreaterThanOrEqual(achieved(over, hi));
    }),
  );
});
