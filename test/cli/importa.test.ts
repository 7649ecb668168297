/**
 * `schede-peg importa` from outside, through the real launcher: reports (.txt and .pdf),
 * long-format exports (.csv in two dialects, .xlsx) with and without a mapping, the
 * rejected-rows file, --anteprima, --json, and the refusals with exit code 2.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { parseCsv } from "../../src/core/import/csv";
import { PackageParts } from "../../src/adapters/xlsx-file/package/zip";
import { readModelFromXlsx, writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { samplePeg } from "../../src/core/sample";
import type { ImportaSummary } from "../../src/cli/commands/importa-report";
import type { VerificaReport } from "../../src/cli/report";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { fixturePath } from "../core/import/fixtures";
import { EXPECTED_2024 } from "../core/import/report-2024.expected";
import { TITLE_ROWS, monitoraggioXlsx } from "../fixtures/import/sheet-xlsx";
import { reportPdf } from "../fixtures/import/text-pdf";
import { hasCommand } from "../print/pdf-tools";
import { cli } from "./run";

const tmp = tempDir();
afterAll(() => tmp.remove());

const SAMPLE_REPORT = "docs/fonte/scheda-obiettivi-2021.txt";
const CP1252 = fixturePath("monitoraggio-2024-cp1252.csv");
const CP1252_MAP = fixturePath("monitoraggio-2024-cp1252.mappa.json");
const UTF8 = fixturePath("monitoraggio-2024-utf8.csv");

function summary(stdout: string): ImportaSummary {
  return JSON.parse(stdout) as ImportaSummary;
}

/** Runs the command and checks its exit code and that it wrote nothing on stderr. */
function runOk(args: string[], status: number): ReturnType<typeof cli> {
  const r = cli(args);
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status, stderr: "" });
  return r;
}

