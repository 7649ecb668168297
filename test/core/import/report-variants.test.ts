/**
 * The report parser on variants the two real-layout fixtures do not have: what it cannot
 * read is reported at its page and line, values outside the lists are kept, the numbers'
 * columns can be chosen.
 */
import { parseSchedaReport } from "../../../src/core/import/report/parse";

const FRONT = [
  "SCHEDA OBIETTIVI",
  "Data elaborazione 10/02/2025",
  "",
  "Parametri selezionati:",
  "Vista DUP_2024_2026",
  "",
];

function page(
  code: string,
  body: readonly string[],
  description = "Descrizione dell'obiettivo.",
): string[] {
  return [
    "Comune di Prova SCHEDA OBIETTIVI",
    "",
    "OBIETTIVO DI PEG Assessorato Centro di Responsabilità",
    "",
    `${code} Bilancio SETTORE FINANZE`,
    "",
    description,
    "",
    "Responsabile",
    "",
    "ROSSI MARIO",
    "",
    ...body,
    "",
  ];
}

const PHASE = [
  "FASI - ATTIVITA'",
  "",
  "FASE",
  "",
  "Chiusura del rendiconto",
  "",
  "Inizio Previsto Fine Prevista",
  "",
  "Peso Avanzamento Responsabile Centro di Responsabilità NoteInizio Effettivo Fine Effettiva",
  "",
  "01/01/2024 30/04/2024 100,00 ROSSI MARIO SERVIZIO RAGIONERIA",
  "",
];

const INDICATORS_HEAD = [
  "INDICATORI",
  "",
  "Descrizione Tipo Valore Atteso Valore Raggiunto Valore Raggiunto 2023 Valore Raggiunto 2022 Note",
  "",
];

function report(...pages: string[][]): string {
  return [...FRONT, ...pages.flat()].join("\n");
}

describe("quello che non si legge è segnalato con pagina e riga", () => {
  const text = report(
    page("2024_F_01", [
      ...PHASE,
      "testo senza una sezione",
      "",
      ...INDICATORS_HEAD,
      "Indicatore rimasto senza tipo né valori",
    ]),
    ["Comune di Prova SCHEDA OBIETTIVI", "", "Riepilogo finale senza codice", ""],
  );
  const parsed = parseSchedaReport(text);
  const lines = text.split("\n");
  const rowOf = (s: string): number => lines.indexOf(s) + 1;

  test("righe non lette, in ordine, con il motivo", () => {
    expect(parsed.rejected).toEqual([
      {
        row: rowOf("testo senza una sezione"),
        page: 2,
        reason: expect.objectContaining({ it: "testo non riconosciuto dopo i valori della fase" }),
        cells: ["testo senza una sezione"],
      },
      {
        row: rowOf("Indicatore rimasto senza tipo né valori"),
        page: 2,
        reason: expect.objectContaining({
          it: "descrizione di un indicatore senza il tipo e i valori che la chiudono",
        }),
        cells: ["Indicatore rimasto senza tipo né valori"],
      },
      {
        row: rowOf("Riepilogo finale senza codice"),
        page: 3,
        reason: {
          it: "pagina senza il codice di un obiettivo",
          en: "page without an objective's code",
        },
        cells: ["Riepilogo finale senza codice"],
      },
    ]);
    expect(parsed.model.obiettivi).toHaveLength(1);
    expect(parsed.model.fasi).toHaveLength(1);
    expect(parsed.model.indicatori).toEqual([]);
  });

  test("un report elaborato dopo la fine dell'anno: il dubbio sui valori è un avviso", () => {
    expect(parsed.report.anno).toBe(2024);
    expect(parsed.warnings.map((w) => w.message.it)).toEqual([
      expect.stringContaining("--valori atteso,raggiunto,precedente,due-anni-prima"),
    ]);
  });
});

describe("valori fuori elenco e colonne dei numeri", () => {
  const body = [
    ...PHASE,
    ...INDICATORS_HEAD,
    "Tempo medio di pagamento delle fatture OUTCOME 30,00 28,00 35,00",
    "",
    "Fatture pagate entro 30 giorni EFFICACIA 1.200,00 1.100,00 900,00 850,00",
    "",
  ];

  test("un tipo sconosciuto resta com'è, per verifica", () => {
    const parsed = parseSchedaReport(report(page("2024_F_01", body)));
    expect(parsed.model.indicatori[0]).toMatchObject({
      descrizione: "Tempo medio di pagamento delle fatture",
      tipo: "OUTCOME",
      valoreAtteso: 30,
      valoreAnnoPrecedente: 28,
      valoreDueAnniPrima: 35,
    });
  });

  test("più numeri delle colonne: quelli in più vanno in Note, con un avviso", () => {
    const parsed = parseSchedaReport(report(page("2024_F_01", body)));
    expect(parsed.model.indicatori[1]).toMatchObject({ valoreAtteso: 1200, note: "850" });
    expect(parsed.warnings.map((w) => w.message.it)).toContainEqual(
      expect.stringContaining("2024_F_01 indicatore 2: 4 numeri"),
    );
  });

  test("--valori: atteso, raggiunto, anno precedente, due anni prima", () => {
    const parsed = parseSchedaReport(report(page("2024_F_01", body)), {
      valueColumns: [
        "valoreAtteso",
        "valoreRaggiunto",
        "valoreAnnoPrecedente",
        "valoreDueAnniPrima",
      ],
    });
    expect(parsed.model.indicatori[1]).toMatchObject({
      valoreAtteso: 1200,
      valoreRaggiunto: 1100,
      valoreAnnoPrecedente: 900,
      valoreDueAnniPrima: 850,
      note: "",
    });
    // the rule asked for explicitly: no doubt to report
    expect(parsed.warnings).toEqual([]);
  });
});

