/**
 * The Importa view's state logic: the file read with the command line's core code, the
 * mapping as choices, the preview, the counts and the problems with their source rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSheetRows } from "../../../src/adapters/xlsx-file/sheet-rows";
import { importReportOf, planUpsert } from "../../../src/core/import/upsert";
import { samplePeg } from "../../../src/core/sample";
import {
  SourceRefused,
  conflictsOf,
  fieldRows,
  outcomeOf,
  previewRows,
  sourceOf,
  withColumn,
  type Source,
} from "../../../src/taskpane/views/importa/source";
import { TITLE_ROWS, monitoraggioXlsx } from "../../fixtures/import/sheet-xlsx";

const DIR = join(__dirname, "../../fixtures/import");
const STAMP = { utente: "Rossi", timestamp: "2024-07-01T09:00:00" };
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

/** the reader the pane's bootstrap loads, here without the lazy import */
const readSheet = async (name: string, data: Uint8Array) => readSheetRows(name, data);

async function table(
  name: string,
  data: Uint8Array = bytes(name),
): Promise<Extract<Source, { kind: "table" }>> {
  const source = await sourceOf(name, data, readSheet);
  if (source.kind !== "table") throw new Error("not a table");
  return source;
}

function ready(source: Source, json = source.kind === "table" ? source.proposal : {}) {
  const outcome = outcomeOf(source, json, STAMP);
  if (outcome.kind !== "ready") throw new Error(outcome.errors.map((e) => e.it).join("; "));
  return outcome.result;
}

test("a Windows-1252 CSV is read as the command line reads it, its mapping proposed", async () => {
  const source = await table("monitoraggio-2024-cp1252.csv");
  expect(source.read).toEqual({
    it: "CSV, separatore punto e virgola, Windows-1252, decimali con la virgola",
    en: "CSV, semicolon separated, Windows-1252, decimal comma",
  });
  expect(source.headers).toContain("Unità");
  const rows = fieldRows(source.proposal);
  const code = rows.find((r) => r.table === "obiettivi" && r.header === "Codice");
  // the code is extracted from the objective's description («OB01 - …»)
  expect(code?.column).toBe("Obiettivo");
});

test("the proposal of the UTF-8 fixture is the mapping file saved next to it", async () => {
  const source = await table("monitoraggio-2024-utf8.csv");
  const saved = JSON.parse(readFileSync(join(DIR, "monitoraggio-2024-utf8.mappa.json"), "utf8"));
  expect(source.proposal).toEqual(saved);
  const byField = Object.fromEntries(
    fieldRows(source.proposal).map((r) => [`${r.table}.${r.header}`, r.column]),
  );
  expect(byField["fasi.Peso"]).toBe("Peso fase");
  expect(byField["indicatori.Tipo"]).toBeNull();
});

test("preview, counts and rejected rows with their row numbers", async () => {
  const source = await table("monitoraggio-2024-utf8.csv");
  const result = ready(source);
  expect(previewRows(result)).toEqual([
    expect.objectContaining({ codice: "OB01", fasi: 2, indicatori: 2 }),
    expect.objectContaining({ codice: "OB02", fasi: 1, indicatori: 2 }),
    expect.objectContaining({ codice: "OB03", fasi: 1, indicatori: 1 }),
  ]);
  // the row without a code is row 12 of the file (the header is row 1)
  expect(result.rejected.map((r) => r.row)).toEqual([12]);
  const plan = planUpsert(samplePeg(), result, { ...STAMP, source: source.name });
  expect(importReportOf(plan, false).added).toEqual(
    expect.objectContaining({ obiettivi: 3, fasi: 4, indicatori: 5, soggetti: 0 }),
  );
});

test("a conflict inside the source names both rows; one against the workbook none", async () => {
  const source = await table("monitoraggio-2024-utf8.csv");
  const result = ready(source);
  const conflicts = conflictsOf(result, null);
  expect(conflicts).toEqual([
    expect.objectContaining({ key: "OB02", workbook: false, rows: [4, 9] }),
  ]);
  // the same file imported over itself, with a phase renamed in the workbook
  const model = samplePeg();
  const again = planUpsert(
    {
      ...model,
      fasi: result.model.fasi.map((f) => ({ ...f, descrizione: `${f.descrizione} bis` })),
    } as never,
    result,
    { ...STAMP, source: source.name },
  );
  expect(conflictsOf(result, again).filter((c) => c.workbook)).toHaveLength(4);
});

