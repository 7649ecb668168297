import { fileNameFor, sentValues, splitModel } from "../../../src/core/distribuzione/split";
import { samplePeg } from "../../../src/core/sample";

describe("splitModel", () => {
  const model = samplePeg();

  it.each(["responsabile", "cdr"] as const)(
    "by %s: every objective reaches everyone who reports on it, with all its rows",
    (by) => {
      const { parts, unassigned } = splitModel(model, by);
      const reached = new Set(parts.flatMap((p) => p.model.obiettivi.map((o) => o.codice)));
      expect([...reached, ...unassigned].sort()).toEqual(
        model.obiettivi.map((o) => o.codice).sort(),
      );
      for (const p of parts) {
        const codes = new Set(p.model.obiettivi.map((o) => o.codice));
        expect(p.model.fasi).toEqual(model.fasi.filter((f) => codes.has(f.obiettivo)));
        expect(p.model.indicatori).toEqual(model.indicatori.filter((i) => codes.has(i.obiettivo)));
        expect(p.model.impostazioni).toBe(model.impostazioni);
      }
    },
  );

  it("gives a phase's responsabile the objective too, and compares names loosely", () => {
    const m = samplePeg();
    const o = m.obiettivi[0];
    m.fasi = m.fasi.map((f) =>
      f.obiettivo === o.codice ? { ...f, responsabile: "  rossi  ANNA " } : f,
    );
    m.obiettivi = m.obiettivi.map((x, i) => (i === 1 ? { ...x, responsabile: "Rossi Anna" } : x));
    const rossi = splitModel(m, "responsabile").parts.filter((p) => /rossi/i.test(p.recipient));
    expect(rossi).toHaveLength(1);
    expect(rossi[0].model.obiettivi.map((x) => x.codice)).toEqual([
      m.obiettivi[0].codice,
      m.obiettivi[1].codice,
    ]);
  });

  it("lists the objectives nobody reports on", () => {
    const m = samplePeg();
    const o = m.obiettivi[0];
    m.obiettivi = m.obiettivi.map((x) => (x.codice === o.codice ? { ...x, responsabile: " " } : x));
    m.fasi = m.fasi.map((f) => (f.obiettivo === o.codice ? { ...f, responsabile: "" } : f));
    expect(splitModel(m, "responsabile").unassigned).toEqual([o.codice]);
  });
});

describe("sentValues", () => {
  it("records the returned fields of every phase and indicator, as the model holds them", () => {
    const m = samplePeg();
    const sent = sentValues(m);
    expect(sent).toHaveLength(m.fasi.length * 4 + m.indicatori.length * 2);
    const f = m.fasi[0];
    expect(sent).toContainEqual({
      obiettivo: f.obiettivo,
      elemento: "Fase",
      numero: f.numero,
      campo: "inizioEffettiva",
      valore: f.inizioEffettiva,
    });
  });
});

describe("fileNameFor", () => {
  it("makes a safe, unique name", () => {
    const taken = new Set<string>();
    expect(fileNameFor("CONTI MARIO", taken)).toBe("CONTI_MARIO.xlsx");
    expect(fileNameFor("conti mario", taken)).toBe("conti_mario_2.xlsx");
    expect(fileNameFor("Settore: Servizi / Più Città", taken)).toBe(
      "Settore_Servizi_Piu_Citta.xlsx",
    );
    expect(fileNameFor("***", taken)).toBe("destinatario.xlsx");
  });
});
