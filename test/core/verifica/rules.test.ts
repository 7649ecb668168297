import { checkModel } from "../../../src/core/verifica";
import type { PegModel, IsoDate } from "../../../src/core/model/types";
import { cleanModel, fase, indicatore, obiettivo, soggetto } from "../../fixtures/model";

type Expect = { rule: string; severity: "error" | "warning"; cell: string | null };

/** Each case: a model and exactly the problems (rule, severity, cell) it must give. */
function expectProblems(m: PegModel, expected: Expect[]): void {
  const got = checkModel(m).map(({ rule, severity, cell }) => ({ rule, severity, cell }));
  expect(got).toEqual(expected);
}

const d = (s: string) => s as IsoDate;

describe("checkModel", () => {
  it("finds nothing in a clean model", () => {
    expectProblems(cleanModel(), []);
  });

  it.each<[string, Partial<PegModel>, Expect[]]>([
    [
      "weights 33/33/34 are fine",
      {
        fasi: [
          fase("OB1", 1, { peso: 33 }),
          fase("OB1", 2, { peso: 33 }),
          fase("OB1", 3, { peso: 34 }),
        ],
      },
      [],
    ],
    [
      "weights off by rounding are fine",
      {
        fasi: [
          fase("OB1", 1, { peso: 33.33 }),
          fase("OB1", 2, { peso: 33.33 }),
          fase("OB1", 3, { peso: 33.34 }),
        ],
      },
      [],
    ],
    [
      "weights summing to 90",
      { fasi: [fase("OB1", 1, { peso: 50 }), fase("OB1", 2, { peso: 40 })] },
      [{ rule: "obiettivi.pesi-fasi.somma", severity: "error", cell: "Fasi!H2" }],
    ],
    [
      "missing weight",
      { fasi: [fase("OB1", 1, { peso: null })] },
      [{ rule: "fasi.peso.mancante", severity: "error", cell: "Fasi!H2" }],
    ],
    [
      "negative weight",
      { fasi: [fase("OB1", 1, { peso: -10 }), fase("OB1", 2, { peso: 110 })] },
      [
        { rule: "fasi.peso.fuori-intervallo", severity: "error", cell: "Fasi!H2" },
        { rule: "fasi.peso.fuori-intervallo", severity: "error", cell: "Fasi!H3" },
      ],
    ],
    [
      "avanzamento over 100",
      { fasi: [fase("OB1", 1, { peso: 100, avanzamento: 120 })] },
      [{ rule: "fasi.avanzamento.fuori-intervallo", severity: "error", cell: "Fasi!I2" }],
    ],
    [
      "si/no indicator valued 5",
      {
        indicatori: [
          indicatore("OB1", 1, {
            unita: "si/no",
            regola: "si/no",
            valoreAtteso: 1,
            valoreRaggiunto: 5,
            valoreAnnoPrecedente: 2,
          }),
        ],
      },
      [
        { rule: "indicatori.sino.valore", severity: "error", cell: "Indicatori!J2" },
        { rule: "indicatori.sino.valore", severity: "warning", cell: "Indicatori!K2" },
      ],
    ],
    [
      "invalid date",
      { fasi: [fase("OB1", 1, { peso: 100, inizioEffettiva: d("2021-02-31") })] },
      [{ rule: "fasi.inizioEffettiva.non-valida", severity: "error", cell: "Fasi!F2" }],
    ],
    [
      "fine prevista before inizio",
      {
        fasi: [
          fase("OB1", 1, {
            peso: 100,
            inizioPrevista: d("2021-06-01"),
            finePrevista: d("2021-03-01"),
          }),
        ],
      },
      [{ rule: "fasi.date.ordine", severity: "error", cell: "Fasi!E2" }],
    ],
    [
      "fine effettiva before inizio",
      {
        fasi: [
          fase("OB1", 1, {
            peso: 100,
            inizioEffettiva: d("2021-06-01"),
            fineEffettiva: d("2021-03-01"),
          }),
        ],
      },
      [{ rule: "fasi.date.ordine", severity: "error", cell: "Fasi!G2" }],
    ],
    [
      "date outside the plan year",
      { fasi: [fase("OB1", 1, { peso: 100, finePrevista: d("2022-03-31") })] },
      [{ rule: "fasi.data.fuori-anno", severity: "warning", cell: "Fasi!E2" }],
    ],
    [
      "missing planned date",
      { fasi: [fase("OB1", 1, { peso: 100, inizioPrevista: null })] },
      [{ rule: "fasi.inizioPrevista.mancante", severity: "error", cell: "Fasi!D2" }],
    ],
    [
      "duplicate objective code",
      { obiettivi: [obiettivo("OB1"), obiettivo("OB1")] },
      [{ rule: "obiettivi.codice.doppio", severity: "error", cell: "Obiettivi!A3" }],
    ],
    [
      "duplicate phase number",
      { fasi: [fase("OB1", 1, { peso: 50 }), fase("OB1", 1, { peso: 50 })] },
      [{ rule: "fasi.numero.doppio", severity: "error", cell: "Fasi!B3" }],
    ],
    [
      "duplicate indicator number",
      { indicatori: [indicatore("OB1", 1), indicatore("OB1", 1)] },
      [{ rule: "indicatori.numero.doppio", severity: "error", cell: "Indicatori!B3" }],
    ],
    [
      "orphans",
      {
        fasi: [fase("OB1", 1, { peso: 100 }), fase("OB9", 1, { peso: 100 })],
        indicatori: [indicatore("OB1", 1), indicatore("OB9", 1)],
        soggetti: [soggetto("OB9", "BIANCHI ANNA")],
      },
      [
        { rule: "fasi.obiettivo.inesistente", severity: "error", cell: "Fasi!A3" },
        { rule: "indicatori.obiettivo.inesistente", severity: "error", cell: "Indicatori!A3" },
        { rule: "soggetti.obiettivo.inesistente", severity: "error", cell: "Soggetti!A2" },
      ],
    ],
    [
      "an orphan phase is reported once, not also for weights of a missing objective",
      { fasi: [fase("OB1", 1, { peso: 100 }), fase("OB9", 1, { peso: 34 })] },
      [{ rule: "fasi.obiettivo.inesistente", severity: "error", cell: "Fasi!A3" }],
    ],
    [
      "objective with no phases and no indicators",
      { obiettivi: [obiettivo("OB1"), obiettivo("OB2")] },
      [
        { rule: "obiettivi.fasi.assenti", severity: "warning", cell: "Obiettivi!A3" },
        { rule: "obiettivi.indicatori.assenti", severity: "warning", cell: "Obiettivi!A3" },
      ],
    ],
    [
      "non valutabile without motivo",
      { indicatori: [indicatore("OB1", 1, { nonValutabile: true })] },
      [{ rule: "indicatori.nonValutabile.motivo", severity: "error", cell: "Indicatori!P2" }],
    ],
    [
      "forced achievement without motivazione",
      { indicatori: [indicatore("OB1", 1, { raggiungimentoForzato: 80 })] },
      [{ rule: "indicatori.forzatura.motivazione", severity: "error", cell: "Indicatori!R2" }],
    ],
    [
      "soglia without minimum",
      { indicatori: [indicatore("OB1", 1, { regola: "soglia" })] },
      [{ rule: "indicatori.valoreMinimo.mancante", severity: "error", cell: "Indicatori!H2" }],
    ],
    [
      "valore atteso missing",
      { indicatori: [indicatore("OB1", 1, { valoreAtteso: null })] },
      [{ rule: "indicatori.valoreAtteso.mancante", severity: "error", cell: "Indicatori!I2" }],
    ],
    [
      "valore atteso missing on a non-valutabile indicator is fine",
      {
        indicatori: [
          indicatore("OB1", 1, {
            valoreAtteso: null,
            nonValutabile: true,
            motivoNonValutabile: "Covid",
          }),
        ],
      },
      [],
    ],
    [
      "text longer than a cell",
      { fasi: [fase("OB1", 1, { peso: 100, note: "x".repeat(32_768) })] },
      [{ rule: "fasi.testo.troppo-lungo", severity: "error", cell: "Fasi!L2" }],
    ],
    [
      "text exactly at the limit is fine",
      { fasi: [fase("OB1", 1, { peso: 100, note: "x".repeat(32_767) })] },
      [],
    ],
    [
      "required descriptions",
      { obiettivi: [obiettivo("OB1", { descrizione: "", stato: null })] },
      [
        { rule: "obiettivi.descrizione.mancante", severity: "warning", cell: "Obiettivi!F2" },
        { rule: "obiettivi.stato.mancante", severity: "warning", cell: "Obiettivi!N2" },
      ],
    ],
    [
      "people's dates in the wrong order",
      {
        soggetti: [
          soggetto("OB1", "BIANCHI ANNA", {
            dataInizio: d("2021-05-01"),
            dataFine: d("2021-01-01"),
          }),
        ],
      },
      [{ rule: "soggetti.date.ordine", severity: "warning", cell: "Soggetti!F2" }],
    ],
  ])("%s", (_name, extra, expected) => {
    expectProblems(cleanModel(extra), expected);
  });

  it("lists the weights and the sum on the objective", () => {
    const [p] = checkModel(
      cleanModel({ fasi: [fase("OB1", 1, { peso: 50 }), fase("OB1", 2, { peso: 40.5 })] }),
    );
    expect(p.objective).toBe("OB1");
    expect(p.message).toBe(
      "Fasi!H2 (Peso): i pesi delle fasi dell'obiettivo OB1 sommano a 90,5 invece di 100 (fase 1: 50, fase 2: 40,5). Correggere i pesi perché la somma sia 100.",
    );
  });

  it.each<[string, Partial<PegModel>, string]>([
    [
      "a duplicate code points at the worksheet row of the first one",
      { obiettivi: [obiettivo("OB1"), obiettivo("OB1")] },
      "Obiettivi!A3 (Codice): il codice OB1 compare già nella riga 2. Ogni obiettivo deve avere un codice diverso.",
    ],
    [
      "a duplicate phase number points at the worksheet row of the first one",
      { fasi: [fase("OB1", 1, { peso: 50 }), fase("OB1", 1, { peso: 50 })] },
      "Fasi!B3 (N. fase): la fase 1 dell'obiettivo OB1 compare già nella riga 2. Numerare le fasi senza ripetizioni.",
    ],
    [
      "an orphan indicator",
      { indicatori: [indicatore("OB1", 1), indicatore("OB9", 2)] },
      "Indicatori!A3 (Obiettivo): l'obiettivo OB9 non esiste nel foglio Obiettivi: l'indicatore 2 resta fuori dai calcoli e dalle schede. Correggere il codice o aggiungere l'obiettivo.",
    ],
    [
      "a missing planned end says which date",
      { fasi: [fase("OB1", 1, { peso: 100, finePrevista: null })] },
      "Fasi!E2 (Fine prevista): manca la data di fine prevista: l'avanzamento atteso non si può calcolare. Scrivere la data (gg/mm/aaaa).",
    ],
  ])("message: %s", (_name, extra, message) => {
    expect(checkModel(cleanModel(extra)).map((p) => p.message)).toEqual([message]);
  });

  it("tells how much weight is missing", () => {
    const problems = checkModel(
      cleanModel({ fasi: [fase("OB1", 1, { peso: 60 }), fase("OB1", 2, { peso: null })] }),
    );
    expect(problems.map((p) => p.rule)).toEqual(["fasi.peso.mancante"]);
    expect(problems[0].message).toContain("Le altre fasi dell'obiettivo pesano 60: mancano 40.");
  });

  it("uses the table positions it is given", () => {
    const m = cleanModel({ fasi: [fase("OB1", 1, { peso: null })] });
    const headers = ["Extra", "Peso", "Obiettivo", "N. fase"];
    const [p] = checkModel(m, {
      fasi: { sheet: "Fasi 2021", headerRow: 4, firstColumn: 1, headers },
    });
    expect(p).toMatchObject({ cell: "'Fasi 2021'!C5", sheet: "Fasi 2021", row: 5, column: "Peso" });
  });

  it("names the record when its row is unknown", () => {
    const m = cleanModel();
    m.fasi = [fase("OB1", 3, { peso: null })];
    const [p] = checkModel(m);
    expect(p).toMatchObject({ cell: null, row: null, sheet: "Fasi" });
    expect(p.message.startsWith("Fasi, fase 3 di OB1 (Peso): manca il peso")).toBe(true);
  });
});
