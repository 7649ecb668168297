/**
 * distribuisci and raccogli end to end: the plan sent to each responsabile, two of them fill
 * their files, the office changes one of the same cells meanwhile, and collecting merges the
 * clean edits (logged under their authors) and keeps the conflict, reported with its values.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { PackageParts } from "../../src/adapters/xlsx-file/package/zip";
import { readModelFromXlsx, writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { samplePeg } from "../../src/core/sample";
import { FASI, columnIndex } from "../../src/core/schema/tables";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { cli } from "./run";

const tmp = tempDir();
afterAll(() => tmp.remove());

const plan = samplePeg();
// the sample's months are open and its reference month is April 2021
const master = tmp.file("piano.xlsx");
const dir = tmp.file("invio");
/** file -> the person it was sent to */
const sentTo = new Map<string, string>();

/** Writes a value into a data table of a file, as a person would in Excel. */
async function edit(
  file: string,
  sheet: string,
  row: number,
  col: number,
  value: ExcelJS.CellValue,
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(sheet)!.getCell(row, col).value = value;
  await wb.xlsx.writeFile(file);
}

/** the 1-based sheet row of a phase or indicator in a file */
async function rowOf(file: string, kind: "fasi" | "indicatori", obiettivo: string, numero: number) {
  const { model } = await readModelFromXlsx(file);
  const r = model[kind].find((x) => x.obiettivo === obiettivo && x.numero === numero)!;
  return r.origin!.row + 2;
}

describe("distribuisci then raccogli", () => {
  beforeAll(async () => {
    await writeModelXlsx(plan, master);
  });

  it("writes one file per responsabile, each with only their objectives", () => {
    const r = cli(["distribuisci", master, "--per", "responsabile", "-o", dir, "--json"]);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as {
      files: { destinatario: string; file: string; obiettivi: number }[];
    };
    const people = new Set(
      [...plan.obiettivi.map((o) => o.responsabile), ...plan.fasi.map((f) => f.responsabile)]
        .map((s) => s.trim())
        .filter(Boolean),
    );
    expect(out.files.map((f) => f.destinatario).sort()).toEqual([...people].sort());
    expect(readdirSync(dir).length).toBe(people.size);
    for (const f of out.files) sentTo.set(f.file, f.destinatario);
  });

  it("merges the clean edits, logged under their authors, and keeps a conflict", async () => {
    const files = readdirSync(dir).map((f) => join(dir, f));
    const withObjectives = await Promise.all(
      files.map(async (f) => ({ f, model: (await readModelFromXlsx(f)).model })),
    );
    // two people, each with a phase of their own
    const [a, b] = withObjectives.filter((x) => x.model.fasi.length > 0);
    const faseA = a.model.fasi[0];
    const faseB = b.model.fasi.find((f) => f.obiettivo !== faseA.obiettivo) ?? b.model.fasi[0];
    const av = columnIndex(FASI, "avanzamento") + 1;
    await edit(a.f, "Fasi", await rowOf(a.f, "fasi", faseA.obiettivo, faseA.numero), av, 60);
    await edit(b.f, "Fasi", await rowOf(b.f, "fasi", faseB.obiettivo, faseB.numero), av, 35);
    // meanwhile the office writes B's cell in the plan
    const changedMaster = tmp.file("piano-cambiato.xlsx");
    writeFileSync(changedMaster, readFileSync(master));
    await edit(
      changedMaster,
      "Fasi",
      await rowOf(changedMaster, "fasi", faseB.obiettivo, faseB.numero),
      av,
      20,
    );

    const out = tmp.file("raccolto.xlsx");
    const r = cli(["raccogli", changedMaster, a.f, b.f, "-o", out, "--json"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as {
      merged: number;
      logged: number;
      conflicts: { obiettivo: string; sent: unknown; plan: unknown; returned: unknown }[];
    };
    expect(report.merged).toBe(1);
    expect(report.logged).toBe(1);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        obiettivo: faseB.obiettivo,
        sent: faseB.avanzamento,
        plan: 20,
        returned: 35,
      }),
    ]);
    const { model } = await readModelFromXlsx(out);
    const find = (o: string, n: number) =>
      model.fasi.find((f) => f.obiettivo === o && f.numero === n)!;
    expect(find(faseA.obiettivo, faseA.numero).avanzamento).toBe(60);
    expect(find(faseB.obiettivo, faseB.numero).avanzamento).toBe(20);
    expect(model.rilevazioni).toEqual([
      expect.objectContaining({
        obiettivo: faseA.obiettivo,
        elemento: "Fase",
        numero: faseA.numero,
        campo: "avanzamento",
        valoreNuovo: 60,
        utente: sentTo.get(a.f),
      }),
    ]);
    // the rest of the plan's package is the same bytes
    const before = PackageParts.fromZip(readFileSync(changedMaster));
    const after = PackageParts.fromZip(readFileSync(out));
    const changed = before
      .names()
      .filter((p) => !Buffer.from(after.bytes(p)!).equals(Buffer.from(before.bytes(p)!)));
    expect(
      changed.every((p) =>
        /worksheets\/sheet\d+\.xml$|tables\/table\d+\.xml$|styles\.xml$/.test(p),
      ),
    ).toBe(true);
  });

  it("refuses a file of another plan by name", async () => {
    const other = samplePeg();
    other.impostazioni = { ...other.impostazioni, anno: 2030 };
    const foreign = tmp.file("altro.xlsx");
    await writeModelXlsx(other, foreign);
    const r = cli(["raccogli", master, foreign, "-o", tmp.file("r2.xlsx")]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/File non utilizzato, altro\.xlsx: non contiene i valori inviati/);
  });
});