describe("intestazioni ripetute", () => {
  test("«segue» sulla pagina che continua la scheda", () => {
    const parsed = parseSchedaReport(
      report(
        page("2024_F_01", PHASE),
        page("2024_F_01 (segue)", [
          ...INDICATORS_HEAD,
          "Rendiconto approvato (si=1 no=0) EFFICACIA 1,00",
          "",
        ]),
      ),
    );
    expect(parsed.model.obiettivi.map((o) => o.codice)).toEqual(["2024_F_01"]);
    expect(parsed.model.indicatori).toHaveLength(1);
    expect(parsed.conflicts).toEqual([]);
  });

  test("una pagina che continua la scheda con un'altra descrizione: conflitto, vale la prima", () => {
    const parsed = parseSchedaReport(
      report(page("2024_F_01", PHASE), page("2024_F_01", [], "Un'altra descrizione.")),
    );
    expect(parsed.conflicts).toEqual([
      {
        table: "obiettivi",
        key: "2024_F_01",
        field: "Descrizione",
        kept: "Descrizione dell'obiettivo.",
        discarded: "Un'altra descrizione.",
        places: [
          { row: 11, page: 2 },
          { row: 36, page: 3 },
        ],
      },
    ]);
    expect(parsed.model.obiettivi[0].descrizione).toBe("Descrizione dell'obiettivo.");
  });

  test("una scheda che riprende dopo altre: unita alla prima, con un avviso", () => {
    const parsed = parseSchedaReport(
      report(page("2024_F_01", PHASE), page("2024_F_02", PHASE), page("2024_F_01", PHASE)),
    );
    expect(parsed.model.obiettivi.map((o) => o.codice)).toEqual(["2024_F_01", "2024_F_02"]);
    expect(parsed.model.fasi.map((f) => `${f.obiettivo}/${f.numero}`)).toEqual([
      "2024_F_01/1",
      "2024_F_01/2",
      "2024_F_02/1",
    ]);
    expect(parsed.warnings.map((w) => w.message.it)).toContainEqual(
      expect.stringContaining("la scheda 2024_F_01 riprende dopo altre schede"),
    );
  });
});

describe("collegamenti, centri e persone", () => {
  test("un collegamento che le tabelle non prevedono va in Note, con un avviso", () => {
    const parsed = parseSchedaReport(
      report(
        page("2024_F_01", [
          "Collegato a",
          "OBIETTIVO DI MANDATO: DUP_01 CONTI IN ORDINE",
          "OBIETTIVO STRATEGICO: OS_3 Riduzione dei tempi",
          "di pagamento",
          "",
          ...PHASE,
        ]),
      ),
    );
    expect(parsed.model.obiettivi[0]).toMatchObject({
      mandatoCodice: "DUP_01",
      mandato: "CONTI IN ORDINE",
      note: "OBIETTIVO STRATEGICO: OS_3 Riduzione dei tempi di pagamento",
    });
    expect(parsed.warnings.map((w) => w.message.it)).toContainEqual(
      "collegamento «OBIETTIVO STRATEGICO» non previsto dalle tabelle: copiato in Note",
    );
  });

  test("responsabile e centro che nessuna regola separa: tutto nel centro, con un avviso", () => {
    const body = PHASE.map((l) =>
      l.startsWith("01/01/2024") ? "01/01/2024 30/04/2024 100,00 GIALLI ETTORE RAGIONERIA" : l,
    );
    const text = report(page("2024_F_01", body));
    const parsed = parseSchedaReport(text);
    const row = text.split("\n").findIndex((l) => l.includes("GIALLI ETTORE")) + 1;
    expect(parsed.model.fasi[0]).toMatchObject({
      responsabile: "",
      centroResponsabilita: "GIALLI ETTORE RAGIONERIA",
    });
    expect(parsed.warnings.map((w) => w.place)).toContainEqual({ row, page: 2 });
  });
});

test("titoli scritti in altro modo e numeri di pagina del piè di pagina", () => {
  const variant = (line: string): string =>
    line === "FASI - ATTIVITA'" ? "Fasi-Attività" : line === "INDICATORI" ? "Indicatori" : line;
  const body = [
    ...PHASE.map(variant),
    ...INDICATORS_HEAD.map(variant),
    "Rendiconto approvato (si=1 no=0) EFFICACIA 1,00",
    "",
    "Pagina 2 di 3",
  ];
  const parsed = parseSchedaReport(report(page("2024_F_01", body), ["Pag. 3"]));
  expect(parsed.model.fasi).toHaveLength(1);
  expect(parsed.model.indicatori).toHaveLength(1);
  expect(parsed.rejected).toEqual([]);
});

test.each(["Comune di Prova - SCHEDA OBIETTIVI", "Comune di Prova SCHEDA OBIETTIVI 2024"])(
  "testata di pagina «%s»",
  (header) => {
    const pages = page("2024_F_01", PHASE).map((l) =>
      l.endsWith("SCHEDA OBIETTIVI") ? header : l,
    );
    const parsed = parseSchedaReport(report(pages));
    expect(parsed.report.ente).toBe("Comune di Prova");
    expect(parsed.model.fasi).toHaveLength(1);
  },
);

test("un testo senza schede non dà obiettivi", () => {
  const parsed = parseSchedaReport("Verbale della riunione\n\nNessuna scheda qui.\n");
  expect(parsed.model.obiettivi).toEqual([]);
  expect(parsed.report.pages).toBe(1);
});
