/** The year's cycle through the real launcher: nuovo-anno, confronta, versione. */
import { readFileSync, symlinkSync } from "node:fs";
import ExcelJS from "exceljs";
import { readModelFromXlsx, writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { comparePlans } from "../../src/core/cycle/compare";
import { nextYear } from "../../src/core/cycle/next-year";
import { takeSnapshot } from "../../src/core/cycle/versions";
import type { IsoDate } from "../../src/core/model/types";
import { samplePeg } from "../../src/core/sample";
import {
  tempDir,
  withoutOrigin,
  writeModelWithVersions,
  zipPart,
} from "../adapters/xlsx-file/helpers";
import { cli, type Run } from "./run";

const tmp = tempDir();
afterAll(() => tmp.remove());

const sample = tmp.file("peg-2021.xlsx");
/** the sample with known changes: see `changed()` */
const edited = tmp.file("peg-2021-modificato.xlsx");

function changed() {
  const m = samplePeg();
  m.obiettivi[0].stato = "Concluso";
  m.obiettivi[1].stato = "Annullato";
  m.fasi[0].finePrevista = "2021-10-31" as IsoDate;
  m.indicatori[0].valoreAtteso = 2;
  m.fasi.splice(2, 1);
  return m;
}

beforeAll(async () => {
  await writeModelXlsx(samplePeg(), sample);
  await writeModelXlsx(changed(), edited);
});

/** Runs a command that must succeed quietly. */
function ok(args: readonly string[]): Run {
  const r = cli(args);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return r;
}

function expectUnusable(r: Run, message: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^Errore: /);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).toBe("");
}

describe("nuovo-anno", () => {
  it("writes the next year's plan and says what it carried", async () => {
    const out = tmp.file("peg-2022.xlsx");
    const r = ok(["nuovo-anno", sample, "-o", out]);
    expect(r.stdout).toContain("PEG 2022");
    expect(r.stdout).toContain("Riportati: 31 obiettivi, 55 fasi, 61 indicatori, 21 soggetti.");
    expect(r.stdout).toContain("2021_S08_20 → 2022_S08_20");
    expect(r.stdout).toMatch(
      /Colonne svuotate: .*Fasi \(Inizio effettivo, Fine effettiva, Avanzamento %\)/,
    );
    const back = await readModelFromXlsx(out);
    const expected = nextYear(samplePeg(), {
      fromYear: 2021,
      toYear: 2022,
      withoutConcluded: false,
    });
    expect(withoutOrigin(back.model)).toEqual(withoutOrigin(expected.model));
  });

  it("moves the PIAO targets of the next two years one year nearer", async () => {
    const source = samplePeg();
    Object.assign(source.indicatori[0], { valoreAttesoAnnoDopo: 2, valoreAttesoDueAnniDopo: 3 });
    Object.assign(source.indicatori[1], { baseline: 4, annoBaseline: 2019 });
    const file = tmp.file("peg-2021-triennale.xlsx");
    await writeModelXlsx(source, file);
    const out = tmp.file("peg-2022-triennale.xlsx");
    const r = ok(["nuovo-anno", file, "-o", out]);
    expect(r.stdout).toContain(
      "Valori attesi degli anni dopo, dove compilati: «Valore atteso anno dopo» → «Valore atteso», " +
        "«Valore atteso due anni dopo» → «Valore atteso anno dopo».",
    );
    expect(r.stdout).toMatch(/Colonne svuotate: .*Indicatori \(.*Valore atteso due anni dopo\)/);
    const [first, second] = (await readModelFromXlsx(out)).model.indicatori;
    expect(first).toMatchObject({
      valoreAtteso: 2,
      valoreAttesoAnnoDopo: 3,
      valoreAttesoDueAnniDopo: null,
    });
    expect(second).toMatchObject({
      valoreAtteso: source.indicatori[1].valoreAtteso,
      baseline: 4,
      annoBaseline: 2019,
    });
  });

  it("--json gives carried, dropped and renamed; --senza-conclusi leaves out the concluded", () => {
    const out = tmp.file("peg-2023.xlsx");
    const r = ok(["nuovo-anno", edited, "-o", out, "--senza-conclusi", "--anno", "2023", "--json"]);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(["carried", "dropped", "renamed"]);
    expect(report.dropped).toEqual([
      { codice: "2021_S08_20", reason: "Concluso" },
      { codice: "2021_S08_21", reason: "Annullato" },
    ]);
    expect(report.carried.objectives).toBe(29);
    expect(report.renamed[0]).toEqual({ from: "2021_S08_22", to: "2023_S08_22" });
  });

  it("refuses to write over the file it reads, leaving it as it was", () => {
    const before = readFileSync(sample);
    expectUnusable(cli(["nuovo-anno", sample, "-o", sample]), /lo stesso file di partenza/);
    expect(readFileSync(sample).equals(before)).toBe(true);
  });

  it("knows the file it reads behind a link", () => {
    const link = tmp.file("collegamento.xlsx");
    symlinkSync(sample, link);
    expectUnusable(cli(["nuovo-anno", sample, "-o", link]), /lo stesso file di partenza/);
  });

  it("refuses a year that is not after the plan's", () => {
    expectUnusable(
      cli(["nuovo-anno", sample, "-o", tmp.file("x.xlsx"), "--anno", "2021"]),
      /non è dopo l'anno del PEG/,
    );
  });
});

