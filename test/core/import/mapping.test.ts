/**
 * The mapping file (a public contract) and the engine that applies it: examples for each
 * rule of docs/importa.md, then properties over generated rows (fast-check).
 */
import fc from "fast-check";
import { readMapping, type Mapping } from "../../../src/core/import/mapping/contract";
import {
  convertValue,
  detectDecimalSeparator,
  readNumber,
} from "../../../src/core/import/mapping/convert";
import { importRows, type EngineOptions } from "../../../src/core/import/mapping/engine";
import { oneLine } from "../../../src/core/import/text";
import type { CellValue } from "../../../src/core/schema/raw";
import { FASI, INDICATORI, OBIETTIVI } from "../../../src/core/schema/tables";

const OPTIONS: EngineOptions = {
  decimal: ",",
  utente: "prova",
  timestamp: "2024-10-01T09:00:00",
  source: "piano.csv",
};

function mapping(json: unknown): Mapping {
  const read = readMapping(json);
  if ("errors" in read) throw new Error(read.errors.map((e) => e.it).join("\n"));
  return read.mapping;
}

/** Rows as a spreadsheet numbers them: the header is row 1. */
function run(json: unknown, headers: string[], rows: CellValue[][], options = OPTIONS) {
  return importRows(
    mapping(json),
    headers,
    rows.map((cells, i) => ({ cells, row: i + 2 })),
    options,
  );
}

/** The example of the mapping file in the issue and in docs/importa.md. */
const DOC_EXAMPLE = {
  filtro: { Esercizio: "2024" },
  periodo: { colonna: "Trimestre", valori: { "1": "2024-03", "2": "2024-06" } },
  obiettivi: {
    Codice: { colonna: "Obiettivo", estrai: "^(OB\\d+)" },
    Descrizione: "Obiettivo",
    "Centro di responsabilità": "Servizio",
  },
  fasi: {
    Obiettivo: { colonna: "Obiettivo", estrai: "^(OB\\d+)" },
    Descrizione: "Azione",
    Peso: "Peso %",
  },
  indicatori: {
    Obiettivo: { colonna: "Obiettivo", estrai: "^(OB\\d+)" },
    Descrizione: { modello: "{Indicatore} ({Unità})" },
    "Valore atteso": "Target",
    "Valore raggiunto": "Consuntivo",
  },
};