test("choosing another column, or none, changes the mapping and the import", async () => {
  const source = await table("monitoraggio-2024-utf8.csv");
  const none = withColumn(source.proposal, "fasi", "Peso", null);
  expect(fieldRows(none).find((r) => r.table === "fasi" && r.header === "Peso")?.column).toBeNull();
  expect(ready(source, none).model.fasi.every((f) => f.peso === null)).toBe(true);
  const anno = withColumn(source.proposal, "obiettivi", "Responsabile", "CdR");
  expect(ready(source, anno).model.obiettivi[0].responsabile).toBe("Ambiente e Territorio");
  // the proposal is left as it was
  expect(source.proposal.obiettivi?.Responsabile).toBe("Responsabile");
});

test("a mapping the core refuses is reported with its reasons", async () => {
  const source = await table("monitoraggio-2024-utf8.csv");
  const outcome = outcomeOf(source, { ...source.proposal, decimali: ";" as never }, STAMP);
  expect(outcome.kind).toBe("mapping");
  if (outcome.kind === "mapping")
    expect(outcome.errors.map((e) => e.it).join(" ")).toMatch(/decimali/);
});

test("a report in text is read by the report parser; a pdf is told how to paste it", async () => {
  const report = await sourceOf("report-2024.txt", bytes("report-2024.txt"), readSheet);
  expect(report.kind).toBe("report");
  expect(ready(report).model.obiettivi.length).toBeGreaterThan(0);
  for (const [name, problem] of [
    ["report.pdf", "pdf"],
    ["piano.ods", "unknown"],
  ] as const) {
    await expect(sourceOf(name, new Uint8Array([1, 2]), readSheet)).rejects.toThrow(
      new SourceRefused(problem),
    );
  }
  await expect(sourceOf("vuoto.csv", new TextEncoder().encode("\n\n"), readSheet)).rejects.toThrow(
    new SourceRefused("empty"),
  );
});

test("an .xlsx is read as its CSV: the same header, mapping and import, rows as the sheet's", async () => {
  const csv = await table("monitoraggio-2024-utf8.csv");
  const xlsx = await table("monitoraggio-2024.xlsx", await monitoraggioXlsx());
  // the sheet's numbers are numbers: the proposal reads their decimals as the CSV's
  expect(xlsx.read.it).toBe("foglio «Export», decimali con la virgola");
  expect(xlsx.headers).toEqual(csv.headers);
  expect(xlsx.proposal).toEqual(csv.proposal);
  const fromXlsx = ready(xlsx);
  const fromCsv = ready(csv);
  expect(previewRows(fromXlsx)).toEqual(previewRows(fromCsv));
  expect(fromXlsx.model.obiettivi).toEqual(fromCsv.model.obiettivi);
  expect(fromXlsx.model.fasi).toEqual(fromCsv.model.fasi);
  expect(fromXlsx.model.indicatori).toEqual(fromCsv.model.indicatori);
  expect(fromXlsx.rejected.map((r) => r.row)).toEqual(
    fromCsv.rejected.map((r) => r.row + TITLE_ROWS),
  );
});

test("an .xlsx the reader refuses gives the reader's Italian message", async () => {
  const encrypted = new Uint8Array(
    readFileSync(join(__dirname, "../../fixtures/producers/broken-encrypted.xlsx")),
  );
  await expect(sourceOf("piano.xlsx", encrypted, readSheet)).rejects.toThrow(
    /^Il file «piano\.xlsx» è protetto da password/,
  );
  await expect(sourceOf("piano.xls", new Uint8Array([1, 2]), readSheet)).rejects.toThrow(
    /^Il file «piano\.xls» non è una cartella di lavoro Excel/,
  );
});
