/**
 * The Importa view's state logic: the file read with the command line's core code, the
 * mapping as choices, the preview, the counts and the problems with their source rows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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

const DIR = join(__dirname, "../../fixtures/import");
const STAMP = { utente: "Rossi", timestamp: "2024-07-01T09:00:00" };
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

function table(name: string): Extract<Source, { kind: "table" }> {
  const source = sourceOf(name, bytes(name));
  if (source.kind !== "table") throw new Error("not a table");
  return source;
}

function ready(source: Source, json = source.kind === "table" ? source.proposal : {}) {
  const outcome = outcomeOf(source, json, STAMP);
  if (outcome.kind !== "ready") throw new Error(outcome.errors.join("; "));
  return outcome.result;
}

test("a Windows-1252 CSV is read as the command line reads it, its mapping proposed", () => {
  const source = table("monitoraggio-2024-cp1252.csv");
  expect(source.read).toBe(
    "CSV, separatore punto e virgola, Windows-1252, decimali con la virgola",
  );
  expect(source.headers).toContain("Unità");
  const rows = fieldRows(source.proposal);
  const code = rows.find((r) => r.table === "obiettivi" && r.header === "Codice");
  // the code is extracted from the objective's description («OB01 - …»)
  expect(code?.column).toBe("Obiettivo");
});

test("the proposal of the UTF-8 fixture is the mapping file saved next to it", () => {
  const source = table("monitoraggio-2024-utf8.csv");
  const saved = JSON.parse(readFileSync(join(DIR, "monitoraggio-2024-utf8.mappa.json"), "utf8"));
  expect(source.proposal).toEqual(saved);
  const byField = Object.fromEntries(
    fieldRows(source.proposal).map((r) => [`${r.table}.${r.header}`, r.column]),
  );
  expect(byField["fasi.Peso"]).toBe("Peso fase");
  expect(byField["indicatori.Tipo"]).toBeNull();
});

test("preview, counts and rejected rows with their row numbers", () => {
  const source = table("monitoraggio-2024-utf8.csv");
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

test("a conflict inside the source names both rows; one against the workbook none", () => {
  const source = table("monitoraggio-2024-utf8.csv");
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

test("choosing another column, or none, changes the mapping and the import", () => {
  const source = table("monitoraggio-2024-utf8.csv");
  const none = withColumn(source.proposal, "fasi", "Peso", null);
  expect(fieldRows(none).find((r) => r.table === "fasi" && r.header === "Peso")?.column).toBeNull();
  expect(ready(source, none).model.fasi.every((f) => f.peso === null)).toBe(true);
  const anno = withColumn(source.proposal, "obiettivi", "Responsabile", "CdR");
  expect(ready(source, anno).model.obiettivi[0].responsabile).toBe("Ambiente e Territorio");
  // the proposal is left as it was
  expect(source.proposal.obiettivi?.Responsabile).toBe("Responsabile");
});

test("a mapping the core refuses is reported with its reasons", () => {
  const source = table("monitoraggio-2024-utf8.csv");
  const outcome = outcomeOf(source, { ...source.proposal, decimali: ";" as never }, STAMP);
  expect(outcome.kind).toBe("mapping");
  if (outcome.kind === "mapping") expect(outcome.errors.join(" ")).toMatch(/decimali/);
});

test("a report in text is read by the report parser; xlsx and pdf are told how to convert", () => {
  const report = sourceOf("report-2024.txt", bytes("report-2024.txt"));
  expect(report.kind).toBe("report");
  expect(ready(report).model.obiettivi.length).toBeGreaterThan(0);
  for (const [name, problem] of [
    ["piano.xlsx", "xlsx"],
    ["report.pdf", "pdf"],
    ["piano.ods", "unknown"],
  ] as const) {
    expect(() => sourceOf(name, new Uint8Array([1, 2]))).toThrow(new SourceRefused(problem));
  }
  expect(() => sourceOf("vuoto.csv", new TextEncoder().encode("\n\n"))).toThrow(
    new SourceRefused("empty"),
  );
});
