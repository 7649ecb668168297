/** The PIAO quality warnings: each rule, its limits, the group switch and the optional columns. */
import { checkModel } from "../../../src/core/verifica";
import type { Indicatore, IsoDate, PegModel } from "../../../src/core/model/types";
import { canonicalPosition, type TablePositions } from "../../../src/core/parse/positions";
import { samplePeg } from "../../../src/core/sample";
import { INDICATORI } from "../../../src/core/schema/tables";
import { cleanModel, fase, impostazioni, indicatore, obiettivo } from "../../fixtures/model";

const d = (s: string) => s as IsoDate;

/** Every PIAO field of an indicator filled: only the rule under test can fire. */
const piena: Partial<Indicatore> = {
  baseline: 5,
  annoBaseline: 2019,
  valoreAttesoAnnoDopo: 12,
  valoreAttesoDueAnniDopo: 14,
  fonte: "Protocollo",
};

/** A model with the quality checks on and a phase ending before 31/12. */
function model(over: Partial<PegModel> = {}): PegModel {
  return cleanModel({
    impostazioni: impostazioni({ controlliQualita: true }),
    fasi: [fase("OB1", 1, { peso: 100, finePrevista: d("2021-06-30") })],
    indicatori: [indicatore("OB1", 1, piena)],
    ...over,
  });
}

const quality = (m: PegModel, positions?: TablePositions) =>
  checkModel(m, positions)
    .filter((p) => p.rule.startsWith("qualita."))
    .map(({ rule, severity, cell }) => ({ rule, severity, cell }));

const warning = (rule: string, cell: string | null) => ({ rule, severity: "warning", cell });

