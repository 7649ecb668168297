import { COLUMN_FATES, SETTING_FATES } from "../../../src/core/cycle/fates";
import {
  columnsWithFate,
  historyMoves,
  nextYear,
  planNextYear,
  planYearOf,
  renameCode,
  shiftIsoDate,
  targetMoves,
} from "../../../src/core/cycle/next-year";
import { emptyModel } from "../../../src/core/model/defaults";
import type { IsoDate, Month, PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { SETTINGS } from "../../../src/core/schema/settings";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../../../src/core/schema/tables";
import type { ColumnDef, TableDef } from "../../../src/core/schema/types";

const d = (s: string): IsoDate => s as IsoDate;
const next = (model: PegModel, more: Partial<Parameters<typeof nextYear>[1]> = {}) =>
  nextYear(model, { fromYear: 2021, toYear: 2022, withoutConcluded: false, ...more });

describe("shiftIsoDate", () => {
  it.each([
    ["2021-01-01", 1, "2022-01-01"],
    ["2021-12-31", 1, "2022-12-31"],
    ["2024-02-29", 1, "2025-02-28"],
    ["2023-02-28", 1, "2024-02-28"],
    ["2024-02-29", 2, "2026-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2021-03-01", 1, "2022-03-01"],
  ])("%s + %d years = %s", (from, years, to) => {
    expect(shiftIsoDate(d(from), years)).toBe(to);
  });

  it("leaves anything that is not an ISO date as it is", () => {
    expect(shiftIsoDate(d("31/12/2021"), 1)).toBe("31/12/2021");
  });
});

describe("renameCode", () => {
  it.each([
    ["2021_S08_20", "2022_S08_20"],
    ["2021-A", "2022-A"],
    ["2021", "2022"],
    ["20211_X", "20211_X"],
    ["S08_2021", "S08_2021"],
    ["2020_S08_01", "2020_S08_01"],
    ["", ""],
  ])("%s -> %s", (from, to) => {
    expect(renameCode(from, 2021, 2022)).toBe(to);
  });
});

/** A distinctive non-empty model value for every column type. */
function filled(def: TableDef, col: ColumnDef): unknown {
  if (COLUMN_FATES[def.id as keyof typeof COLUMN_FATES][col.key].kind === "code")
    return `2021_${col.key}`;
  switch (col.type) {
    case "text":
      return `${col.key} testo`;
    case "number":
      return 1000 + def.columns.indexOf(col);
    case "integer":
      return col.key === "anno" ? 2021 : 3;
    case "percent":
      return 42;
    case "date":
      return "2021-03-15";
    case "datetime":
      return "2021-04-30T10:00:00";
    case "enum":
      return col.allowed?.[1] ?? null;
    case "flag":
      return true;
    case "month":
      return "2021-04";
  }
}

function filledRecord(def: TableDef): Record<string, unknown> {
  return Object.fromEntries(
    def.columns.filter((c) => !c.computed).map((c) => [c.key, filled(def, c)]),
  );
}

function emptyOf(col: ColumnDef): unknown {
  if (col.type === "flag") return false;
  return col.type === "text" ? "" : null;
}

describe("every column meets its declared fate (driven by the schema)", () => {
  type Part = "obiettivi" | "fasi" | "indicatori" | "soggetti";
  const first = (m: PegModel, part: Part) => (m[part] as unknown as Record<string, unknown>[])[0];
  const carried: [TableDef, Part][] = [
    [OBIETTIVI, "obiettivi"],
    [FASI, "fasi"],
    [INDICATORI, "indicatori"],
    [SOGGETTI, "soggetti"],
  ];
  const model = emptyModel();
  for (const [def, part] of carried) (model[part] as unknown[]) = [filledRecord(def)];
  model.rilevazioni = [
    {
      periodo: "2021-04" as Month,
      obiettivo: "2021_obiettivo",
      elemento: "Fase",
      numero: 1,
      campo: "avanzamento",
      valorePrecedente: 10,
      valoreNuovo: 20,
      nota: "",
      utente: "anna",
      timestamp: "2021-04-30T10:00:00",
    },
  ];
  model.impostazioni = {
    ...model.impostazioni,
    anno: 2021,
    periodoRiferimento: "2021-04" as Month,
    periodiChiusi: ["2021-01" as Month],
    ente: "Comune",
    vista: "DUP 2021-2023",
  };
  const out = next(model).model;

  const cases = carried.flatMap(([def, part]) =>
    def.columns.map((col) => [`${def.table}.${col.key}`, def, part, col] as const),
  );
  it.each(cases)("%s", (_name, def, part, col) => {
    const before = first(model, part);
    const after = first(out, part);
    const fate = COLUMN_FATES[def.id as keyof typeof COLUMN_FATES][col.key];
    const value = before[col.key];
    switch (fate.kind) {
      case "kept":
        return expect(after[col.key]).toEqual(value);
      case "code":
        return expect(after[col.key]).toBe(`2022_${col.key}`);
      case "year":
        return expect(after[col.key]).toBe(2022);
      case "date":
        return expect(after[col.key]).toBe("2022-03-15");
      case "emptied":
        return expect(after[col.key]).toEqual(emptyOf(col));
      case "history": {
        const previous = def.columns.find((c) => {
          const f = COLUMN_FATES[def.id as keyof typeof COLUMN_FATES][c.key];
          return f.kind === "history" && f.yearsBefore === fate.yearsBefore - 1;
        });
        return expect(after[col.key]).toEqual(previous ? before[previous.key] : null);
      }
      case "target": {
        // every target is filled here: each column takes the next year's
        const later = def.columns.find((c) => {
          const f = COLUMN_FATES[def.id as keyof typeof COLUMN_FATES][c.key];
          return f.kind === "target" && f.yearsAfter === fate.yearsAfter + 1;
        });
        return expect(after[col.key]).toEqual(later ? before[later.key] : null);
      }
      case "computed":
        return expect(col.key in after).toBe(false);
    }
  });

  it("a carried record has exactly the keys of the model", () => {
    for (const [def, part] of carried) {
      const after = first(out, part);
      expect(Object.keys(after).sort()).toEqual(
        def.columns
          .filter((c) => !c.computed)
          .map((c) => c.key)
          .sort(),
      );
    }
  });

  it("the monthly log is left behind", () => {
    expect(out.rilevazioni).toEqual([]);
    expect(Object.values(COLUMN_FATES.rilevazioni).every((f) => f.kind === "emptied")).toBe(true);
  });

  it.each(SETTINGS.map((s) => [s.key] as const))("setting %s", (key) => {
    const fate = SETTING_FATES[key];
    const expected = {
      kept: model.impostazioni[key],
      year: 2022,
      firstMonth: "2022-01",
      emptied: Array.isArray(model.impostazioni[key]) ? [] : "",
    }[fate.kind];
    expect(out.impostazioni[key]).toEqual(expected);
  });
});

describe("nextYear on the sample", () => {
  const sample = samplePeg();
  const result = next(sample);
  const m = result.model;

  it("carries every objective, phase, indicator and person", () => {
    expect(result.report.carried).toEqual({
      objectives: 31,
      phases: 55,
      indicators: 61,
      subjects: 21,
    });
    expect(result.report.dropped).toEqual([]);
    expect(result.collisions).toEqual([]);
  });

  it("gives the codes the new year, and the references follow", () => {
    expect(result.report.renamed).toHaveLength(31);
    expect(result.report.renamed[0]).toEqual({ from: "2021_S08_20", to: "2022_S08_20" });
    const codes = new Set(m.obiettivi.map((o) => o.codice));
    expect([...codes].every((c) => c.startsWith("2022_"))).toBe(true);
    for (const r of [...m.fasi, ...m.indicatori, ...m.soggetti])
      expect(codes.has(r.obiettivo)).toBe(true);
    expect(m.obiettivi.every((o) => o.anno === 2022)).toBe(true);
  });

  it("moves the planned dates, empties the actual ones and the progress", () => {
    const f = m.fasi[0];
    expect(f).toMatchObject({
      obiettivo: "2022_S08_20",
      numero: 1,
      inizioPrevista: "2022-01-01",
      finePrevista: "2022-12-31",
      inizioEffettiva: null,
      fineEffettiva: null,
      avanzamento: null,
      peso: 100,
    });
    expect(m.soggetti[0]).toMatchObject({ dataInizio: "2022-01-01", dataFine: null });
  });

  it("shifts each indicator's values one year back", () => {
    // 2021_S08_20, indicator 1: 2020 = 0, 2019 = 1, 2021 not yet measured
    expect(m.indicatori[0]).toMatchObject({
      valoreRaggiunto: null,
      valoreAnnoPrecedente: null,
      valoreDueAnniPrima: 0,
      valoreAtteso: 1,
    });
    sample.indicatori.forEach((before, i) => {
      expect(m.indicatori[i].valoreAnnoPrecedente).toBe(before.valoreRaggiunto);
      expect(m.indicatori[i].valoreDueAnniPrima).toBe(before.valoreAnnoPrecedente);
    });
  });

  it("keeps every Valore atteso, the plan having no targets for the next years", () => {
    sample.indicatori.forEach((before, i) => {
      expect(before.valoreAttesoAnnoDopo).toBeNull();
      expect(m.indicatori[i]).toMatchObject({
        valoreAtteso: before.valoreAtteso,
        valoreAttesoAnnoDopo: null,
        valoreAttesoDueAnniDopo: null,
        baseline: before.baseline,
        annoBaseline: before.annoBaseline,
      });
    });
  });

  it("reopens the months and resets the reference month", () => {
    expect(m.impostazioni).toMatchObject({
      anno: 2022,
      periodoRiferimento: "2022-01",
      periodiChiusi: [],
      ente: sample.impostazioni.ente,
    });
  });

  it("does not change the model it is given", () => {
    expect(sample).toEqual(samplePeg());
  });
});

describe("nextYear options", () => {
  it("--senza-conclusi leaves out Concluso and Annullato with all of theirs", () => {
    const model = samplePeg();
    model.obiettivi[0].stato = "Concluso";
    model.obiettivi[1].stato = "Annullato";
    model.obiettivi[2].stato = "Sospeso";
    const gone = [model.obiettivi[0].codice, model.obiettivi[1].codice];
    const r = next(model, { withoutConcluded: true });
    expect(r.report.dropped).toEqual([
      { codice: "2021_S08_20", reason: "Concluso" },
      { codice: "2021_S08_21", reason: "Annullato" },
    ]);
    const belongs = (o: { obiettivo: string }) => gone.includes(o.obiettivo);
    expect(r.report.carried).toEqual({
      objectives: 29,
      phases: 55 - model.fasi.filter(belongs).length,
      indicators: 61 - model.indicatori.filter(belongs).length,
      subjects: 21 - model.soggetti.filter(belongs).length,
    });
    expect(r.model.obiettivi.map((o) => o.codice)).not.toContain("2022_S08_20");
    expect(r.model.obiettivi.find((o) => o.codice === "2022_S08_22")?.stato).toBe("Sospeso");
    expect(r.report.renamed.map((x) => x.from)).not.toContain("2021_S08_20");
  });

  it("without the option concluded objectives are carried with their state", () => {
    const model = samplePeg();
    model.obiettivi[0].stato = "Concluso";
    const r = next(model);
    expect(r.report.dropped).toEqual([]);
    expect(r.model.obiettivi[0].stato).toBe("Concluso");
  });

  it("two years on: the plan year's value is two years before, last year's unknown", () => {
    const model = samplePeg();
    model.indicatori[0].valoreRaggiunto = 7;
    const r = next(model, { toYear: 2023 });
    expect(r.model.indicatori[0]).toMatchObject({
      valoreRaggiunto: null,
      valoreAnnoPrecedente: null,
      valoreDueAnniPrima: 7,
    });
    expect(r.model.obiettivi[0]).toMatchObject({ codice: "2023_S08_20", anno: 2023 });
    expect(r.model.fasi[0].finePrevista).toBe("2023-12-31");
    expect(historyMoves(2).map((h) => [h.from.key, h.to.key])).toEqual([
      ["valoreRaggiunto", "valoreDueAnniPrima"],
    ]);
  });

  it("reports codes that two objectives would share", () => {
    const model = samplePeg();
    model.obiettivi[1].codice = "2022_S08_20";
    expect(next(model).collisions).toEqual(["2022_S08_20"]);
  });

  it("does not blame the new year for codes already repeated", () => {
    const model = samplePeg();
    model.obiettivi[1].codice = model.obiettivi[0].codice;
    expect(next(model).collisions).toEqual([]);
  });
});

describe("the PIAO targets of the next two years", () => {
  /** The sample with the three-year targets of a PIAO filled on its first four indicators. */
  function withTargets(): PegModel {
    const model = samplePeg();
    const set = (i: number, values: Partial<PegModel["indicatori"][number]>) =>
      Object.assign(model.indicatori[i], values);
    set(0, { valoreAtteso: 1, valoreAttesoAnnoDopo: 2, valoreAttesoDueAnniDopo: 3 });
    set(0, { baseline: 0.5, annoBaseline: 2019 });
    set(1, { valoreAtteso: 10, valoreAttesoAnnoDopo: null, valoreAttesoDueAnniDopo: 12 });
    set(2, { valoreAtteso: 5, valoreAttesoAnnoDopo: 0, valoreAttesoDueAnniDopo: null });
    set(3, { valoreAtteso: null, valoreAttesoAnnoDopo: 7, valoreAttesoDueAnniDopo: 8 });
    return model;
  }
  const targets = (i: PegModel["indicatori"][number]) => [
    i.valoreAtteso,
    i.valoreAttesoAnnoDopo,
    i.valoreAttesoDueAnniDopo,
  ];

  it("one year on: year N+1's target is the new Valore atteso, N+2's is N+1's", () => {
    const before = withTargets();
    const after = next(before).model.indicatori;
    expect(after.slice(0, 4).map(targets)).toEqual([
      [2, 3, null],
      // no target for 2022: Valore atteso is carried as it was
      [10, 12, null],
      // 0 is a target
      [0, null, null],
      [7, 8, null],
    ]);
    expect(after[0]).toMatchObject({ baseline: 0.5, annoBaseline: 2019 });
    // the other indicators, without targets, are carried as before
    before.indicatori.slice(4).forEach((b, i) => {
      expect(targets(after[i + 4])).toEqual([b.valoreAtteso, null, null]);
    });
  });

  it("two years on: year N+2's target is the new Valore atteso, nothing is left after it", () => {
    const after = next(withTargets(), { toYear: 2023 }).model.indicatori;
    expect(after.slice(0, 4).map(targets)).toEqual([
      [3, null, null],
      [12, null, null],
      [5, null, null],
      [8, null, null],
    ]);
  });

  it("lists where each target goes", () => {
    const keys = (years: number) => targetMoves(years).map((t) => [t.from.key, t.to.key]);
    expect(keys(1)).toEqual([
      ["valoreAttesoAnnoDopo", "valoreAtteso"],
      ["valoreAttesoDueAnniDopo", "valoreAttesoAnnoDopo"],
    ]);
    expect(keys(2)).toEqual([["valoreAttesoDueAnniDopo", "valoreAtteso"]]);
    expect(keys(3)).toEqual([]);
  });
});

describe("planYearOf", () => {
  it("is the setting when the workbook has it", () => {
    const model = samplePeg();
    model.impostazioni.anno = 2024;
    expect(planYearOf(model, true)).toBe(2024);
  });

  it("is the year most objectives carry otherwise", () => {
    const model = samplePeg();
    model.obiettivi[0].anno = 2020;
    expect(planYearOf(model, false)).toBe(2021);
    expect(planYearOf(emptyModel(), false)).toBeNull();
  });
});

describe("columnsWithFate", () => {
  it("lists the moved dates table by table", () => {
    expect(
      columnsWithFate((f) => f.kind === "date").map((t) => [t.def.id, t.columns.map((c) => c.key)]),
    ).toEqual([
      ["fasi", ["inizioPrevista", "finePrevista"]],
      ["soggetti", ["dataInizio", "dataFine"]],
    ]);
  });
});

describe("planNextYear: what nuovo-anno and the pane carry over, or why not", () => {
  const NO_CHOICE = { anno: null, withoutConcluded: false };

  it("goes from the plan's year to the year after unless told", () => {
    const model = samplePeg();
    const outcome = planNextYear(model, true, NO_CHOICE);
    expect(outcome.kind === "ready" && [outcome.from, outcome.to]).toEqual([2021, 2022]);
    const later = planNextYear(model, true, { anno: 2024, withoutConcluded: false });
    expect(later.kind === "ready" && later.result.model.impostazioni.anno).toBe(2024);
  });

  it("refuses a year that is not later", () => {
    expect(planNextYear(samplePeg(), true, { anno: 2021, withoutConcluded: false })).toEqual({
      kind: "notLater",
      from: 2021,
      to: 2021,
    });
  });

  it("refuses a plan with no year to start from", () => {
    const model = samplePeg();
    model.obiettivi.forEach((o) => (o.anno = null));
    expect(planNextYear(model, false, NO_CHOICE)).toEqual({ kind: "noYear" });
  });

  it("refuses codes that two objectives would share", () => {
    const model = samplePeg();
    model.obiettivi[1].codice = "2022_S08_20";
    expect(planNextYear(model, true, NO_CHOICE)).toEqual({
      kind: "collisions",
      codes: ["2022_S08_20"],
    });
  });
});
