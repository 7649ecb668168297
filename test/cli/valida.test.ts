/**
 * `schede-peg valida`: the Nucleo's validation written into the workbook itself, logged, locked
 * once validated, and every part of the file it does not mean to change kept byte for byte.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { PackageParts } from "../../src/adapters/xlsx-file/package/zip";
import { openBook } from "../../src/adapters/xlsx-file/read/book";
import { readModelFromXlsx, writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { NOTA_PRIMA_VALIDAZIONE } from "../../src/core/rilevazione/validazione";
import { samplePeg } from "../../src/core/sample";
import { main } from "../../src/cli/main";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { CORPUS } from "../producers/corpus";

const tmp = tempDir();
afterAll(() => tmp.remove());

const OB = "2021_S08_20";

async function valida(file: string, ...args: string[]) {
  let out = "";
  let err = "";
  const code = await main(["valida", file, "--obiettivo", OB, ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: { LANG: "it_IT.UTF-8", USER: "nucleo" },
  });
  return { code, out, err };
}

const nucleoRows = async (file: string) =>
  (await readModelFromXlsx(file)).model.rilevazioni.filter((r) => r.elemento === "Obiettivo");
const validation = async (file: string) => {
  const o = (await readModelFromXlsx(file)).model.obiettivi.find((x) => x.codice === OB);
  return [o?.raggiungimentoValidato, o?.notaNucleo, o?.dataValidazione];
};

/** the parts whose bytes differ between two files */
function changedParts(a: string, b: string): string[] {
  const before = PackageParts.fromZip(readFileSync(a));
  const after = PackageParts.fromZip(readFileSync(b));
  const names = [...new Set([...before.names(), ...after.names()])];
  return names
    .filter((p) => {
      const x = before.bytes(p);
      const y = after.bytes(p);
      return x === undefined || y === undefined || !Buffer.from(x).equals(Buffer.from(y));
    })
    .sort();
}