describe("report SCHEDA OBIETTIVI", () => {
  test("il report del campione diventa la cartella di esempio: stessi dati, stessa verifica", async () => {
    const out = tmp.file("da-report.xlsx");
    const r = runOk(["importa", SAMPLE_REPORT, "-o", out], 0);
    expect(r.stdout).toContain("Importati: 31 obiettivi, 55 fasi, 61 indicatori, 21 soggetti");
    const { model } = await readModelFromXlsx(out);
    const strip = <T extends { origin?: unknown }>(rows: T[]) =>
      rows.map(({ origin: _o, ...rest }) => rest);
    const sample = samplePeg();
    expect(strip(model.obiettivi)).toEqual(sample.obiettivi);
    expect(strip(model.fasi)).toEqual(sample.fasi);
    expect(strip(model.indicatori)).toEqual(sample.indicatori);
    expect(strip(model.soggetti)).toEqual(sample.soggetti);
    expect(model.impostazioni).toEqual(sample.impostazioni);

    const esempio = tmp.file("esempio.xlsx");
    expect(cli(["esempio", "-o", esempio]).status).toBe(0);
    const verify = (file: string) => {
      const v = cli(["verifica", file, "--json"]);
      const report = JSON.parse(v.stdout) as VerificaReport;
      return { status: v.status, issues: report.issues, results: report.results };
    };
    expect(verify(out)).toEqual(verify(esempio));
  });

  const pdfTest = hasCommand("pdftotext", "-v") ? test : test.skip;
  if (!hasCommand("pdftotext", "-v")) {
    console.warn(
      "pdftotext non è installato (poppler-utils): il test dell'importazione da PDF è saltato.",
    );
  }

  pdfTest("un PDF (letto con pdftotext) dà gli stessi dati del suo testo", async () => {
    const pdf = tmp.file("report-2024.pdf");
    writeFileSync(pdf, reportPdf(readFileSync(fixturePath("report-2024.txt"), "utf8")));
    const out = tmp.file("report-2024.xlsx");
    const r = runOk(["importa", pdf, "-o", out, "--json"], 0);
    const s = summary(r.stdout);
    expect(s.read).toMatch(/^report PDF letto con pdftotext/);
    expect(s.counts).toMatchObject({
      objectives: 5,
      phases: 12,
      indicators: 9,
      subjects: 4,
      rejected: 0,
    });
    const { model } = await readModelFromXlsx(out);
    expect(model.fasi.map(({ origin: _o, ...f }) => f)).toEqual(EXPECTED_2024.fasi);
    expect(model.indicatori.map(({ origin: _o, ...i }) => i)).toEqual(EXPECTED_2024.indicatori);
    expect(model.impostazioni.ente).toBe("Comune di Roccaforte Marittima");
  });

  test("pdftotext mancante: come installarlo, uscita 2", () => {
    const pdf = tmp.file("senza-poppler.pdf");
    writeFileSync(pdf, reportPdf("SCHEDA OBIETTIVI\n"));
    const r = cli(["importa", pdf, "-o", tmp.file("x.xlsx")], { PATH: "/nessuna/cartella" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("sudo apt-get install poppler-utils");
  });
});

describe("esportazione in formato lungo con la mappa (Windows-1252, punto e virgola)", () => {
  const out = tmp.file("monitoraggio.xlsx");
  let run: ReturnType<typeof cli>;
  beforeAll(() => {
    run = cli(["importa", CP1252, "--mappa", CP1252_MAP, "-o", out, "--json"]);
  });

  test("resoconto JSON: conteggi, aggiunti, conflitti, righe rifiutate; uscita 1", () => {
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: "" });
    const s = summary(run.stdout);
    expect(s.counts).toEqual({
      sourceRows: 18,
      filtered: 2,
      objectives: 3,
      phases: 4,
      indicators: 5,
      subjects: 0,
      readings: 13,
      added: 12,
      updated: 0,
      conflicts: 1,
      rejected: 1,
      warnings: 0,
    });
    expect(s.added.slice(0, 4)).toEqual([
      { table: "Obiettivi", key: "OB01" },
      { table: "Obiettivi", key: "OB02" },
      { table: "Obiettivi", key: "OB03" },
      { table: "Fasi", key: "OB01 / 1" },
    ]);
    expect(s.conflicts).toEqual([
      {
        table: "Obiettivi",
        key: "OB02",
        field: "Centro di responsabilità",
        kept: "Viabilità",
        discarded: "Viabilita'",
        rows: [6, 11],
      },
    ]);
    expect(s.rejected).toEqual([
      { row: 14, reason: expect.stringContaining("manca il codice dell'obiettivo") },
    ]);
    expect(s.rejectedFile).toBe(out.replace(/\.xlsx$/, "-scartate.csv"));
  });

  test("la cartella: obiettivi, indicatori, atteso, ultimo valore e una rilevazione per periodo", async () => {
    const { model } = await readModelFromXlsx(out);
    expect(model.impostazioni).toMatchObject({
      ente: "Provincia di Monteverde",
      anno: 2024,
      periodoRiferimento: "2024-09",
    });
    expect(
      model.obiettivi.map((o) => [o.codice, o.descrizione, o.centroResponsabilita, o.stato]),
    ).toEqual([
      [
        "OB01",
        "OB01 - Ridurre i tempi di rilascio delle autorizzazioni ambientali",
        "Ambiente e Territorio",
        "In Corso",
      ],
      [
        "OB02",
        "OB02 - Manutenzione straordinaria della rete stradale provinciale",
        "Viabilità",
        "In Corso",
      ],
      [
        "OB03",
        "OB03 - Potenziamento dell’edilizia scolastica provinciale",
        "Edilizia scolastica",
        "In Corso",
      ],
    ]);
    expect(
      model.indicatori.map((i) => [
        i.obiettivo,
        i.numero,
        i.descrizione,
        i.valoreAtteso,
        i.valoreRaggiunto,
      ]),
    ).toEqual([
      ["OB01", 1, "Tempo medio di rilascio; dalla domanda al provvedimento (giorni)", 45, 47.5],
      ["OB01", 2, "Istanze presentate online (%)", 80, 71.25],
      ["OB02", 1, "Km di strade riasfaltate (km)", 12.5, 9.1],
      ["OB02", 2, "Spesa impegnata (€)", 1250000, 780450.3],
      ["OB03", 1, "Istituti adeguati (n.)", 6, 2],
    ]);
    expect(model.indicatori[4].note).toBe("Sopralluoghi completati\nin attesa del parere VVF");
    expect(
      model.rilevazioni.map(
        (r) => `${r.obiettivo}/${r.numero} ${r.periodo} ${String(r.valoreNuovo)}`,
      ),
    ).toEqual([
      "OB01/1 2024-03 58",
      "OB01/1 2024-06 51",
      "OB01/1 2024-09 47.5",
      "OB01/2 2024-03 62.5",
      "OB01/2 2024-06 71.25",
      "OB02/1 2024-03 2.3",
      "OB02/1 2024-06 5.8",
      "OB02/1 2024-09 9.1",
      "OB02/2 2024-03 310000",
      "OB02/2 2024-06 n.d.",
      "OB02/2 2024-09 780450.3",
      "OB03/1 2024-03 1",
      "OB03/1 2024-06 2",
    ]);
  });

  test("le righe rifiutate in un CSV accanto, che Excel apre così com'è", () => {
    const text = readFileSync(out.replace(/\.xlsx$/, "-scartate.csv"), "utf8");
    expect(text.startsWith("\ufeffRiga;Motivo;Esercizio;Servizio;")).toBe(true);
    const rows = parseCsv(text.slice(1), ";").filter((r) => r.length > 1);
    expect(rows[1].slice(0, 1)).toEqual(["14"]);
    expect(rows[1][5]).toBe("Attività trasversali di supporto");
  });

  test("verifica e genera funzionano sul risultato", () => {
    const v = cli(["verifica", out, "--json"]);
    expect(v.status).toBe(1); // the export has no planned dates: verifica asks for them
    const report = JSON.parse(v.stdout) as VerificaReport;
    expect(report.counts).toEqual({ objectives: 3, phases: 4, indicators: 5 });
    expect(report.results.map((x) => x.code)).toEqual(["OB01", "OB02", "OB03"]);
    const g = cli(["genera", out, "-o", tmp.file("monitoraggio-schede.xlsx")]);
    expect(g.status).toBe(0);
    expect(g.stdout).toContain("3 schede");
  });
});

