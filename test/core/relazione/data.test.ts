import { computeAll } from "../../../src/core/compute";
import { ESITI } from "../../../src/core/compute/aggregates";
import {
  bandIndex,
  bandsOf,
  relazioneData,
  topHeavyWarning,
} from "../../../src/core/relazione/data";
import type { Obiettivo } from "../../../src/core/model/types";
import { buildRelazione } from "../../../src/core/relazione/layout";
import { fase, impostazioni, iso, model, obiettivo } from "../../fixtures/model";
import { monitoredSample } from "../../fixtures/monitored-sample";

describe("achievement bands", () => {
  it("labels the usual SMVP bands from their starts", () => {
    expect(bandsOf([0, 50, 80, 90]).map((b) => b.label)).toEqual([
      "0–49",
      "50–79",
      "80–89",
      "90–100",
    ]);
  });

  it("sorts the starts, drops duplicates and always starts at 0", () => {
    expect(bandsOf([60, 90, 60]).map((b) => b.label)).toEqual(["0–59", "60–89", "90–100"]);
  });

  it("puts a value just below a start in the band before it", () => {
    const bands = bandsOf([0, 50, 80, 90]);
    expect([0, 49.9, 50, 79.99, 80, 89.5, 90, 100].map((v) => bandIndex(v, bands))).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3,
    ]);
  });
});

/** one phase per objective: its avanzamento is the objective's whole result */
function plan() {
  const o = (codice: string, centro: string, responsabile: string, settore: string) =>
    obiettivo(codice, { centroResponsabilita: centro, responsabile, settore });
  const progress: Record<string, number | null> = { A: 30, B: 95, C: 85, D: null, E: 100 };
  return model({
    impostazioni: impostazioni({ periodoRiferimento: "2021-06" as never }),
    obiettivi: [
      o("A", "CDR 1", "ROSSI", "S1"),
      o("B", "CDR 1", "BIANCHI", "S1"),
      o("C", "CDR 2", "ROSSI", ""),
      o("D", "CDR 2", "ROSSI", "S1"),
      o("E", "CDR 2", "VERDI", "S2"),
    ],
    fasi: Object.entries(progress).map(([codice, avanzamento]) =>
      fase(codice, 1, {
        peso: 100,
        avanzamento,
        inizioPrevista: iso("2021-01-01"),
        finePrevista: iso("2021-12-31"),
      }),
    ),
    indicatori: [],
  });
}

describe("relazioneData", () => {
  const m = plan();
  const computed = computeAll(m);
  const d = relazioneData(m, computed);

  it("groups by centro, settore and responsabile with the computation's means", () => {
    expect(d.byCentro.map((g) => [g.key, g.objectives])).toEqual([
      ["CDR 1", 2],
      ["CDR 2", 3],
    ]);
    expect(d.byCentro.map((g) => g.overall)).toEqual(computed.byCentro.map((g) => g.overall));
    expect(d.bySettore.map((g) => [g.key, g.objectives])).toEqual([
      ["(non indicato)", 1],
      ["S1", 3],
      ["S2", 1],
    ]);
    expect(d.byResponsabile.find((g) => g.key === "ROSSI")?.objectives).toBe(3);
    expect(d.byCentro[0].overall).toBeCloseTo((30 + 95) / 2);
  });

  it("counts each judged objective in one band; unmeasured ones in none", () => {
    // A 30 → 0–49; B 95, E 100 → 90–100; C 85 → 80–89; D not measured
    expect(d.total.bands).toEqual([1, 0, 1, 2]);
    expect(d.byCentro.map((g) => g.bands)).toEqual([
      [1, 0, 0, 1],
      [0, 0, 1, 1],
    ]);
  });

  it("takes the statuses from the computation", () => {
    for (const e of ESITI)
      expect(d.total.byStatus[e]).toBe(computed.objectives.filter((r) => r.status === e).length);
    expect(d.total.byStatus.concluso).toBe(1);
    expect(d.total.byStatus["non misurato"]).toBe(1);
  });

  it("lists critical and late objectives first, then the lowest band, with their notes", () => {
    const m2 = {
      ...m,
      obiettivi: m.obiettivi.map((o) => (o.codice === "A" ? { ...o, note: "Gara deserta" } : o)),
    };
    const dev = relazioneData(m2, computeAll(m2)).deviations;
    const rank = (s: string) => (s === "critico" ? 0 : s === "in ritardo" ? 1 : 2);
    const ranks = dev.map((x) => rank(x.result.status));
    expect(ranks).toEqual([...ranks].sort());
    const a = dev.find((x) => x.obiettivo.codice === "A");
    expect(a?.notes).toContain("Gara deserta");
    expect(dev.some((x) => x.obiettivo.codice === "E")).toBe(false);
  });

  it("uses bands given by the caller", () => {
    expect(relazioneData(m, computed, [0, 60]).total.bands).toEqual([1, 3]);
  });
});