describe("schede-peg valida", () => {
  const plan = tmp.file("piano.xlsx");
  const original = tmp.file("piano-originale.xlsx");
  beforeAll(async () => {
    await writeModelXlsx(samplePeg(), plan);
    copyFileSync(plan, original);
  });

  it("validates in place: the three cells and three log rows, the other parts byte for byte", async () => {
    const r = await valida(plan, "--valore", "85", "--nota", "Conforme", "--data", "2022-03-15");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      `Scritto «${plan}»: obiettivo ${OB} validato dal Nucleo (85% il 15/03/2022); ` +
        "3 righe nel registro Rilevazioni.",
    );
    expect(await validation(plan)).toEqual([85, "Conforme", "2022-03-15"]);
    const rows = await nucleoRows(plan);
    expect(rows.map((x) => [x.campo, x.valorePrecedente, x.valoreNuovo, x.nota, x.utente])).toEqual(
      [
        ["raggiungimentoValidato", null, 85, NOTA_PRIMA_VALIDAZIONE, "nucleo"],
        ["notaNucleo", null, "Conforme", NOTA_PRIMA_VALIDAZIONE, "nucleo"],
        ["dataValidazione", null, "2022-03-15", NOTA_PRIMA_VALIDAZIONE, "nucleo"],
      ],
    );
    // only the two sheets written, the log's table (its range grows) and the styles (the new
    // log cells' text formats appended) change
    const after = PackageParts.fromZip(readFileSync(plan));
    const partOf = (sheet: string) =>
      openBook(after).sheets.find((x) => x.name === sheet)?.part ?? sheet;
    const changed = changedParts(original, plan);
    expect(changed.filter((p) => !/^xl\/tables\//.test(p))).toEqual(
      [partOf("Obiettivi"), partOf("Rilevazioni"), "xl/styles.xml"].sort(),
    );
    expect(changed.filter((p) => /^xl\/tables\//.test(p))).toHaveLength(1);
    const looks = openBook(PackageParts.fromZip(readFileSync(original))).looks;
    expect(openBook(after).looks.slice(0, looks.length)).toEqual(looks);
  });

  it("refuses a change without a motivazione: exit 2, the file untouched", async () => {
    const bytes = readFileSync(plan);
    const r = await valida(plan, "--valore", "90");
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `L'obiettivo ${OB} è già stato validato dal Nucleo (85% il 15/03/2022): per cambiare la ` +
        "validazione scrivi la motivazione",
    );
    expect(readFileSync(plan).equals(bytes)).toBe(true);
  });

  it("says so and writes nothing when the validation is already the same", async () => {
    const bytes = readFileSync(plan);
    const r = await valida(plan, "--valore", "85");
    expect(r.code).toBe(0);
    expect(r.out).toContain("è già validato così (85% il 15/03/2022): nulla da scrivere");
    expect(readFileSync(plan).equals(bytes)).toBe(true);
  });

  it("changes it with a motivazione into another file, logged with the previous values", async () => {
    const out = tmp.file("rivisto.xlsx");
    const bytes = readFileSync(plan);
    const r = await valida(
      plan,
      "--valore",
      "92,5",
      "--data",
      "2022-04-01",
      "--motivazione",
      "Documentazione integrata",
      "--utente",
      "Presidente del Nucleo",
      "-o",
      out,
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(plan).equals(bytes)).toBe(true);
    expect(await validation(out)).toEqual([92.5, "Conforme", "2022-04-01"]);
    const rows = (await nucleoRows(out)).slice(3);
    expect(rows.map((x) => [x.campo, x.valorePrecedente, x.valoreNuovo, x.nota, x.utente])).toEqual(
      [
        ["raggiungimentoValidato", 85, 92.5, "Documentazione integrata", "Presidente del Nucleo"],
        [
          "dataValidazione",
          "2022-03-15",
          "2022-04-01",
          "Documentazione integrata",
          "Presidente del Nucleo",
        ],
      ],
    );
  });

  it.each([
    ["no --valore", [], /Manca il raggiungimento validato/],
    ["a value over 100", ["--valore", "120"], /Valore non valido per --valore: «120»/],
    ["a value that is not a number", ["--valore", "molto"], /Valore non valido per --valore/],
    ["two objectives", ["--valore", "80", "--obiettivo", "X"], /un solo --obiettivo/],
    ["a bad date", ["--valore", "80", "--data", "15/13/2022"], /Data non valida per --data/],
    [
      "-o the same file",
      ["--valore", "80", "-o", tmp.file("piano.xlsx")],
      /lo stesso file di partenza/,
    ],
  ])("refuses %s with exit 2", async (_what, args, message) => {
    const bytes = readFileSync(plan);
    const r = await valida(plan, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(readFileSync(plan).equals(bytes)).toBe(true);
  });

  it("refuses an objective the plan does not have", async () => {
    let err = "";
    const code = await main(["valida", plan, "--obiettivo", "NONC", "--valore", "80"], {
      out: () => undefined,
      err: (t) => (err += t),
      env: { LANG: "it_IT.UTF-8", USER: "nucleo" },
    });
    expect(code).toBe(2);
    expect(err).toContain("L'obiettivo «NONC» non esiste nel foglio Obiettivi.");
  });

  it("adds the validation's columns to a workbook made before them", async () => {
    const old = tmp.file("vecchio.xlsx");
    copyFileSync(`${CORPUS}/openpyxl-comments.xlsx`, old);
    const r = await valida(old, "--valore", "80", "--data", "2022-03-15", "--utente", "Nucleo");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "Aggiunte in fondo alla tabella tblObiettivi le colonne della validazione: " +
        "«Raggiungimento validato %», «Nota del Nucleo», «Data validazione».",
    );
    expect(await validation(old)).toEqual([80, "", "2022-03-15"]);
    // the second time they are there
    const again = await valida(old, "--valore", "75", "--motivazione", "Dati definitivi");
    expect(again.code).toBe(0);
    expect(again.out).not.toContain("Aggiunte");
    expect(await validation(old)).toEqual([75, "", expect.any(String)]);
  });

  it("refuses to add them over something written at the right of the table", async () => {
    const old = tmp.file("occupato.xlsx");
    const pkg = PackageParts.fromZip(readFileSync(`${CORPUS}/openpyxl-plain.xlsx`));
    const part = openBook(pkg).sheets.find((s) => s.name === "Obiettivi")!.part!;
    // a note of the user's in X5, where the second new column would go
    const xml = pkg
      .text(part)!
      .replace(
        /(<row r="5"[^>]*>.*?)(<\/row>)/,
        '$1<c r="X5" t="inlineStr"><is><t>appunto</t></is></c>$2',
      );
    expect(xml).toContain("appunto");
    pkg.set(part, xml);
    writeFileSync(old, pkg.toZip());
    const bytes = readFileSync(old);
    const r = await valida(old, "--valore", "80", "--utente", "Nucleo");
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      "a destra della tabella tblObiettivi (celle W1:Y32) c'è già qualcosa (cella X5)",
    );
    expect(readFileSync(old).equals(bytes)).toBe(true);
  });
});
