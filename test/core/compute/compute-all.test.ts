/** computeAll end to end on small models built here (docs/formule.md §3–6). */
import { computeAll, NON_INDICATO } from "../../../src/core/compute";
import { blend } from "../../../src/core/compute/objective";
import { fase, impostazioni, indicatore, model, month, obiettivo } from "../../fixtures/model";

describe("raggiungimento complessivo = p% indicatori + (100 − p)% fasi", () => {
  test.each<[string, number | null, number | null, number, number | null]>([
    ["50/50: (33,5 + 65) / 2", 33.5, 65, 50, 49.25],
    ["70% indicatori: 0,7·65 + 0,3·33,5", 33.5, 65, 70, 0.7 * 65 + 0.3 * 33.5],
    ["solo fasi rilevate", 33.5, null, 50, 33.5],
    ["solo indicatori rilevati", null, 65, 50, 65],
    ["nulla rilevato", null, null, 50, null],
    ["peso indicatori 0: solo fasi", 33.5, 65, 0, 33.5],
    ["peso indicatori oltre 100 riportato a 100", 33.5, 65, 140, 65],
    ["peso indicatori non numerico: metà e metà", 30, 70, Number.NaN, 50],
  ])("%s", (_label, phases, indicators, peso, expected) => {
    const v = blend(phases, indicators, peso);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 9);
  });
});

describe("computeAll", () => {
  // 2021_S08_21 (pesi 34/33/33, tre indicatori) with hypothetical monitoring values
  const s0821 = [
    fase("2021_S08_21", 1, { peso: 34, avanzamento: 50 }),
    fase("2021_S08_21", 2, { peso: 33, avanzamento: 30 }),
    fase("2021_S08_21", 3, { peso: 33, avanzamento: 20 }),
  ];
  const i0821 = [
    indicatore("2021_S08_21", 1, { valoreAtteso: 100, valoreRaggiunto: 95 }),
    indicatore("2021_S08_21", 2, { regola: "si/no", valoreAtteso: 1, valoreRaggiunto: 1 }),
    indicatore("2021_S08_21", 3, { regola: "si/no", valoreAtteso: 1, valoreRaggiunto: 0 }),
  ];
  const m = model({
    obiettivi: [
      obiettivo("2021_S08_21", { centroResponsabilita: "SOCIOEDUCATIVO", peso: 3 }),
      obiettivo("2021_S08_12", { centroResponsabilita: "SOCIOEDUCATIVO", peso: 1 }),
      obiettivo("2021_S03_01", { centroResponsabilita: "", settore: "" }),
    ],
    fasi: [...s0821, fase("2021_S08_12", 1, { peso: 100, avanzamento: 100 })],
    indicatori: [...i0821, indicatore("2021_S08_12", 1, { valoreAtteso: 90, valoreRaggiunto: 72 })],
  });
  const r = computeAll(m);
  const byCode = (c: string) => r.objectives.find((o) => o.codice === c)!;

  test("data di riferimento = ultimo giorno del mese", () => {
    expect(r.referenceDate).toBe("2021-04-30");
    const feb = computeAll({
      ...m,
      impostazioni: impostazioni({ periodoRiferimento: month("2024-02") }),
    });
    expect(feb.referenceDate).toBe("2024-02-29");
  });

  test("2021_S08_21: fasi 33,5, indicatori 65, complessivo 49,25, atteso 120/365, in linea", () => {
    const o = byCode("2021_S08_21");
    expect(o.phaseProgress).toBeCloseTo(33.5, 9);
    expect(o.indicatorAchievement).toBeCloseTo(65, 9);
    expect(o.overall).toBeCloseTo(49.25, 9);
    expect(o.expectedProgress).toBeCloseTo((120 / 365) * 100, 9);
    expect(o.status).toBe("in linea");
    expect(o.phases.map((p) => p.numero)).toEqual([1, 2, 3]);
    expect(o.indicators).toHaveLength(3);
  });

  test("2021_S08_12: fase al 100% → concluso; indicatori 72/90 = 80; complessivo 90", () => {
    const o = byCode("2021_S08_12");
    expect(o.status).toBe("concluso");
    expect(o.indicatorAchievement).toBeCloseTo(80, 9);
    expect(o.overall).toBeCloseTo(90, 9);
  });

  test("obiettivo senza fasi né indicatori: non misurato, nessun valore", () => {
    const o = byCode("2021_S03_01");
    expect(o).toMatchObject({ status: "non misurato", overall: null, phaseProgress: null });
  });

  test("aggregati per centro: media pesata per peso obiettivo (3 × 49,25 + 1 × 90) / 4", () => {
    const centro = r.byCentro.find((a) => a.key === "SOCIOEDUCATIVO")!;
    expect(centro.objectives).toBe(2);
    expect(centro.overall).toBeCloseTo((3 * 49.25 + 90) / 4, 9);
    expect(centro.byStatus).toEqual({
      "in linea": 1,
      "in ritardo": 0,
      critico: 0,
      concluso: 1,
      "non misurato": 0,
      sospeso: 0,
      annullato: 0,
    });
  });

  test("un obiettivo annullato o sospeso è contato ma resta fuori dalla media del centro", () => {
    const codici = r.objectives.map((o) => o.codice);
    const centro = (model: typeof m) =>
      computeAll(model).byCentro.find((a) => a.key === "SOCIOEDUCATIVO")!;
    for (const stato of ["Annullato", "Sospeso"] as const) {
      const changed = {
        ...m,
        obiettivi: m.obiettivi.map((o) =>
          o.codice === codici.find((c) => byCode(c).status === "concluso") ? { ...o, stato } : o,
        ),
      };
      const after = centro(changed);
      expect(after.objectives).toBe(2);
      // only the other objective (in linea, 49,25 %) is left in the mean
      expect(after.overall).toBeCloseTo(49.25, 9);
      expect(after.byStatus.concluso).toBe(0);
      expect(after.byStatus[stato === "Annullato" ? "annullato" : "sospeso"]).toBe(1);
    }
  });

  test("centro e settore vuoti finiscono sotto «(non indicato)», senza valore", () => {
    const none = r.byCentro.find((a) => a.key === NON_INDICATO)!;
    expect(none).toMatchObject({ objectives: 1, overall: null });
    expect(none.byStatus["non misurato"]).toBe(1);
    expect(r.bySettore.map((a) => a.key)).toEqual([NON_INDICATO, "SETTORE A"]);
  });

  test("periodo di riferimento non valido: nessun atteso, nessun crash", () => {
    const bad = computeAll({
      ...m,
      impostazioni: impostazioni({ periodoRiferimento: month("aprile") }),
    });
    expect(bad.referenceDate).toBe("");
    expect(bad.objectives.every((o) => o.expectedProgress === null)).toBe(true);
  });

  test("fasi e indicatori di codici sconosciuti sono ignorati", () => {
    const extra = computeAll({
      ...m,
      fasi: [...m.fasi, fase("XXX", 1, { peso: 100, avanzamento: 0 })],
    });
    expect(extra.objectives).toHaveLength(3);
    expect(extra.objectives[0].phaseProgress).toBeCloseTo(33.5, 9);
  });
});