describe("buildRelazione", () => {
  const m = monitoredSample();
  const d = relazioneData(m, computeAll(m));
  const { layout, charts } = buildRelazione(m, d, { dataElaborazione: iso("2021-10-05") });
  const value = (row: number, col: number) =>
    layout.cells.find((c) => c.row === row && c.col === col)?.value;

  it("has three charts whose ranges hold the centri and their figures", () => {
    expect(charts.map((c) => c.kind)).toEqual(["column", "bar", "stackedBar"]);
    const [fasce, media, stati] = charts;
    const names = [];
    for (let r = media.categories.firstRow; r <= media.categories.lastRow; r++)
      names.push(value(r, media.categories.col));
    expect(names).toEqual(d.byCentro.map((g) => g.key));
    const means = [];
    const s = media.series[0].values;
    for (let r = s.firstRow; r <= s.lastRow; r++) means.push(value(r, s.col));
    expect(means).toEqual(d.byCentro.map((g) => g.overall));
    expect(stati.series.map((x) => value(x.nameCell.row, x.nameCell.col))).toEqual([
      "In linea",
      "In ritardo",
      "Critici",
      "Conclusi",
      "Non misurati",
    ]);
    const counts = [];
    const f = fasce.series[0].values;
    for (let r = f.firstRow; r <= f.lastRow; r++) counts.push(value(r, f.col));
    expect(counts).toEqual(d.total.bands);
  });

  it("places each chart on empty rows of its own, inside the print area", () => {
    const lastRow = layout.rows.length;
    for (const c of charts) {
      expect(c.anchor.bottom).toBeGreaterThan(c.anchor.top + 10);
      expect(c.anchor.bottom).toBeLessThanOrEqual(lastRow);
      expect(layout.cells.some((x) => x.row >= c.anchor.top && x.row <= c.anchor.bottom)).toBe(
        false,
      );
      expect(layout.breaks.some((b) => b > c.anchor.top && b <= c.anchor.bottom)).toBe(false);
    }
    expect(layout.page.printArea).toBe(`A1:M${lastRow}`);
    expect(layout.page.paper).toBe("A4");
  });

  it("shows nothing of what the simplified PIAO of an ente piccolo does not ask for", () => {
    const m2 = monitoredSample();
    m2.impostazioni.entePiccolo = true;
    const cellsOf = () =>
      buildRelazione(m2, relazioneData(m2, computeAll(m2)), {
        dataElaborazione: iso("2021-10-05"),
      }).layout.cells;
    const before = cellsOf();
    Object.assign(m2.obiettivi[0], { valorePubblicoCodice: "VP_1", valorePubblico: "Valore" });
    Object.assign(m2.indicatori[0], { valoreAttesoAnnoDopo: 7, valoreAttesoDueAnniDopo: 8 });
    expect(cellsOf()).toEqual(before);
  });

  it("prints the validated achievement beside the computed one in the objectives list", () => {
    const m2 = monitoredSample();
    const o = m2.obiettivi[3];
    o.raggiungimentoValidato = 72.5;
    const l = buildRelazione(m2, relazioneData(m2, computeAll(m2)), {
      dataElaborazione: iso("2021-10-05"),
    }).layout;
    const head = l.cells.find((c) => c.value === "Validato %");
    const computedHead = l.cells.find((c) => c.row === head?.row && c.value === "Ragg. %");
    expect(computedHead?.col).toBe((head?.col ?? 0) - 1);
    // the first row with the code under the list's head (the deviations come after)
    const rowOf = (codice: string) =>
      l.cells.find((c) => c.value === codice && c.row > (head?.row ?? 0));
    const code = rowOf(o.codice);
    const at = (col: number | undefined) =>
      l.cells.find((c) => c.row === code?.row && c.col === col)?.value;
    expect(at(head?.col)).toBe(72.5);
    expect(at(computedHead?.col)).toBe(computeAll(m2).objectives[3].overall ?? "—");
    const other = rowOf(m2.obiettivi[4].codice);
    expect(l.cells.find((c) => c.row === other?.row && c.col === head?.col)?.value ?? null).toBe(
      null,
    );
  });

  it("prints every objective once in its list", () => {
    for (const o of m.obiettivi)
      expect(layout.cells.filter((c) => c.value === o.codice).length).toBeGreaterThanOrEqual(1);
  });
});

