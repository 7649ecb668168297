/** `--lang en`: what every command and every error prints is all English. */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { VerificaReport } from "../../src/cli/report";
import { FASI, columnIndex } from "../../src/core/schema/tables";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { fixturePath } from "../core/import/fixtures";
import { italianIn } from "../fixtures/italian";
import { cli, type Run } from "./run";

const tmp = tempDir();
const sample = tmp.file("esempio.xlsx");
afterAll(() => tmp.remove());

beforeAll(() => {
  const r = cli(["esempio", "-o", sample, "--lang", "en"]);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^Written ".*": 31 objectives, 55 phases, 61 indicators\./);
  expect(italianIn(r.stdout)).toEqual([]);
});

const issuesOf = (stdout: string) => (JSON.parse(stdout) as VerificaReport).issues;

describe("verifica --lang en", () => {
  it("prints the report in English, with the same problems as in Italian", () => {
    const en = cli(["verifica", sample, "--lang", "en"]);
    const it = cli(["verifica", sample]);
    expect(en.status).toBe(1);
    expect(en.stdout).toMatch(/^Check of ".*"\n31 objectives, 55 phases, 61 indicators\n/);
    expect(en.stdout).toMatch(/^Errors \(1\)$/m);
    expect(en.stdout).toMatch(/^Objective +Phase progress/m);
    expect(en.stdout).toMatch(/not measured/);
    expect(en.stdout).toMatch(/^Found 1 error and \d+ warnings: fix the cells shown/m);
    expect(italianIn(en.stdout)).toEqual([]);
    expect(en.stdout.split("\n").length).toBe(it.stdout.split("\n").length);
  });

  it("an English LANG is enough", () => {
    expect(cli(["verifica", sample], { LANG: "en_US.UTF-8" }).stdout).toBe(
      cli(["verifica", sample, "--lang", "en"]).stdout,
    );
  });

  it("--json keeps the machine fields and gives the messages in English", () => {
    const en = issuesOf(cli(["verifica", sample, "--json", "--lang", "en"]).stdout);
    const it = issuesOf(cli(["verifica", sample, "--json"]).stdout);
    const fields = ({ message: _m, ...rest }: VerificaReport["issues"][number]) => rest;
    expect(en.map(fields)).toEqual(it.map(fields));
    expect(en.flatMap((i) => italianIn(i.message))).toEqual([]);
    expect(en.map((i) => i.message)).not.toEqual(it.map((i) => i.message));
  });

  it("explains in English why a workbook is not a PEG workbook", async () => {
    const file = tmp.file("non-peg.xlsx");
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Obiettivi").addRow(["Codice"]);
    await book.xlsx.writeFile(file);
    const r = cli(["verifica", file, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^Error: The file ".*" does not have the structure of a PEG workbook:/,
    );
    expect(r.stderr).toMatch(/The sheet "Fasi" \(table tblFasi\) is missing/);
    expect(italianIn(r.stderr)).toEqual([]);
  });
});

describe("genera --lang en", () => {
  it("tells what it wrote in English", () => {
    const r = cli(["genera", sample, "-o", tmp.file("schede.xlsx"), "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Written ".*": 31 schede and the sheet "Indice schede"\./);
    expect(r.stdout).toMatch(/^Warning: the data hold 1 error;/m);
    expect(italianIn(r.stdout)).toEqual([]);
  });

  it("refuses an unknown objective in English", () => {
    const r = cli(["genera", sample, "-o", tmp.file("x.xlsx"), "--obiettivo", "NO", "--lang=en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Error: Objective not found on the Obiettivi sheet: NO\./);
  });
});

describe("errors in English", () => {
  it.each<[string, string[], RegExp]>([
    ["a missing file", ["verifica", "nessuno.xlsx"], /does not exist/],
    ["an unknown command", ["verifca"], /Unknown command: "verifca"/],
    ["an unknown option", ["verifica", "--jsn"], /Unknown option: --jsn/],
    ["an option of another command", ["verifica", "x.xlsx", "--pdf", "d"], /does not apply/],
    ["a missing output", ["esempio"], /Missing the file to write/],
    ["a wrong output extension", ["esempio", "-o", "x.ods"], /must end in \.xlsx/],
    ["a bad year", ["nuovo-anno", "a.xlsx", "-o", "b.xlsx", "--anno", "22"], /Invalid year/],
  ])("%s", (_name, args, message) => {
    const r = cli([...args, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Error: /);
    expect(r.stderr).toMatch(message);
    expect(italianIn(r.stderr)).toEqual([]);
  });
});

/** Runs `args` in English and in Italian, each on its own copy written by `prepare`. */
function both(prepare: (suffix: string) => string[]): { en: Run; it: Run } {
  return { en: cli([...prepare("en"), "--lang", "en"]), it: cli(prepare("it")) };
}

describe("the cycle commands with --lang en", () => {
  it("nuovo-anno tells what it carried over in English", () => {
    const { en, it } = both((l) => [
      "nuovo-anno",
      sample,
      "-o",
      tmp.file(`nuovo-${l}.xlsx`),
      "--senza-conclusi",
    ]);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^Written ".*": PEG 2022 prepared from ".*" \(PEG 2021\)\./);
    expect(en.stdout).toMatch(/^Carried over: 31 objectives, 55 phases, 61 indicators,/m);
    expect(en.stdout).toMatch(/^Dates moved by one year: /m);
    // the columns are named by their headers, Italian in the workbook ("Nota del Nucleo")
    const headers = /^Columns emptied: .*$/m;
    expect(en.stdout).toMatch(headers);
    expect(italianIn(en.stdout.replace(headers, ""))).toEqual([]);
    expect(it.stdout).toMatch(/^Scritto «.*»: PEG 2022 preparato da «.*» \(PEG 2021\)\./);
    expect(it.stdout).toMatch(/^Riportati: 31 obiettivi, 55 fasi, 61 indicatori,/m);
    expect(en.stdout.split("\n").length).toBe(it.stdout.split("\n").length);
  });

  it("versione, valida and confronta --versione speak English", () => {
    const file = tmp.file("versioni-en.xlsx");
    copyFileSync(sample, file);
    const saved = cli([
      "versione",
      file,
      "--nome",
      "Approvato",
      "--data",
      "2021-03-01",
      "--lang",
      "en",
    ]);
    expect(saved.status).toBe(0);
    expect(saved.stdout).toMatch(
      /^Written ".*": version 1 "Approvato" of 2021-03-01, 31 objectives,/,
    );
    const code = "2021_S08_20";
    const valid = ["valida", file, "--obiettivo", code, "--valore", "85.5", "--data", "2022-03-15"];
    const done = cli([...valid, "--utente", "Rossi", "--lang", "en"]);
    expect(done.stdout).toMatch(
      /objective 2021_S08_20 validated by the Nucleo \(85\.5% on 2022-03-15\); 2 rows/,
    );
    const again = cli([...valid, "--utente", "Rossi", "--lang", "en"]);
    expect(again.stdout).toMatch(/^Objective 2021_S08_20 is already validated like this/);
    const diff = cli(["confronta", file, "--versione", "1", "--lang", "en"]);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toMatch(
      /^Comparison of version 1 "Approvato" of ".*" \(before\) and the current tables/,
    );
    expect(diff.stdout).toMatch(
      /^ {2}objective changed: Data validazione: \(empty\) → 2022-03-15$/m,
    );
    expect(diff.stdout).toMatch(/^2 differences in 1 objective\.$/m);
    const it = cli(["confronta", file, "--versione", "1"]);
    expect(it.stdout).toMatch(
      /^ {2}obiettivo modificato: Data validazione: \(vuoto\) → 15\/03\/2022$/m,
    );
    expect(it.stdout).toMatch(/^2 differenze in 1 obiettivo\.$/m);
    for (const r of [saved, done, again, diff]) expect(italianIn(r.stdout + r.stderr)).toEqual([]);
  });

  it("confronta of two years pairs the codes in English", () => {
    const next = tmp.file("confronta-anno.xlsx");
    expect(cli(["nuovo-anno", sample, "-o", next]).status).toBe(0);
    const r = cli(["confronta", sample, next, "--lang", "en"]);
    expect(r.stdout).toMatch(/^Different years: the codes starting with 2021 are paired/m);
    expect(r.stdout).toMatch(/only the changes made after nuovo-anno are listed/);
    expect(r.stdout).toMatch(/^No differences:/m);
    const all = cli(["confronta", sample, next, "--lang", "en", "--tutto"]);
    expect(all.stdout).toMatch(/phase 1 changed: Inizio previsto: 2021-01-01 → 2022-01-01/);
    for (const x of [r, all]) expect(italianIn(x.stdout)).toEqual([]);
  });

  it("relazione, distribuisci and raccogli tell their work in English", () => {
    const rel = both((l) => [
      "relazione",
      sample,
      "-o",
      tmp.file(`rel-${l}.xlsx`),
      "--periodo",
      "2021-06",
    ]);
    expect(rel.en.stdout).toMatch(
      /^Written ".*": report on 31 objectives \(reference month: June 2021\)/,
    );
    expect(rel.it.stdout).toMatch(/\(periodo di riferimento: giugno 2021\)/);
    const dist = both((l) => [
      "distribuisci",
      sample,
      "--per",
      "cdr",
      "-o",
      tmp.file(`parti-${l}`),
    ]);
    expect(dist.en.stdout).toMatch(/^Written 7 files in ".*":$/m);
    expect(dist.en.stdout).toMatch(/\(31 objectives\)$/m);
    expect(dist.it.stdout).toMatch(/^Scritti 7 file in «.*»:$/m);
    const parts = readdirSync(tmp.file("parti-en")).map((f) => join(tmp.file("parti-en"), f));
    const back = cli([
      "raccogli",
      sample,
      ...parts,
      "-o",
      tmp.file("raccolto.xlsx"),
      "--lang",
      "en",
    ]);
    expect(back.stdout).toMatch(
      /^Written ".*": 0 values updated, 0 rows in the Rilevazioni log\.$/m,
    );
    for (const r of [rel.en, dist.en, back]) expect(italianIn(r.stdout + r.stderr)).toEqual([]);
  });

  it("raccogli tells in English why a value or a file is not taken", async () => {
    const dir = tmp.file("parti-rifiuti");
    expect(cli(["distribuisci", sample, "--per", "cdr", "-o", dir]).status).toBe(0);
    const part = join(dir, readdirSync(dir)[0]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(part);
    // the first phase's avanzamento (row 2, under the header) out of range
    book.getWorksheet("Fasi")!.getCell(2, columnIndex(FASI, "avanzamento") + 1).value = 150;
    await book.xlsx.writeFile(part);
    const r = cli(["raccogli", sample, part, sample, "-o", tmp.file("r-en.xlsx"), "--lang", "en"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /objective \S+ not recorded: Phase \d+: the progress must be a number from 0 to 100 \(entered 150\)\.$/m,
    );
    expect(r.stdout).toMatch(/^ {2}File not used, esempio\.xlsx: does not hold the values sent/m);
    expect(italianIn(r.stdout + r.stderr)).toEqual([]);
  });

  it("valida refuses in English: a validated objective needs a reason to change", () => {
    const file = tmp.file("valida-rifiuto.xlsx");
    copyFileSync(sample, file);
    const code = "2021_S08_20";
    const valid = [
      "valida",
      file,
      "--obiettivo",
      code,
      "--data",
      "2022-03-15",
      "--utente",
      "Rossi",
    ];
    expect(cli([...valid, "--valore", "85"]).status).toBe(0);
    const r = cli([...valid, "--valore", "90", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^Error: Nothing was written:\n {2}- Objective 2021_S08_20 is already validated by the Nucleo \(85% on 2022-03-15\): to change the validation write the reason/,
    );
    const bad = cli(["valida", file, "--obiettivo", "NO", "--valore", "50", "--lang", "en"]);
    expect(bad.stderr).toMatch(/The objective "NO" does not exist on the Obiettivi sheet\./);
    for (const x of [r, bad]) expect(italianIn(x.stderr)).toEqual([]);
  });

  it("importa reports in English, its refused rows and their file included", () => {
    const out = tmp.file("importato-en.xlsx");
    const r = cli([
      "importa",
      fixturePath("monitoraggio-2024-cp1252.csv"),
      "--mappa",
      fixturePath("monitoraggio-2024-cp1252.mappa.json"),
      "-o",
      out,
      "--lang",
      "en",
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^Import of ".*" \(CSV, semicolon separated, Windows-1252, decimal comma\)$/m,
    );
    expect(r.stdout).toMatch(/^Imported: 3 objectives, 4 phases, 5 indicators,/m);
    expect(r.stdout).toMatch(/^Conflicts \(1\): the first value holds$/m);
    expect(r.stdout).toMatch(
      /^ {2}row 14: the objective's code is missing: "Attività trasversali di supporto"/m,
    );
    expect(italianIn(r.stdout + r.stderr)).toEqual([]);
    const csv = readFileSync(out.replace(/\.xlsx$/, "-scartate.csv"), "utf8");
    expect(csv).toMatch(/^\ufeffRow;Reason;/);
    expect(italianIn(csv.split("\r\n")[1].split(";").slice(0, 2).join(";"))).toEqual([]);
  });

  it("importa says in English what is wrong in a mapping file", () => {
    const map = tmp.file("mappa-sbagliata.json");
    writeFileSync(map, JSON.stringify({ obiettivi: { Codice: "Obiettivo" }, decimali: ";" }));
    const r = cli([
      "importa",
      fixturePath("monitoraggio-2024-cp1252.csv"),
      "--mappa",
      map,
      "-o",
      tmp.file("mai.xlsx"),
      "--lang",
      "en",
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /^Error: The mapping ".*" cannot be used:\n {2}- decimali: is "," or "\.", found ";"$/m,
    );
    expect(italianIn(r.stderr)).toEqual([]);
  });

  it("importa of a report tells its preview in English", () => {
    const r = cli([
      "importa",
      "docs/fonte/scheda-obiettivi-2021.txt",
      "--anteprima",
      "--lang",
      "en",
    ]);
    expect(r.stdout).toMatch(/^Import of ".*" \(text report, UTF-8\)$/m);
    expect(r.stdout).toMatch(/^Would add: 31 objectives, 55 phases, 61 indicators,/m);
    expect(r.stdout).toMatch(/^Preview: no file written\.$/m);
    expect(italianIn(r.stdout + r.stderr)).toEqual([]);
  });

  it.each<[string, string[], RegExp]>([
    [
      "a version not saved",
      ["confronta", "VERSIONED", "--versione", "7"],
      /holds no saved versions/,
    ],
    [
      "raccogli without returned files",
      ["raccogli", "SAMPLE", "-o", "OUT"],
      /^Error: Missing the returned files\./,
    ],
    [
      "importa of an unknown kind",
      ["importa", "dati.ods", "-o", "OUT"],
      /Cannot import "dati\.ods"/,
    ],
    [
      "a year not after the plan's",
      ["nuovo-anno", "SAMPLE", "-o", "OUT", "--anno", "2020"],
      /is not after the year/,
    ],
  ])("%s is refused in English", (_name, args, message) => {
    const real = args.map((a) =>
      a === "SAMPLE" || a === "VERSIONED" ? sample : a === "OUT" ? tmp.file("rifiuto.xlsx") : a,
    );
    const r = cli([...real, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(italianIn(r.stderr)).toEqual([]);
  });
});
