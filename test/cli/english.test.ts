/** `--lang en`: what `verifica`, `genera`, `esempio` and the errors print is all English. */
import ExcelJS from "exceljs";
import type { VerificaReport } from "../../src/cli/report";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { italianIn } from "../fixtures/italian";
import { cli } from "./run";

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