describe("topHeavyWarning", () => {
  it("warns when at least 90% of the judged objectives are at 95% or more", () => {
    const nine = [96, 97, 98, 99, 100, 95, 95, 99, 100, 60];
    expect(topHeavyWarning(nine)).toBe(
      "9 obiettivi su 10 hanno un raggiungimento di almeno il 95%: risultati così concentrati " +
        "in alto meritano una verifica degli indicatori e dei valori attesi.",
    );
  });

  it("stays quiet below the share, on tiny plans and without values", () => {
    expect(topHeavyWarning([96, 97, 98, 99, 100, 95, 95, 99, 60, 60])).toBeNull();
    expect(topHeavyWarning([100, 100, 100, 100])).toBeNull();
    expect(topHeavyWarning([null, null, null, null, null, null])).toBeNull();
  });
});

describe("the Nucleo's validated achievement in the Relazione", () => {
  /** six objectives whose single phase is done: every computed result is 100 */
  function allDone(validated: (number | null)[], stato: Obiettivo["stato"] = "In Corso") {
    const codes = validated.map((_, i) => `O${i}`);
    return model({
      obiettivi: codes.map((c, i) => obiettivo(c, { raggiungimentoValidato: validated[i], stato })),
      fasi: codes.map((c) => fase(c, 1, { peso: 100, avanzamento: 100 })),
      indicatori: [],
    });
  }
  const data = (m: ReturnType<typeof allDone>) => relazioneData(m, computeAll(m));

  it("warns on the owners' results when nobody validated them", () => {
    expect(data(allDone([null, null, null, null, null, null])).warning).toContain(
      "6 obiettivi su 6",
    );
  });

  it("judges on the validated value when there is one: the bands and the warning follow it", () => {
    const d = data(allDone([60, 85, null, null, null, null]));
    expect(d.warning).toBeNull();
    expect(d.total.bands).toEqual([0, 1, 1, 4]);
    expect(d.objectives.map((x) => x.judged)).toEqual([60, 85, 100, 100, 100, 100]);
    // the computed results are left as they are
    expect(d.objectives.map((x) => x.result.overall)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(d.total.overall).toBe(100);
  });

  it("lists a validated value in the lowest band among the deviations, with the Nucleo's note", () => {
    const m = allDone([30, null, null, null, null, null]);
    m.obiettivi[0].notaNucleo = "Indicatore non documentato";
    const dev = data(m).deviations;
    expect(dev.map((x) => x.obiettivo.codice)).toEqual(["O0"]);
    expect(dev[0].notes.startsWith("Raggiungimento nella fascia 0–49. — ")).toBe(true);
    expect(dev[0].notes.endsWith(" — Nota del Nucleo: Indicatore non documentato")).toBe(true);
  });

  it("leaves sospesi and annullati out, validated or not", () => {
    const d = data(allDone([100, 100, 100, 100, 100, 100], "Annullato"));
    expect(d.warning).toBeNull();
    expect(d.total.bands).toEqual([0, 0, 0, 0]);
  });

  it("takes the bands from the setting «Fasce di raggiungimento»", () => {
    const m = allDone([30, 65, null, null, null, null]);
    m.impostazioni.fasceRaggiungimento = [0, 60];
    const d = data(m);
    expect(d.bands.map((b) => b.label)).toEqual(["0–59", "60–100"]);
    expect(d.total.bands).toEqual([1, 5]);
  });
});