describe("controlli di qualità (PIAO)", () => {
  it("find nothing when every field is there", () => {
    expect(quality(model())).toEqual([]);
  });

  it.each<[string, Partial<Indicatore>, string, string]>([
    ["baseline", { baseline: null }, "qualita.baseline", "Indicatori!T2"],
    [
      "target anno dopo",
      { valoreAttesoAnnoDopo: null },
      "qualita.valoreAttesoAnnoDopo",
      "Indicatori!V2",
    ],
    [
      "target due anni dopo",
      { valoreAttesoDueAnniDopo: null },
      "qualita.valoreAttesoDueAnniDopo",
      "Indicatori!W2",
    ],
    ["fonte", { fonte: "" }, "qualita.fonte", "Indicatori!X2"],
  ])(
    "an indicator without %s, beside one that has it, is warned at its cell",
    (_n, miss, rule, cell) => {
      const m = model({
        indicatori: [indicatore("OB1", 1, { ...piena, ...miss }), indicatore("OB1", 2, piena)],
      });
      expect(quality(m)).toEqual([warning(rule, cell)]);
    },
  );

  it("a column empty in every row gives one warning at its header", () => {
    const m = model({
      indicatori: [1, 2, 3].map((n) => indicatore("OB1", n, { ...piena, fonte: "" })),
    });
    expect(quality(m)).toEqual([warning("qualita.colonna.vuota", "Indicatori!X1")]);
  });

  it("baseline and targets are not asked of si/no or non-valutabile indicators; the source is", () => {
    const siNo = { ...piena, unita: "si/no", regola: "si/no", valoreAtteso: 1 } as const;
    const m = model({
      indicatori: [
        indicatore("OB1", 1, piena),
        indicatore("OB1", 2, { ...siNo, baseline: null, valoreAttesoAnnoDopo: null, fonte: "" }),
        indicatore("OB1", 3, { nonValutabile: true, motivoNonValutabile: "x", fonte: "" }),
      ],
    });
    expect(quality(m)).toEqual([warning("qualita.fonte", "Indicatori!X3")]);
  });

  it("a workbook without the optional columns is not asked for them", () => {
    const without = new Set([
      "baseline",
      "fonte",
      "valoreAttesoAnnoDopo",
      "valoreAttesoDueAnniDopo",
    ]);
    const headers = INDICATORI.columns.filter((c) => !without.has(c.key)).map((c) => c.header);
    const positions = { indicatori: { ...canonicalPosition(INDICATORI), headers } };
    const m = model({
      indicatori: [indicatore("OB1", 1, { ...piena, baseline: null, fonte: "" })],
    });
    expect(quality(m, positions)).toEqual([]);
    expect(quality(m)).not.toEqual([]);
  });

  it("an ente piccolo is not asked for the next years' targets, still for baseline and source", () => {
    const ind = { ...piena, valoreAttesoAnnoDopo: null, valoreAttesoDueAnniDopo: null };
    const two = [indicatore("OB1", 1, ind), indicatore("OB1", 2, piena)];
    const small = model({
      impostazioni: impostazioni({ controlliQualita: true, entePiccolo: true }),
      indicatori: two,
    });
    expect(quality(small)).toEqual([]);
    expect(quality(model({ indicatori: two })).map((p) => p.rule)).toEqual([
      "qualita.valoreAttesoAnnoDopo",
      "qualita.valoreAttesoDueAnniDopo",
    ]);
  });

  it("an objective without indicators, or with si/no ones only", () => {
    const m = model({
      obiettivi: [obiettivo("OB1"), obiettivo("OB2"), obiettivo("OB3")],
      fasi: ["OB1", "OB2", "OB3"].map((o) =>
        fase(o, 1, { peso: 100, finePrevista: d("2021-06-30") }),
      ),
      indicatori: [
        indicatore("OB1", 1, piena),
        indicatore("OB3", 1, { ...piena, unita: "si/no", regola: "si/no", valoreAtteso: 1 }),
      ],
    });
    expect(quality(m)).toEqual([
      warning("qualita.obiettivo.senza-indicatori", "Obiettivi!A3"),
      warning("qualita.obiettivo.solo-sino", "Obiettivi!A4"),
    ]);
  });

  it("an annulled objective is not asked for indicators", () => {
    const m = model({ obiettivi: [obiettivo("OB1", { stato: "Annullato" })], indicatori: [] });
    expect(quality(m)).toEqual([]);
  });

  it.each<[string, Partial<Indicatore>, boolean]>([
    ["same target as last year, crescente", { valoreAtteso: 10, valoreAnnoPrecedente: 10 }, true],
    ["higher target", { valoreAtteso: 11, valoreAnnoPrecedente: 10 }, false],
    [
      "same target, decrescente",
      { valoreAtteso: 10, valoreAnnoPrecedente: 10, polarita: "decrescente", regola: "inversa" },
      false,
    ],
    ["100 % kept", { valoreAtteso: 100, valoreAnnoPrecedente: 100, unita: "percentuale" }, false],
    ["no value last year", { valoreAtteso: 10, valoreAnnoPrecedente: null }, false],
  ])("%s", (_n, over, warned) => {
    const m = model({ indicatori: [indicatore("OB1", 1, { ...piena, ...over })] });
    expect(quality(m)).toEqual(warned ? [warning("qualita.atteso.uguale", "Indicatori!I2")] : []);
  });

  it.each<[string, (string | null)[], boolean]>([
    ["every phase ends on 31/12", ["2021-12-31", "2021-12-31"], true],
    ["one phase without end, one on 31/12", [null, "2021-12-31"], true],
    ["one phase ends in June", ["2021-06-30", "2021-12-31"], false],
  ])("no date before 31/12: %s", (_n, ends, warned) => {
    const m = model({
      fasi: ends.map((e, i) =>
        fase("OB1", i + 1, { peso: 50, finePrevista: e === null ? null : d(e) }),
      ),
    });
    const rules = quality(m).map((p) => p.rule);
    expect(rules.includes("qualita.obiettivo.senza-scadenze")).toBe(warned);
  });

  it("no date before 31/12: at the objective, or once at «Fine prevista» when every objective has none", () => {
    const end = (o: string, e: string) => fase(o, 1, { peso: 100, finePrevista: d(e) });
    const two = [obiettivo("OB1"), obiettivo("OB2")];
    const indicatori = ["OB1", "OB2"].map((o) => indicatore(o, 1, piena));
    const one = model({
      obiettivi: two,
      indicatori,
      fasi: [end("OB1", "2021-06-30"), end("OB2", "2021-12-31")],
    });
    expect(quality(one)).toEqual([warning("qualita.obiettivo.senza-scadenze", "Obiettivi!A3")]);
    const all = model({
      obiettivi: two,
      indicatori,
      fasi: [end("OB1", "2021-12-31"), end("OB2", "2021-12-31")],
    });
    expect(quality(all)).toEqual([warning("qualita.obiettivo.senza-scadenze", "Fasi!E1")]);
  });

  it("are never errors, and all go away with the setting off", () => {
    const m = model({ obiettivi: [obiettivo("OB1"), obiettivo("OB2")], indicatori: [] });
    expect(quality(m).length).toBeGreaterThan(0);
    expect(quality(m).every((p) => p.severity === "warning")).toBe(true);
    const off = { ...m, impostazioni: { ...m.impostazioni, controlliQualita: false } };
    expect(quality(off)).toEqual([]);
  });
});