describe("senza mappa: proposta dalle intestazioni", () => {
  test("UTF-8, virgola e punto: la mappa proposta è stampata e usata", () => {
    const out = tmp.file("utf8.xlsx");
    const r = cli(["importa", UTF8, "-o", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("CSV, separatore virgola, UTF-8, decimali con il punto");
    expect(r.stdout).toContain("Mappa proposta dalle intestazioni");
    expect(r.stdout).toContain('"Valore raggiunto": "Valore rilevato"');
    expect(r.stdout).toContain(
      "Importati: 3 obiettivi, 4 fasi, 5 indicatori, 0 soggetti, 13 rilevazioni",
    );
  });

  test("la stessa esportazione, come foglio .xlsx, dà lo stesso resoconto del CSV", async () => {
    const xlsx = tmp.file("export.xlsx");
    writeFileSync(xlsx, await monitoraggioXlsx());
    const fromCsv = summary(cli(["importa", UTF8, "--anteprima", "--json"]).stdout);
    const fromXlsx = summary(cli(["importa", xlsx, "--anteprima", "--json"]).stdout);
    expect(fromXlsx.read).toBe("foglio «Export», decimali con la virgola");
    expect(fromXlsx.counts).toEqual(fromCsv.counts);
    expect(fromXlsx.added).toEqual(fromCsv.added);
    expect(fromXlsx.mappa).toEqual(fromCsv.mappa);
    // rows as the sheet numbers them: rows of title above the headers
    expect(fromXlsx.rejected.map((x) => x.row)).toEqual(
      fromCsv.rejected.map((x) => x.row + TITLE_ROWS),
    );
  });
});

test("un foglio con date e percentuali formattate: si leggono come le mostra Excel", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Avanzamento");
  ws.addRow(["Codice", "Fase", "Mese", "Avanzamento"]);
  ws.addRow(["A1", "Gara", new Date(Date.UTC(2024, 2, 31)), 0.25]);
  ws.addRow(["A1", "Gara", new Date(Date.UTC(2024, 5, 30)), 0.85]);
  ws.getColumn(3).numFmt = "dd/mm/yyyy";
  ws.getColumn(4).numFmt = "0%";
  const xlsx = tmp.file("avanzamento.xlsx");
  await wb.xlsx.writeFile(xlsx);
  const map = tmp.file("avanzamento.json");
  writeFileSync(
    map,
    JSON.stringify({
      periodo: { colonna: "Mese" },
      obiettivi: { Codice: "Codice" },
      fasi: { Obiettivo: "Codice", Descrizione: "Fase", "Avanzamento %": "Avanzamento" },
    }),
  );
  const out = tmp.file("avanzamento-out.xlsx");
  runOk(["importa", xlsx, "--mappa", map, "-o", out], 0);
  const { model } = await readModelFromXlsx(out);
  expect(model.fasi[0].avanzamento).toBe(85);
  expect(model.rilevazioni.map((r) => [r.periodo, r.valoreNuovo])).toEqual([
    ["2024-03", 25],
    ["2024-06", 85],
  ]);
  expect(model.impostazioni.periodoRiferimento).toBe("2024-06");
});

describe("--anteprima e rifiuti", () => {
  test("--anteprima non scrive nulla e dice cosa aggiungerebbe", () => {
    const out = tmp.file("mai-scritto.xlsx");
    const r = cli(["importa", CP1252, "--mappa", CP1252_MAP, "-o", out, "--anteprima"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Si aggiungerebbero: 3 obiettivi");
    expect(r.stdout).toContain("  Obiettivi: OB01, OB02, OB03");
    expect(r.stdout).toContain("Anteprima: nessun file scritto.");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(out.replace(/\.xlsx$/, "-scartate.csv"))).toBe(false);
  });

  test.each<[string, string[], RegExp]>([
    ["--in senza -o", ["importa", CP1252, "--in", "a.xlsx"], /Con --in serve anche -o/],
    ["senza -o", ["importa", CP1252], /Manca il file da scrivere/],
    [
      "estensione sconosciuta",
      ["importa", "piano.ods", "-o", "b.xlsx"],
      /Non so importare «piano.ods»/,
    ],
    [
      "mappa con un report",
      ["importa", SAMPLE_REPORT, "--mappa", CP1252_MAP, "-o", "b.xlsx"],
      /--mappa vale per i file .csv e .xlsx/,
    ],
    [
      "--valori sbagliato",
      ["importa", SAMPLE_REPORT, "--valori", "atteso,atteso", "-o", "b.xlsx"],
      /--valori «atteso,atteso» non valido/,
    ],
    [
      "file mancante",
      ["importa", "non-esiste.csv", "-o", "b.xlsx"],
      /Il file «non-esiste.csv» non esiste/,
    ],
  ])("%s: uscita 2", (_name, argv, message) => {
    const r = cli(argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  test.each<[string, string, string, (file: string) => string[], string[]]>([
    [
      "una mappa sbagliata: ogni errore elencato",
      "sbagliata.json",
      JSON.stringify({ obiettivi: { Codice: "Cod", Colore: "X" } }),
      (map) => [CP1252, "--mappa", map],
      ["obiettivi › Colore: non è una colonna della tabella"],
    ],
    [
      "una mappa che nomina colonne assenti: quali mancano e quali ci sono",
      "colonne.json",
      JSON.stringify({ obiettivi: { Codice: "Codice obiettivo" } }),
      (map) => [CP1252, "--mappa", map],
      ["la colonna «Codice obiettivo» della mappa non c'è nel file", "«Esercizio», «Servizio»"],
    ],
    [
      "intestazioni da cui non si ricava il codice: la mappa proposta è stampata",
      "senza-codice.csv",
      "Descrizione obiettivo;Target\nRidurre i tempi;30\n",
      (csv) => [csv],
      ["manca il codice dell'obiettivo", '"Descrizione": "Descrizione obiettivo"'],
    ],
    [
      "un testo che non è un report",
      "lettera.txt",
      "Gentile dottoressa,\nle scrivo per…\n",
      (txt) => [txt],
      ["non sembra un report «SCHEDA OBIETTIVI»"],
    ],
  ])("%s: uscita 2", (_name, name, content, args, messages) => {
    const file = tmp.file(name);
    writeFileSync(file, content);
    const r = cli(["importa", ...args(file), "-o", tmp.file("b.xlsx")]);
    expect(r.status).toBe(2);
    for (const m of messages) expect(r.stderr).toContain(m);
  });
});

describe("--in: the import merged into an existing workbook", () => {
  it("adds what the workbook lacks, updates and logs what changed, keeps every other part", async () => {
    const full = samplePeg();
    const [gone, ...kept] = [...full.obiettivi].reverse();
    const existing = {
      ...full,
      obiettivi: kept.reverse(),
      fasi: full.fasi.filter((f) => f.obiettivo !== gone.codice),
      indicatori: full.indicatori
        .filter((i) => i.obiettivo !== gone.codice)
        .map((i, n) => (n === 0 ? { ...i, valoreAtteso: 999 } : i)),
      soggetti: full.soggetti.filter((x) => x.obiettivo !== gone.codice),
    };
    const changed = existing.indicatori[0];
    const into = tmp.file("esistente.xlsx");
    await writeModelXlsx(existing, into);
    const out = tmp.file("unito.xlsx");
    const r = cli(["importa", SAMPLE_REPORT, "--in", into, "-o", out, "--json"]);
    expect(r.stderr).toBe("");
    const s = summary(r.stdout);
    expect(s.added).toEqual(expect.arrayContaining([{ table: "Obiettivi", key: gone.codice }]));
    expect(s.added.filter((a) => a.table === "Obiettivi")).toHaveLength(1);
    expect(s.updated).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: "Valore atteso", before: 999 })]),
    );
    const { model } = await readModelFromXlsx(out);
    const byCode = (m: { obiettivi: { codice: string }[] }) =>
      m.obiettivi.map((o) => o.codice).sort();
    expect(byCode(model)).toEqual(byCode(full));
    expect(model.fasi).toHaveLength(full.fasi.length);
    const back = model.indicatori.find(
      (i) => i.obiettivo === changed.obiettivo && i.numero === changed.numero,
    );
    expect(back?.valoreAtteso).toBe(
      full.indicatori.find((i) => i === full.indicatori[0])?.valoreAtteso,
    );
    expect(model.rilevazioni).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          obiettivo: changed.obiettivo,
          campo: "valoreAtteso",
          valorePrecedente: 999,
        }),
      ]),
    );
    // the workbook's other parts are the same bytes
    const before = PackageParts.fromZip(readFileSync(into));
    const after = PackageParts.fromZip(readFileSync(out));
    const differ = before
      .names()
      .filter((p) => !Buffer.from(after.bytes(p)!).equals(Buffer.from(before.bytes(p)!)));
    expect(
      differ.every((p) => /worksheets\/sheet\d+\.xml$|tables\/table\d+\.xml$|styles\.xml$/.test(p)),
    ).toBe(true);
  });
});
