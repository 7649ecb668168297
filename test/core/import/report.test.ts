/**
 * The "SCHEDA OBIETTIVI" parser on the report the sample was transcribed from (it must give
 * the bundled sample exactly) and on a report of another ente and year written for these
 * tests (test/fixtures/import/report-2024.txt), field by field.
 */
import { parseSchedaReport } from "../../../src/core/import/report/parse";
import { samplePeg } from "../../../src/core/sample";
import data from "../../../src/core/sample/peg-2021.json";
import { REPORT_LINES } from "../sample/report";
import { REPORT_2024 } from "./fixtures";
import { EXPECTED_2024 } from "./report-2024.expected";

const SAMPLE_TEXT = REPORT_LINES.join("\n");

describe("il report del campione (docs/fonte/scheda-obiettivi-2021.txt)", () => {
  const parsed = parseSchedaReport(SAMPLE_TEXT);

  test("dà esattamente i dati di esempio, campo per campo", () => {
    expect(parsed.model).toEqual(samplePeg());
    // and the JSON as written, with its nulls and empty texts (the PIAO fields, which the
    // 2021 report lacks, are the empty ones of samplePeg above)
    expect(JSON.parse(JSON.stringify(parsed.model))).toMatchObject({ ...data, rilevazioni: [] });
  });

  test("senza righe scartate, avvisi né conflitti", () => {
    expect(parsed.rejected).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.conflicts).toEqual([]);
  });

  test("ente, anno, data ed elenco dei parametri dalla prima pagina", () => {
    expect(parsed.report).toMatchObject({
      ente: "Citta' di Cinisello Balsamo",
      anno: 2021,
      dataElaborazione: "2021-04-29",
    });
    expect(parsed.report.parameters.get("Centro di Responsabilità")).toBe(
      "08_S_2020 SETT. SOCIOEDUCATIVO E RISORSE",
    );
    expect(parsed.settings).toEqual(["ente", "anno", "vista", "periodoRiferimento"]);
    // one page of parameters, then the schede's pages
    const pages = REPORT_LINES.filter((l) => l.endsWith(" SCHEDA OBIETTIVI")).length;
    expect(parsed.report.pages).toBe(pages + 1);
  });

  test.each([
    [
      "fase senza peso",
      () => parsed.model.fasi.find((f) => f.obiettivo === "2021_S08_05")?.peso,
      null,
    ],
    [
      "fase senza responsabile",
      () =>
        parsed.model.fasi.find((f) => f.obiettivo === "2021_S08_17" && f.numero === 3)
          ?.responsabile,
      "",
    ],
    [
      "codifica si/no nella colonna Note",
      () => parsed.model.indicatori.find((i) => i.obiettivo === "2021_S08_26")?.note,
      "si=1 no=0",
    ],
    [
      "a capo veri nella «Modalità di attuazione»",
      () =>
        parsed.model.obiettivi
          .find((o) => o.codice === "2021_S08_05")
          ?.modalitaAttuazione.split("\n").length,
      4,
    ],
  ])("caso imperfetto tenuto: %s", (_name, read, expected) => {
    expect(read()).toEqual(expected);
  });

  test("lo stesso testo con CR LF e con le interruzioni di pagina di pdftotext", () => {
    const pages = SAMPLE_TEXT.replace(
      /\n(?=Citta' di Cinisello Balsamo SCHEDA OBIETTIVI)/g,
      "\n\f",
    );
    const crlf = parseSchedaReport(`${pages.replace(/\n/g, "\r\n")}\f`);
    expect(crlf.model).toEqual(samplePeg());
    expect(crlf.report.pages).toBe(parsed.report.pages);
  });
});

describe("un report di un altro ente e anno (report-2024.txt)", () => {
  const parsed = parseSchedaReport(REPORT_2024);

  test("ente, anno, vista, mese di riferimento", () => {
    expect(parsed.model.impostazioni).toMatchObject({
      ente: "Comune di Roccaforte Marittima",
      anno: 2024,
      vista: "DUP_2024_2026 DUP 2024 2026",
      periodoRiferimento: "2024-07",
    });
    expect(parsed.report.pages).toBe(9);
  });

  test.each(["obiettivi", "fasi", "indicatori", "soggetti"] as const)(
    "%s, campo per campo",
    (table) => {
      expect(parsed.model[table]).toEqual(EXPECTED_2024[table]);
    },
  );

  test("tutto letto: nessuna riga scartata, nessun avviso", () => {
    expect(parsed.rejected).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.conflicts).toEqual([]);
    expect(parsed.model.rilevazioni).toEqual([]);
  });
});