describe("confronta", () => {
  it("exits 0 and says so when nothing changed", () => {
    const r = ok(["confronta", sample, sample]);
    expect(r.stdout).toContain("Nessuna differenza");
  });

  it("--json lists exactly the changes, with these keys and the model's values", () => {
    const r = cli(["confronta", sample, edited, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const { changes, ...rest } = JSON.parse(r.stdout);
    expect(rest).toEqual({});
    const keys = ["kind", "objective", "element", "number", "name", "field", "before", "after"];
    for (const c of changes) expect(Object.keys(c)).toEqual(keys);
    const expected = comparePlans(samplePeg(), changed());
    expect(changes).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(changes.map((c: { kind: string }) => c.kind)).toEqual([
      "modificato",
      "modificato",
      "modificato",
      "modificato",
      "rimosso",
    ]);
    // dates as ISO text, numbers as numbers
    expect(changes[1]).toMatchObject({ number: 1, before: "2021-12-31", after: "2021-10-31" });
    expect(changes[2]).toMatchObject({ field: "Valore atteso", before: 1, after: 2 });
  });

  it("--json names the person whose row changed", async () => {
    const m = samplePeg();
    m.soggetti[0].impegno = 20;
    const file = tmp.file("impegno.xlsx");
    await writeModelXlsx(m, file);
    const { changes } = JSON.parse(cli(["confronta", sample, file, "--json"]).stdout);
    expect(changes).toEqual([
      expect.objectContaining({ element: "soggetto", name: m.soggetti[0].nominativo, after: 20 }),
    ]);
  });

  it("pairs the codes of two years and says so; the prospetto lists the changes", async () => {
    const next = nextYear(samplePeg(), { fromYear: 2021, toYear: 2022, withoutConcluded: false });
    next.model.fasi[0].peso = 7;
    const file = tmp.file("peg-2022.xlsx");
    await writeModelXlsx(next.model, file);
    const prospetto = tmp.file("prospetto.xlsx");
    const r = cli(["confronta", sample, file, "--prospetto", prospetto]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/Anni diversi: .*\(2021_S08_20 → 2022_S08_20\)/);
    // only the change made after nuovo-anno: not the year, dates and values it moves
    expect(r.stdout).toMatch(/solo le variazioni fatte dopo nuovo-anno/);
    expect(r.stdout).toContain("Obiettivo 2022_S08_20\n  fase 1 modificata: Peso: 100 → 7\n");
    expect(r.stdout).toContain("1 differenza in 1 obiettivo.");
    expect(r.stdout).toContain(`Scritto «${prospetto}»`);
    const sheet = zipPart(prospetto, "xl/worksheets/sheet1.xml");
    expect(sheet).toContain("PROSPETTO VARIAZIONI");
    expect(sheet).toContain("2022_S08_20");
    expect(sheet).toContain("(2021_S08_20 → 2022_S08_20)");

    const all = cli(["confronta", sample, file, "--tutto"]);
    expect(all.status).toBe(1);
    expect(all.stdout).not.toMatch(/solo le variazioni/);
    expect(all.stdout).toContain(
      "Obiettivo 2022_S08_20\n  obiettivo modificato: Anno: 2021 → 2022",
    );
    expect(all.stdout).toContain("274 differenze in 31 obiettivi.");
    expect(all.stdout).not.toMatch(/aggiunt|rimoss/);
  });

  it("across years --json lists the changes made after nuovo-anno, --tutto all of them", async () => {
    const next = nextYear(changed(), { fromYear: 2021, toYear: 2022, withoutConcluded: false });
    next.model.indicatori[0].valoreAtteso = 9;
    next.model.obiettivi[2].descrizione = "Nuova descrizione";
    const file = tmp.file("peg-2022-variato.xlsx");
    await writeModelXlsx(next.model, file);
    const { changes } = JSON.parse(cli(["confronta", edited, file, "--json"]).stdout);
    expect(changes).toEqual([
      expect.objectContaining({
        objective: "2022_S08_20",
        field: "Valore atteso",
        before: 2,
        after: 9,
      }),
      expect.objectContaining({ objective: "2022_S08_22", field: "Descrizione" }),
    ]);
    // the other way round nuovo-anno cannot be undone: field by field
    const back = JSON.parse(cli(["confronta", file, edited, "--json"]).stdout).changes;
    expect(back).toEqual(
      JSON.parse(
        JSON.stringify(comparePlans(next.model, changed(), { fromYear: 2022, toYear: 2021 })),
      ),
    );
    const all = JSON.parse(cli(["confronta", edited, file, "--json", "--tutto"]).stdout).changes;
    expect(all).toEqual(
      JSON.parse(
        JSON.stringify(comparePlans(changed(), next.model, { fromYear: 2021, toYear: 2022 })),
      ),
    );
    expect(all.length).toBeGreaterThan(200);
  });

  it("refuses a prospetto over a compared file, or --pdf without it", () => {
    expectUnusable(cli(["confronta", sample, edited, "--prospetto", edited]), /stesso file/);
    expectUnusable(cli(["confronta", sample, edited, "--pdf", tmp.dir]), /--pdf va con/);
  });

  it("prints an Italian list grouped by objective", () => {
    const r = cli(["confronta", sample, edited]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      "Obiettivo 2021_S08_20\n  obiettivo modificato: Stato: «In Corso» → «Concluso»",
    );
    expect(r.stdout).toContain("  fase 1 modificata: Fine prevista: 31/12/2021 → 31/10/2021");
    expect(r.stdout).toContain("  indicatore 1 modificato: Valore atteso: 1 → 2");
    expect(r.stdout).toMatch(/fase \d rimossa: «/);
    expect(r.stdout).toContain("5 differenze in 2 obiettivi.");
  });

  it("exits 2 on an unusable file", () => {
    expectUnusable(cli(["confronta", sample, tmp.file("non-esiste.xlsx")]), /non esiste/);
  });
});

describe("versione and confronta --versione", () => {
  const v1 = tmp.file("con-versione-1.xlsx");
  const v2 = tmp.file("con-versione-2.xlsx");

  beforeAll(() => {
    const r = ok([
      "versione",
      sample,
      "-o",
      v1,
      "--nome",
      "Piano approvato",
      "--atto",
      "delibera G.C. n. 12 del 10/02/2021",
      "--data",
      "2021-02-10",
      "--utente",
      "anna",
    ]);
    expect(r.stdout).toContain("versione 1 «Piano approvato» del 10/02/2021");
  });

  it("a version just saved equals the current tables", () => {
    const r = cli(["confronta", v1, "--versione", "1"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("la versione 1 «Piano approvato»");
  });

  it("versions add up and are compared with each other", () => {
    const r = cli(["versione", v1, "-o", v2, "--nome", "Seconda"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Versioni nel file: 1 «Piano approvato», 2 «Seconda».");
    expect(cli(["confronta", v2, "--versione", "1", "--versione", "2"]).status).toBe(0);
  });

  it("finds what changed since a version", async () => {
    const file = tmp.file("cambiato-dopo.xlsx");
    const info = {
      numero: 1,
      nome: "Piano approvato",
      atto: "",
      data: null,
      utente: "",
      foglio: "Versione 1",
    };
    await writeModelWithVersions(changed(), [{ info, snapshot: takeSnapshot(samplePeg()) }], file);
    const r = cli(["confronta", file, "--versione", "1", "--json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).changes).toHaveLength(5);
  });

  it("names the versions a file has when asked for another", () => {
    expectUnusable(
      cli(["confronta", v1, "--versione", "4"]),
      /Versioni salvate: 1 «Piano approvato»/,
    );
    expectUnusable(cli(["confronta", sample, "--versione", "1"]), /non contiene versioni/);
  });

  it("refuses a version whose copy is gone", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(v1);
    wb.removeWorksheet(wb.getWorksheet("Versione 1")!.id);
    const broken = tmp.file("senza-copia.xlsx");
    await wb.xlsx.writeFile(broken);
    expectUnusable(cli(["confronta", broken, "--versione", "1"]), /la sua copia .* manca/);
    expectUnusable(
      cli(["versione", broken, "-o", tmp.file("y.xlsx"), "--nome", "x"]),
      /senza la loro copia/,
    );
  });

  it("without -o writes into the file itself, keeping its schede", () => {
    const schede = tmp.file("con-schede.xlsx");
    expect(cli(["genera", sample, "-o", schede]).status).toBe(0);
    const r = ok(["versione", schede, "--nome", "P"]);
    expect(r.stdout).toContain(`Scritto «${schede}»: versione 1 «P»`);
    const sheets = zipPart(schede, "xl/workbook.xml");
    expect(sheets).toContain('name="2021_S08_20"');
    expect(sheets).toContain('name="Indice schede"');
    expect(cli(["confronta", schede, "--versione", "1"]).status).toBe(0);
  });

  it("-o keeps the original as it was", () => {
    const bytes = readFileSync(v1);
    ok(["versione", v1, "-o", tmp.file("altro.xlsx"), "--nome", "P"]);
    expect(readFileSync(v1).equals(bytes)).toBe(true);
  });

  it("--con, and the command line mistakes, exit 2", () => {
    expect(cli(["confronta", v2, "--versione", "1", "--con", "2"]).status).toBe(0);
    expectUnusable(cli(["confronta", v2, "--con", "2"]), /--con M va con --versione N/);
    expectUnusable(cli(["confronta", v2, "--versione", "1", "--pdf", "x"]), /--pdf va con/);
    expectUnusable(cli(["versione", v2, "-o", tmp.file("x.txt"), "--nome", "P"]), /\.xlsx/);
  });
});
