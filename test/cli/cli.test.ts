import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { samplePeg } from "../../src/core/sample";
import { columnLetters } from "../../src/core/schema/address";
import { FASI, columnIndex } from "../../src/core/schema/tables";
import { writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { smallModel, tempDir } from "../adapters/xlsx-file/helpers";
import { version } from "../../package.json";
import { cli } from "./run";
import type { VerificaReport } from "../../src/cli/report";

const tmp = tempDir();
const sample = tmp.file("esempio.xlsx");
afterAll(() => tmp.remove());

beforeAll(() => {
  const r = cli(["esempio", "-o", sample]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

/** Where the sample's phase without a weight stands: its Peso cell on Fasi. */
function missingWeightCell(): string {
  const index = samplePeg().fasi.findIndex((f) => f.obiettivo === "2021_S08_05" && f.peso === null);
  expect(index).toBeGreaterThanOrEqual(0);
  return `Fasi!${columnLetters(columnIndex(FASI, "peso"))}${index + 2}`;
}

describe("verifica", () => {
  it("--json prints one object with the counts, the issues at their cells and the results", () => {
    const r = cli(["verifica", sample, "--json"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as VerificaReport;
    expect(report.file).toBe(sample);
    expect(report.counts).toEqual({ objectives: 31, phases: 55, indicators: 61 });
    const weight = report.issues.find((i) => i.cell === missingWeightCell());
    expect(weight).toMatchObject({
      severity: "error",
      sheet: "Fasi",
      column: "Peso",
      objective: "2021_S08_05",
    });
    expect(report.results).toHaveLength(31);
    for (const res of report.results) {
      for (const v of [res.phaseProgress, res.indicatorAchievement, res.overall]) {
        if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
      }
    }
  });

  it("prints an Italian report grouped by severity and objective", () => {
    const r = cli(["verifica", sample]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("31 obiettivi, 55 fasi, 61 indicatori");
    expect(r.stdout).toMatch(/Errori \(\d+\)\n {2}Obiettivo 2021_S08_05\n {4}Fasi!H\d+/);
    expect(r.stdout).toContain(missingWeightCell());
    expect(r.stdout).toContain("Risultati");
    expect(r.stdout).toMatch(/Trovat[io] \d+ error/);
  });

  it("exits 0 when the workbook has no error", async () => {
    const file = tmp.file("valido.xlsx");
    await writeModelXlsx(smallModel(), file);
    const r = cli(["verifica", file]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Nessun errore");
    expect(r.stdout).toMatch(/2021_T02 +100 % +90 % +95 %/);
  });
});

async function withoutSheet(sheet: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sample);
  wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
  const file = tmp.file(`senza-${sheet}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe("unusable input exits 2 with an Italian message and no stack trace", () => {
  const cases: [string, () => Promise<string[]>, RegExp][] = [
    ["a missing file", async () => ["verifica", tmp.file("non-esiste.xlsx")], /non esiste/],
    [
      "a CSV file named .xlsx",
      async () => {
        const file = tmp.file("testo.xlsx");
        writeFileSync(file, "Codice;Anno\n2021_S08_20;2021\n");
        return ["verifica", file];
      },
      /è un file di testo \(per esempio CSV\)/,
    ],
    [
      "a workbook without the Fasi sheet",
      async () => ["verifica", await withoutSheet("Fasi")],
      /Manca il foglio «Fasi»/,
    ],
    ["an unknown command", async () => ["stampa", sample], /Comando sconosciuto: «stampa»/],
    ["an unknown option", async () => ["verifica", sample, "--xml"], /Opzione sconosciuta: --xml/],
    ["a missing file argument", async () => ["verifica"], /Manca il file da verificare/],
    ["esempio without -o", async () => ["esempio"], /Manca il file da scrivere/],
  ];
  it.each(cases)("%s", async (_name, args, message) => {
    const r = cli(await args());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Errore: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});

describe("help and version", () => {
  it.each<[string, string[], Record<string, string>, RegExp]>([
    ["Italian help by default", ["--help"], {}, /^Uso:$/m],
    ["help of one command", ["verifica", "--help"], {}, /--json +stampa un solo oggetto JSON/],
    ["English with --lang en", ["--help", "--lang", "en"], {}, /^Usage:$/m],
    ["English with an English LANG", ["--help"], { LANG: "en_GB.UTF-8" }, /^Usage:$/m],
    [
      "the version",
      ["--version"],
      {},
      new RegExp(`^schede-peg ${version.replace(/\./g, "\\.")}$`, "m"),
    ],
  ])("%s", (_name, args, env, expected) => {
    const r = cli(args, env);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(expected);
  });
});
