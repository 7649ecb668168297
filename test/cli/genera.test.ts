import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { PackageParts } from "../../src/adapters/xlsx-file/package/zip";
import { readXlsxFile, writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { findSoffice } from "../../src/cli/commands/pdf";
import { INDEX_SHEET_NAME } from "../../src/core/layout";
import { emptyModel } from "../../src/core/model/defaults";
import { samplePeg } from "../../src/core/sample";
import { FASI, TABLES, columnIndex } from "../../src/core/schema/tables";
import type { VerificaReport } from "../../src/cli/report";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { cli } from "./run";

const tmp = tempDir();
const input = tmp.file("peg.xlsx");
afterAll(() => tmp.remove());

beforeAll(() => {
  expect(cli(["esempio", "-o", input]).status).toBe(0);
});

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe("genera", () => {
  it("writes the data sheets unchanged, the index and one scheda per objective", async () => {
    const out = tmp.file("tutte.xlsx");
    const r = cli(["genera", input, "-o", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const codes = samplePeg().obiettivi.map((o) => o.codice);
    expect(await sheetNames(out)).toEqual([
      ...TABLES.map((t) => t.sheet),
      INDEX_SHEET_NAME,
      ...codes,
    ]);
    expect(await readXlsxFile(out)).toEqual(await readXlsxFile(input));
    expect(r.stdout).toContain(`${codes.length} schede`);
  });

  it("keeps only the objectives the filters select, and replaces the schede of an earlier run", async () => {
    const first = tmp.file("tutte-2.xlsx");
    expect(cli(["genera", input, "-o", first]).status).toBe(0);
    const out = tmp.file("due.xlsx");
    const r = cli([
      "genera",
      first,
      "-o",
      out,
      "--obiettivo",
      "2021_S08_05",
      "--obiettivo",
      "2021_s08_20",
    ]);
    expect(r.status).toBe(0);
    const names = await sheetNames(out);
    expect(names.slice(TABLES.length)).toEqual([INDEX_SHEET_NAME, "2021_S08_20", "2021_S08_05"]);
  });

  it("filters by stato", async () => {
    const out = tmp.file("stato.xlsx");
    const stato = samplePeg().obiettivi[0].stato!;
    const expected = samplePeg().obiettivi.filter((o) => o.stato === stato).length;
    const r = cli(["genera", input, "-o", out, "--stato", stato.toLowerCase()]);
    expect(r.status).toBe(0);
    expect((await sheetNames(out)).length).toBe(TABLES.length + 1 + expected);
  });

  it("takes several values of one filter: --cdr A --cdr B prints the objectives of both", async () => {
    const out = tmp.file("due-centri.xlsx");
    const centri = [...new Set(samplePeg().obiettivi.map((o) => o.centroResponsabilita))];
    const [a, b] = [centri[0], centri[centri.length - 1]];
    const expected = samplePeg()
      .obiettivi.filter((o) => o.centroResponsabilita === a || o.centroResponsabilita === b)
      .map((o) => o.codice);
    const r = cli(["genera", input, "-o", out, "--cdr", a, "--cdr", b.toLowerCase()]);
    expect(r.status).toBe(0);
    expect((await sheetNames(out)).slice(TABLES.length + 1)).toEqual(expected);
  });

  it.each<[string, string[], RegExp]>([
    ["an unknown objective", ["--obiettivo", "2021_XX_99"], /Obiettivo non trovato.*2021_XX_99/],
    ["filters that match nothing", ["--cdr", "Nessun centro"], /Nessun obiettivo corrisponde/],
  ])("exits 2 for %s", (_name, extra, message) => {
    const out = tmp.file("mai.xlsx");
    const r = cli(["genera", input, "-o", out, ...extra]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it("counts the errors of the data as verifica lists them (a cell reported once)", async () => {
    // a weight typed as text: the parser reports it, validation must not report it again
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const fasi = wb.getWorksheet(FASI.sheet);
    if (!fasi) throw new Error("Fasi assente");
    fasi.getCell(2, columnIndex(FASI, "peso") + 1).value = "trenta";
    const typo = tmp.file("peso-testo.xlsx");
    await wb.xlsx.writeFile(typo);

    const check = cli(["verifica", typo, "--json"]);
    const report = JSON.parse(check.stdout) as VerificaReport;
    const errors = report.issues.filter((i) => i.severity === "error").length;
    expect(errors).toBeGreaterThan(1);
    const r = cli(["genera", typo, "-o", tmp.file("peso-testo-schede.xlsx")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`i dati contengono ${errors} errori;`);
  });

  it("keeps a data sheet whose name is also an objective code: the scheda gets another name", async () => {
    const model = samplePeg();
    const code = model.obiettivi[0].codice;
    const rename = <T extends { obiettivo: string }>(rows: T[]): void =>
      rows.forEach((r) => r.obiettivo === code && (r.obiettivo = "fasi"));
    model.obiettivi[0].codice = "fasi";
    rename(model.fasi);
    rename(model.indicatori);
    rename(model.soggetti);
    const named = tmp.file("codice-fasi.xlsx");
    await writeModelXlsx(model, named);
    const out = tmp.file("codice-fasi-schede.xlsx");
    const r = cli(["genera", named, "-o", out, "--obiettivo", "fasi"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("La scheda di fasi è nel foglio «fasi (2)».");
    expect(await readXlsxFile(out)).toEqual(await readXlsxFile(named));
  });

  it("says the Obiettivi sheet is empty, not that no objective matches filters never given", async () => {
    const empty = tmp.file("vuoto.xlsx");
    await writeModelXlsx(emptyModel(), empty);
    const r = cli(["genera", empty, "-o", tmp.file("vuoto-schede.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Il foglio Obiettivi è vuoto/);
    expect(r.stderr).not.toMatch(/filtri/);
  });

  it("never overwrites the input file", () => {
    const before = readFileSync(input);
    const r = cli(["genera", input, "-o", input]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/deve essere diverso/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("says how to install LibreOffice when --pdf cannot find it", () => {
    const empty = tmp.file("vuota");
    mkdirSync(empty);
    const out = tmp.file("senza-pdf.xlsx");
    const r = cli(
      ["genera", input, "-o", out, "--obiettivo", "2021_S08_05", "--pdf", tmp.file("pdf")],
      {
        PATH: empty,
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("sudo apt-get install libreoffice-calc");
    expect(r.stderr).toMatch(/libreoffice\.org/);
    expect(existsSync(out)).toBe(true);
  });

  const withSoffice = findSoffice(process.env) ? it : it.skip;
  withSoffice("writes a PDF of the index and the chosen schede through LibreOffice", () => {
    const dir = tmp.file("pdf");
    const out = tmp.file("con-pdf.xlsx");
    const r = cli(["genera", input, "-o", out, "--obiettivo", "2021_S08_05", "--pdf", dir]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const pdf = `${dir}/con-pdf-schede.pdf`;
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(r.stdout).toContain(pdf);
  });
});

describe("genera on a workbook with macros (.xlsm)", () => {
  const VBA = Buffer.from("non un vero progetto VBA, ma byte da conservare");
  let xlsm: string;
  beforeAll(() => {
    const pkg = PackageParts.fromZip(readFileSync(input));
    pkg.set(
      "[Content_Types].xml",
      pkg
        .text("[Content_Types].xml")!
        .replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
        .replace(
          "</Types>",
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    );
    pkg.set("xl/vbaProject.bin", new Uint8Array(VBA));
    pkg.set(
      "xl/_rels/workbook.xml.rels",
      pkg
        .text("xl/_rels/workbook.xml.rels")!
        .replace(
          "</Relationships>",
          '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
        ),
    );
    xlsm = tmp.file("macro.xlsm");
    writeFileSync(xlsm, pkg.toZip());
  });

  it("refuses an .xlsx output, which Excel would not open, and writes nothing", () => {
    const out = tmp.file("macro-schede.xlsx");
    const r = cli(["genera", xlsm, "-o", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/contiene macro \(VBA\).*\.xlsm/);
    expect(existsSync(out)).toBe(false);
  });

  it("keeps the macros byte for byte in an .xlsm output", () => {
    const out = tmp.file("macro-schede.xlsm");
    const r = cli(["genera", xlsm, "-o", out]);
    expect(r.status).toBe(0);
    const back = PackageParts.fromZip(readFileSync(out));
    expect(Buffer.from(back.bytes("xl/vbaProject.bin")!).equals(VBA)).toBe(true);
    expect(back.text("[Content_Types].xml")).toContain("macroEnabled");
  });
});