describe("ambiti trasversali", () => {
  const ambiti = (text: string) =>
    checkModel(model({ obiettivi: [obiettivo("OB1", { ambiti: text })] })).filter(
      (p) => p.rule === "obiettivi.ambiti.non-ammesso",
    );

  it("accepts several areas of the list, in any case, separated by «;»", () => {
    expect(ambiti("digitalizzazione; pnrr ;Pari opportunità;")).toEqual([]);
  });

  it("warns at the cell about the ones not in the list, even with the quality checks off", () => {
    const [p, ...rest] = ambiti("digitalizzazione; transizione verde");
    expect(rest).toEqual([]);
    expect(p.severity).toBe("warning");
    expect(p.cell).toBe("Obiettivi!W2");
    expect(p.message).toContain("«transizione verde»");
    const off = checkModel(cleanModel({ obiettivi: [obiettivo("OB1", { ambiti: "verde" })] })).map(
      (x) => x.rule,
    );
    expect(off).toContain("obiettivi.ambiti.non-ammesso");
  });
});

describe("on the sample (2021 data of Città di Cinisello Balsamo)", () => {
  // canonical positions: every column of the schema, as the command «esempio» writes them
  const rules = checkModel(samplePeg()).filter((p) => p.rule.startsWith("qualita."));
  const count = (rule: string) => rules.filter((p) => p.rule === rule).length;

  it("counts, each checked against the report", () => {
    // the 2021 report has no PIAO fields: one warning per empty column (baseline, two targets, source)
    expect(count("qualita.colonna.vuota")).toBe(4);
    // 2021_S08_34 asks again for 6 GDPR deliverables done once in 2020, 2021_S08_00 for 6 summer
    // services as in 2020, 2021_S08_15 and 2021_S08_21 (3) for 1 as in 2020
    expect(count("qualita.atteso.uguale")).toBe(9);
    // 11 objectives measured by one si/no indicator only
    expect(count("qualita.obiettivo.solo-sino")).toBe(11);
    // all 55 phases of the 31 objectives end on 31/12/2021: one warning at «Fine prevista»
    const dates = rules.filter((p) => p.rule === "qualita.obiettivo.senza-scadenze");
    expect(dates.map((p) => p.cell)).toEqual(["Fasi!E1"]);
    expect(count("qualita.obiettivo.senza-indicatori")).toBe(0);
    expect(rules).toHaveLength(4 + 9 + 11 + 1);
  });

  it("none without the checks, none on the columns a 2021 workbook does not have", () => {
    const off = samplePeg();
    off.impostazioni.controlliQualita = false;
    expect(checkModel(off).filter((p) => p.rule.startsWith("qualita."))).toEqual([]);
    const headers = INDICATORI.columns.filter((c) => !c.optional).map((c) => c.header);
    const old = { indicatori: { ...canonicalPosition(INDICATORI), headers } };
    const got = checkModel(samplePeg(), old).map((p) => p.rule);
    expect(got).not.toContain("qualita.colonna.vuota");
  });
});