describe("il file di mappa (readMapping)", () => {
  test("l'esempio di docs/importa.md è valido", () => {
    const read = readMapping(DOC_EXAMPLE);
    expect("mapping" in read).toBe(true);
  });

  test("ogni errore è detto, con il punto in cui sta", () => {
    const read = readMapping({
      obiettivi: {
        Codice: { colonna: "Cod", estrai: "(" },
        Titolo: "X",
        "Raggiungimento complessivo %": "Y",
        "Peso obiettivo": { colonna: "P", scala: 0 },
      },
      indicatori: { Descrizione: { modello: "senza segnaposti" }, Tipo: { valore: null } },
      periodo: { colonna: "Mese", valori: { "1": "marzo" } },
      impostazioni: { anno: "duemila", colore: "blu" },
      decimali: ";",
      extra: 1,
      $commento: "le chiavi con $ o _ sono libere",
    });
    const errors = "errors" in read ? read.errors : [];
    // every mistake in both languages, the same place named first
    for (const e of errors) expect(e.en.split(": ")[0]).toBe(e.it.split(": ")[0]);
    expect(errors.map((e) => e.it)).toEqual([
      expect.stringMatching(/^extra: chiave non prevista/),
      expect.stringMatching(/^obiettivi › Codice: «estrai» non è un'espressione regolare valida/),
      expect.stringMatching(
        /^obiettivi › Titolo: non è una colonna della tabella\. Le colonne sono: Codice, Anno/,
      ),
      "obiettivi › Raggiungimento complessivo %: è una colonna calcolata dal programma: non si importa",
      "obiettivi › Peso obiettivo: «scala» deve essere un numero diverso da zero, trovato 0",
      "indicatori › Descrizione: «modello» deve essere un testo con almeno una {Colonna}",
      "indicatori › Tipo: «valore» deve essere un testo, un numero o vero/falso, trovato null",
      'decimali: vale "," oppure ".", trovato ";"',
      'periodo › valori › 1: serve un mese AAAA-MM (es. 2024-03), trovato "marzo"',
      'impostazioni › anno: "duemila" non è un valore valido',
      expect.stringMatching(/^impostazioni › colore: impostazione sconosciuta/),
    ]);
  });

  test("senza il codice dell'obiettivo la mappa non serve", () => {
    expect(readMapping({ obiettivi: { Descrizione: "Obiettivo" } })).toEqual({
      errors: [
        {
          it:
            "mappa: manca il codice dell'obiettivo: indicarlo in «obiettivi › Codice» " +
            "(o in «Obiettivo» di fasi, indicatori o soggetti)",
          en:
            'mappa: the objective\'s code is missing: give it in "obiettivi › Codice" ' +
            '(or in "Obiettivo" of fasi, indicatori or soggetti)',
        },
      ],
    });
  });

  test("le intestazioni delle tabelle valgono senza badare a maiuscole e accenti", () => {
    const m = mapping({ obiettivi: { codice: "A", "CENTRO DI RESPONSABILITA": "B" } });
    expect([...m.tables[0].fields.keys()]).toEqual(["codice", "centroResponsabilita"]);
  });
});

describe("i valori", () => {
  test.each<[string, CellValue, string, unknown]>([
    ["numero italiano", "1.234,5", ",", 1234.5],
    ["numero col punto", "1,234.5", ".", 1234.5],
    ["percentuale", "12,5 %", ",", 12.5],
    ["euro", "€ 3.500,00", ",", 3500],
    ["migliaia separate da spazi", "1 234,50", ",", 1234.5],
    ["testo in una colonna di numeri: resta", "n.d.", ",", "n.d."],
    ["numero di una cella", 42, ".", 42],
  ])("%s", (_name, raw, decimal, expected) => {
    const col = INDICATORI.columns.find((c) => c.key === "valoreAtteso")!;
    expect(convertValue(col, raw, decimal as "," | ".")).toEqual(expected);
  });

  test.each<[string, CellValue, unknown]>([
    ["data italiana", "31/12/2024", "2024-12-31"],
    ["data di un database", "2024-12-31 00:00:00", "2024-12-31"],
    ["data di una cella", 45657, "2024-12-31"],
    ["non una data: resta", "fine anno", "fine anno"],
  ])("%s", (_name, raw, expected) => {
    const col = FASI.columns.find((c) => c.key === "finePrevista")!;
    expect(convertValue(col, raw, ",")).toEqual(expected);
  });

  test.each<[string, string, unknown]>([
    ["tipo", "efficacia", "EFFICACIA"],
    ["tipo sconosciuto: resta", "Outcome", "Outcome"],
    ["unita", "%", "percentuale"],
    ["unita", "n.", "numero"],
    ["polarita", "Decrescente", "decrescente"],
  ])("elenco %s: «%s»", (key, raw, expected) => {
    const col = INDICATORI.columns.find((c) => c.key === key.replace(/ .*/, ""))!;
    expect(convertValue(col, raw, ",")).toEqual(expected);
  });

  test("testi: spazi e a capo normalizzati; nelle note gli a capo restano", () => {
    const descrizione = OBIETTIVI.columns.find((c) => c.key === "descrizione")!;
    const note = OBIETTIVI.columns.find((c) => c.key === "note")!;
    expect(convertValue(descrizione, "  Ridurre\r\n i  tempi\t", ",")).toBe("Ridurre i tempi");
    expect(convertValue(note, "prima riga \r\n\r\n seconda\rterza", ",")).toBe(
      "prima riga\nseconda\nterza",
    );
  });

  test("scala: le frazioni diventano percentuali senza rumore", () => {
    const col = FASI.columns.find((c) => c.key === "avanzamento")!;
    expect(convertValue(col, "0,145", ",", 100)).toBe(14.5);
    expect(convertValue(col, 0.07, ",", 100)).toBe(7);
  });

  test("il separatore dei decimali si riconosce dai numeri che non sono ambigui", () => {
    expect(detectDecimalSeparator(["1.234", "12.5", "7"])).toBe(".");
    expect(detectDecimalSeparator(["1.234", "12,5"])).toBe(",");
    expect(detectDecimalSeparator(["1.234", "testo"])).toBe(",");
    expect(readNumber("1.234", ".")).toBe(1.234);
    expect(readNumber("1.234", ",")).toBe(1234);
  });
});

describe("il motore", () => {
  const headers = [
    "Esercizio",
    "Obiettivo",
    "Servizio",
    "Azione",
    "Peso %",
    "Indicatore",
    "Unità",
    "Target",
    "Trimestre",
    "Consuntivo",
  ];
  const json = {
    ...DOC_EXAMPLE,
    filtro: { Esercizio: ["2024"] },
    periodo: { colonna: "Trimestre", valori: { "1": "2024-03", "2": "2024-06", "3": "2024-09" } },
  };
  /** a row without an objective code */
  const SUPPORT = "2024|Attività di supporto|Segreteria|Riunioni|100|Incontri|n.|4|1|1".split("|");
  const rows: CellValue[][] = [
    ["2023", "OB1 - Strade", "Viabilità", "Asfalti", "100", "Km", "km", "10", "3", "9"],
    ["2024", "OB1 - Strade", "Viabilità", "Asfalti", "100", "Km", " km ", "12,5", "1", "2,5"],
    ["2024", "OB1 - Strade", "Viabilita'", "Asfalti", "100", "Km", "km", "12,5", "3", "9,1"],
    ["2024", "OB1 - Strade", "Viabilità", "Asfalti", "100", "Km", "km", "12,5", "2", "n.d."],
    SUPPORT,
    ["2024", "OB2 - Scuole", "Edilizia", "Antincendio", "60", "Scuole", "n.", "6", "1", ""],
    ["2024", "OB2 - Scuole", "Edilizia", "Progetti", "40", "Scuole", "n.", "6", "2", "2"],
  ];
  const result = run(json, headers, rows);

  test("filtro, codice estratto, righe rifiutate con il motivo", () => {
    expect(result.sourceRows).toBe(7);
    expect(result.filtered).toBe(1);
    expect(result.model.obiettivi.map((o) => [o.codice, o.descrizione, o.anno])).toEqual([
      ["OB1", "OB1 - Strade", 2024],
      ["OB2", "OB2 - Scuole", 2024],
    ]);
    expect(result.rejected).toEqual([
      {
        row: 6,
        reason: {
          it: "manca il codice dell'obiettivo: «Attività di supporto» (colonna «Obiettivo») non corrisponde a «^(OB\\d+)»",
          en: 'the objective\'s code is missing: "Attività di supporto" (column "Obiettivo") does not match "^(OB\\d+)"',
        },
        cells: SUPPORT,
      },
    ]);
  });

  test("stesso campo con valori diversi: vale il primo, il conflitto ha le due righe", () => {
    expect(result.conflicts).toEqual([
      {
        table: "obiettivi",
        key: "OB1",
        field: "Centro di responsabilità",
        kept: "Viabilità",
        discarded: "Viabilita'",
        places: [{ row: 3 }, { row: 4 }],
      },
    ]);
  });

  test("fasi e indicatori: uno per (obiettivo, descrizione), numerati in ordine", () => {
    expect(result.model.fasi.map((f) => [f.obiettivo, f.numero, f.descrizione, f.peso])).toEqual([
      ["OB1", 1, "Asfalti", 100],
      ["OB2", 1, "Antincendio", 60],
      ["OB2", 2, "Progetti", 40],
    ]);
    expect(result.model.indicatori.map((i) => [i.obiettivo, i.numero, i.descrizione])).toEqual([
      ["OB1", 1, "Km (km)"],
      ["OB2", 1, "Scuole (n.)"],
    ]);
  });

  test("periodi: l'ultimo valore è quello corrente, ogni periodo una riga del registro", () => {
    expect(result.model.indicatori.map((i) => [i.valoreAtteso, i.valoreRaggiunto])).toEqual([
      [12.5, 9.1],
      [6, 2],
    ]);
    expect(
      result.model.rilevazioni.map((r) => [
        r.periodo,
        r.obiettivo,
        r.numero,
        r.valorePrecedente,
        r.valoreNuovo,
        r.nota,
      ]),
    ).toEqual([
      ["2024-03", "OB1", 1, null, 2.5, "Importato da piano.csv, riga 3"],
      ["2024-06", "OB1", 1, 2.5, "n.d.", "Importato da piano.csv, riga 5"],
      ["2024-09", "OB1", 1, "n.d.", 9.1, "Importato da piano.csv, riga 4"],
      ["2024-06", "OB2", 1, null, 2, "Importato da piano.csv, riga 8"],
    ]);
    expect(result.model.rilevazioni[0]).toMatchObject({
      elemento: "Indicatore",
      campo: "valoreRaggiunto",
      utente: "prova",
      timestamp: "2024-10-01T09:00:00",
    });
    expect(result.model.impostazioni).toMatchObject({ anno: 2024, periodoRiferimento: "2024-09" });
    expect(result.settings).toEqual(["periodoRiferimento", "anno"]);
  });

  test("unità, polarità e regola non mappate: le regole di docs/importa.md", () => {
    expect(result.model.indicatori[0]).toMatchObject({
      unita: "numero",
      polarita: "crescente",
      regola: "lineare",
    });
  });

  test("valori costanti e numeri di fase mappati", () => {
    const r = run(
      {
        obiettivi: { Codice: "Cod", Stato: { valore: "in corso" } },
        fasi: { Obiettivo: "Cod", "N. fase": "N", Descrizione: "Fase" },
      },
      ["Cod", "N", "Fase"],
      [
        ["A", "2", "Seconda"],
        ["A", "1", "Prima"],
        ["A", "2", "Seconda, altro nome"],
      ],
    );
    expect(r.model.obiettivi[0].stato).toBe("In Corso");
    expect(r.model.fasi.map((f) => [f.numero, f.descrizione])).toEqual([
      [2, "Seconda"],
      [1, "Prima"],
    ]);
    expect(r.conflicts).toHaveLength(1);
  });

  test("le colonne PIAO, facoltative, si possono riempire come le altre", () => {
    const r = run(
      {
        obiettivi: { Codice: "Cod", "Valore pubblico": "VP", "Ambiti trasversali": "Ambiti" },
        indicatori: {
          Obiettivo: "Cod",
          Descrizione: "Ind",
          Baseline: "Base",
          "Anno baseline": "Anno",
          "Fonte dei dati": "Fonte",
          "Frequenza di rilevazione": "Freq",
        },
      },
      ["Cod", "VP", "Ambiti", "Ind", "Base", "Anno", "Fonte", "Freq"],
      [
        [
          "A",
          "Città accessibile",
          "PNRR; digitalizzazione",
          "Pratiche",
          "1.234,5",
          "2022",
          "ISTAT",
          "Trimestrale",
        ],
      ],
    );
    expect(r.model.obiettivi[0]).toMatchObject({
      valorePubblico: "Città accessibile",
      ambiti: "PNRR; digitalizzazione",
      strategicoDup: "",
    });
    expect(r.model.indicatori[0]).toMatchObject({
      baseline: 1234.5,
      annoBaseline: 2022,
      fonte: "ISTAT",
      frequenza: "trimestrale",
      valoreAttesoAnnoDopo: null,
    });
  });

  test("i valori del periodo si riconoscono senza badare a maiuscole e spazi", () => {
    const r = run(
      {
        periodo: { colonna: "T", valori: { "I trimestre": "2024-03", "II trimestre": "2024-06" } },
        obiettivi: { Codice: "Cod" },
        indicatori: { Obiettivo: "Cod", Descrizione: "Ind", "Valore raggiunto": "V" },
      },
      ["Cod", "T", "Ind", "V"],
      [
        ["A", " I Trimestre", "Pratiche", "3"],
        ["A", "II  TRIMESTRE", "Pratiche", "5"],
      ],
    );
    expect(r.rejected).toEqual([]);
    expect(r.model.rilevazioni.map((x) => x.periodo)).toEqual(["2024-03", "2024-06"]);
  });

  test("una fase senza descrizione non si importa, con un avviso", () => {
    const r = run(
      {
        obiettivi: { Codice: "Cod" },
        fasi: { Obiettivo: "Cod", Descrizione: "Fase", Peso: "Peso" },
      },
      ["Cod", "Fase", "Peso"],
      [["A", "", "50"]],
    );
    expect(r.model.fasi).toEqual([]);
    expect(r.warnings).toEqual([
      {
        place: { row: 2 },
        message: {
          it: "riga 2: fasi senza identità (manca «Descrizione»): valori non importati",
          en: 'row 2: fasi without identity ("Descrizione" is missing): values not imported',
        },
      },
    ]);
  });
});

// ---- properties -----------------------------------------------------------------------

const CODES = ["OB1", "OB2", "OB3", ""];
const PHASES = ["Analisi", "Gara", "Lavori", ""];
const row = fc.record({
  code: fc.constantFrom(...CODES),
  phase: fc.constantFrom(...PHASES),
  weight: fc.constantFrom("", "30", "70", "100"),
  period: fc.constantFrom("1", "2", "3", "4"),
  value: fc.constantFrom("", "1", "2,5", "10"),
});

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

describe("proprietà del motore", () => {
  const phasesJson = {
    obiettivi: { Codice: "Cod" },
    fasi: { Obiettivo: "Cod", Descrizione: "Fase", Peso: "Peso" },
  };
  /** the generated rows through a mapping of objectives and phases */
  const importPhases = (rows: readonly { code: string; phase: string; weight: string }[]) =>
    run(
      phasesJson,
      ["Cod", "Fase", "Peso"],
      rows.map((x) => [x.code, x.phase, x.weight]),
    );

  test("obiettivi = codici distinti nell'ordine; rifiutate = righe senza codice", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const r = importPhases(rows);
        expect(r.model.obiettivi.map((o) => o.codice)).toEqual(
          unique(rows.map((x) => x.code).filter(Boolean)),
        );
        expect(r.rejected.map((x) => x.row)).toEqual(
          rows.map((x, i) => (x.code === "" ? i + 2 : 0)).filter((n) => n > 0),
        );
      }),
    );
  });

  test("una fase per (obiettivo, descrizione), numerate 1..n; il peso è il primo non vuoto", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const r = importPhases(rows);
        const kept = rows.filter((x) => x.code !== "" && x.phase !== "");
        for (const code of unique(kept.map((x) => x.code))) {
          const mine = r.model.fasi.filter((f) => f.obiettivo === code);
          const names = unique(kept.filter((x) => x.code === code).map((x) => x.phase));
          expect(mine.map((f) => f.descrizione)).toEqual(names);
          expect(mine.map((f) => f.numero)).toEqual(names.map((_n, i) => i + 1));
          for (const f of mine) {
            const weights = kept
              .filter((x) => x.code === code && x.phase === f.descrizione && x.weight !== "")
              .map((x) => Number(x.weight));
            expect(f.peso).toEqual(weights[0] ?? null);
            const clashes = r.conflicts.filter((c) => c.key === `${code} / ${f.numero}`);
            expect(clashes.map((c) => c.discarded)).toEqual(
              weights.filter((w) => w !== weights[0]),
            );
          }
        }
      }),
    );
  });

  test("periodi: corrente = valore dell'ultimo periodo con un valore; una riga di registro per periodo", () => {
    const json = {
      periodo: {
        colonna: "T",
        valori: { "1": "2024-03", "2": "2024-06", "3": "2024-09", "4": "2024-12" },
      },
      obiettivi: { Codice: "Cod" },
      indicatori: {
        Obiettivo: "Cod",
        Descrizione: { valore: "Indicatore" },
        "Valore raggiunto": "Valore",
      },
    };
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const r = run(
          json,
          ["Cod", "T", "Valore"],
          rows.map((x) => [x.code, x.period, x.value]),
        );
        for (const code of unique(rows.map((x) => x.code).filter(Boolean))) {
          // the first value of each period counts
          const byPeriod = new Map<string, string>();
          for (const x of rows) {
            if (x.code === code && x.value !== "" && !byPeriod.has(x.period))
              byPeriod.set(x.period, x.value);
          }
          const periods = [...byPeriod.keys()].sort();
          const expected = periods.map((p) => Number(byPeriod.get(p)!.replace(",", ".")));
          const log = r.model.rilevazioni.filter((l) => l.obiettivo === code);
          expect(log.map((l) => l.valoreNuovo)).toEqual(expected);
          expect(log.map((l) => l.valorePrecedente)).toEqual(
            expected.map((_v, i) => (i === 0 ? null : expected[i - 1])),
          );
          const indicator = r.model.indicatori.find((i) => i.obiettivo === code);
          expect(indicator?.valoreRaggiunto).toEqual(expected[expected.length - 1] ?? null);
        }
      }),
    );
  });

  test("estrai dà il primo gruppo, o tutta la corrispondenza; modello unisce i valori ripuliti", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "Z", " ", "\n", "1", "-"), maxLength: 12 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), text, text, (n, a, b) => {
        const r = run(
          {
            obiettivi: {
              Codice: { colonna: "Ob", estrai: "OB(\\d+)" },
              Descrizione: { modello: "{A} / {B}" },
              Note: { colonna: "Ob", estrai: "OB\\d+" },
            },
          },
          ["Ob", "A", "B"],
          [[`${a}OB${n}-${b}`, a, b]],
        );
        const o = r.model.obiettivi[0];
        expect(o.codice).toBe(String(n));
        expect(o.note).toBe(`OB${n}`);
        expect(o.descrizione).toBe(oneLine(`${oneLine(a)} / ${oneLine(b)}`));
      }),
    );
  });

  test("testi normalizzati: nessun a capo né spazi doppi, e rinormalizzare non cambia nulla", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "\t", "\r", "\n", "è") }), (s) => {
        const once = oneLine(s);
        expect(once).not.toMatch(/[\r\n\t]| {2}|^ | $/);
        expect(oneLine(once)).toBe(once);
      }),
    );
  });
});
