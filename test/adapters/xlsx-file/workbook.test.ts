import ExcelJS from "exceljs";
import { parseWorkbook } from "../../../src/core/parse";
import { samplePeg } from "../../../src/core/sample";
import { FASI, INDICATORI, OBIETTIVI, TABLES, columnIndex } from "../../../src/core/schema/tables";
import type { TableDef } from "../../../src/core/schema/types";
import { SETTINGS } from "../../../src/core/schema/settings";
import { columnLetters } from "../../../src/core/schema/address";
import {
  readModelFromXlsx,
  readXlsxFile,
  writeModelXlsx,
} from "../../../src/adapters/xlsx-file/workbook";
import {
  TRICKY_TEXTS,
  smallModel,
  tempDir,
  withoutOrigin,
  xmlAttrs,
  zipPart,
  zipParts,
} from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());

const small = smallModel();
const smallFile = tmp.file("piccolo.xlsx");
const sampleFile = tmp.file("esempio.xlsx");

beforeAll(async () => {
  await writeModelXlsx(small, smallFile);
  await writeModelXlsx(samplePeg(), sampleFile);
});

/** sheet name -> the path of its XML part, from workbook.xml and its relationships */
function sheetParts(file: string): Map<string, string> {
  const sheets = xmlAttrs(zipPart(file, "xl/workbook.xml"), "sheet");
  const rels = xmlAttrs(zipPart(file, "xl/_rels/workbook.xml.rels"), "Relationship");
  const target = new Map(rels.map((r) => [r.Id, r.Target.replace(/^\/?(xl\/)?/, "xl/")]));
  return new Map(sheets.map((s) => [s.name, target.get(s["r:id"]) ?? ""]));
}

function lastCell(def: TableDef, bodyRows: number): string {
  return `${columnLetters(def.columns.length - 1)}${1 + Math.max(bodyRows, 1)}`;
}

describe("round trip model -> xlsx -> RawWorkbook -> parse", () => {
  it.each([
    ["a small model touching every column type", () => small, () => smallFile],
    ["the bundled sample", samplePeg, () => sampleFile],
  ])("gives back %s unchanged", async (_name, model, file) => {
    const { model: back } = parseWorkbook(await readXlsxFile(file()));
    expect(withoutOrigin(back)).toEqual(withoutOrigin(model()));
  });

  it("reads the small model without any problem", async () => {
    const parsed = await readModelFromXlsx(smallFile);
    expect(parsed.problems).toEqual([]);
    expect(parsed.missingTables).toEqual([]);
  });

  it("returns dates as Excel serials and empty cells as empty strings", async () => {
    const raw = await readXlsxFile(smallFile);
    const fasi = raw.fasi!;
    const row = fasi.rows[0];
    expect(row[columnIndex(FASI, "inizioPrevista")]).toBe(44197); // 2021-01-01
    expect(row[columnIndex(FASI, "fineEffettiva")]).toBe("");
    expect(fasi.headers).toEqual(FASI.columns.map((c) => c.header));
  });
});

describe("the written file", () => {
  it("holds every schema table as a real Excel table with the schema's headers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sampleFile);
    for (const def of TABLES) {
      const ws = wb.getWorksheet(def.sheet);
      expect(ws).toBeDefined();
      expect(ws!.getTable(def.table)).toBeDefined();
      const headers = def.columns.map((_, i) => ws!.getRow(1).getCell(i + 1).value);
      expect(headers).toEqual(def.columns.map((c) => c.header));
    }
  });

  it("has one table part per schema table, with the right name, range and column names", () => {
    const parts = zipParts(sampleFile).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));
    const tables = parts.map((p) => {
      const xml = zipPart(sampleFile, p);
      return { table: xmlAttrs(xml, "table")[0], columns: xmlAttrs(xml, "tableColumn") };
    });
    const sample = samplePeg();
    const bodies: Record<string, number> = {
      tblObiettivi: sample.obiettivi.length,
      tblFasi: sample.fasi.length,
      tblIndicatori: sample.indicatori.length,
      tblSoggetti: sample.soggetti.length,
      tblRilevazioni: sample.rilevazioni.length,
      tblImpostazioni: SETTINGS.length,
    };
    expect(tables.map((t) => t.table.name).sort()).toEqual(TABLES.map((t) => t.table).sort());
    for (const def of TABLES) {
      const t = tables.find((x) => x.table.name === def.table)!;
      expect(t.table.ref).toBe(`A1:${lastCell(def, bodies[def.table])}`);
      expect(t.columns.map((c) => c.name)).toEqual(def.columns.map((c) => c.header));
    }
  });

  it("writes text that looks like a formula as a string, never as a formula", () => {
    const xml = zipPart(smallFile, sheetParts(smallFile).get(OBIETTIVI.sheet)!);
    const col = columnLetters(columnIndex(OBIETTIVI, "descrizione"));
    const cell = new RegExp(`<c r="${col}2"[^>]*>(.*?)</c>`).exec(xml);
    expect(cell).not.toBeNull();
    expect(cell![0]).toMatch(/t="s"/);
    expect(cell![1]).not.toMatch(/<f>/);
    for (const [, part] of sheetParts(smallFile))
      expect(zipPart(smallFile, part)).not.toMatch(/<f>/);
    const strings = zipPart(smallFile, "xl/sharedStrings.xml");
    for (const text of TRICKY_TEXTS) expect(strings).toContain(`<t>${text}</t>`);
  });

  it("freezes the header row of every data sheet", () => {
    for (const [, part] of sheetParts(sampleFile)) {
      const pane = xmlAttrs(zipPart(sampleFile, part), "pane")[0];
      expect(pane).toMatchObject({ ySplit: "1", state: "frozen", topLeftCell: "A2" });
    }
  });

  it("sets the schema's number formats on the data cells", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(smallFile);
    const ws = wb.getWorksheet(FASI.sheet)!;
    for (const key of ["inizioPrevista", "peso", "numero", "descrizione"] as const) {
      const i = columnIndex(FASI, key);
      expect([key, ws.getRow(2).getCell(i + 1).numFmt]).toEqual([
        key,
        FASI.columns[i].numberFormat,
      ]);
    }
  });
});

describe("data validation and conditional formats", () => {
  function validations(sheet: string): Record<string, string>[] {
    return xmlAttrs(zipPart(sampleFile, sheetParts(sampleFile).get(sheet)!), "dataValidation");
  }
  function validationOf(def: TableDef, key: string): Record<string, string> | undefined {
    const letter = columnLetters(columnIndex(def, key));
    return validations(def.sheet).find((v) => v.sqref.startsWith(`${letter}2:${letter}`));
  }

  it.each<[string, TableDef, string, Record<string, string>]>([
    ["enum -> list", OBIETTIVI, "stato", { type: "list", showErrorMessage: "1" }],
    ["flag -> list", INDICATORI, "cumulativo", { type: "list" }],
    ["percent -> decimal", FASI, "peso", { type: "decimal", showInputMessage: "1" }],
    ["integer -> whole", FASI, "numero", { type: "whole", operator: "greaterThanOrEqual" }],
    ["date -> date", FASI, "inizioPrevista", { type: "date" }],
  ])("%s", (_name, def, key, expected) => {
    const v = validationOf(def, key);
    expect(v).toMatchObject(expected);
    expect(v!.error).toMatch(/[a-zà-ù]/i);
  });

  it("uses the column's help as the input message", () => {
    const help = FASI.columns[columnIndex(FASI, "peso")].help!;
    expect(validationOf(FASI, "peso")!.prompt).toBe(help);
  });

  it("lists the allowed values of an enum column", () => {
    const xml = zipPart(sampleFile, sheetParts(sampleFile).get(OBIETTIVI.sheet)!);
    expect(xml).toContain("<formula1>&quot;In Corso,Da avviare,Concluso,Sospeso,Annullato&quot;");
  });

  it("flags on Fasi the rows whose objective's weights do not sum to 100", () => {
    const xml = zipPart(sampleFile, sheetParts(sampleFile).get(FASI.sheet)!);
    expect(xml).toMatch(
      /<cfRule type="expression"[^>]*><formula>[^<]*SUMIFS\(\$H:\$H,\$A:\$A,\$A2\)/,
    );
  });

  it("flags out-of-range percentages", () => {
    const xml = zipPart(sampleFile, sheetParts(sampleFile).get(FASI.sheet)!);
    expect(xml).toContain("H2&gt;100");
    expect(xml).toContain("I2&gt;100");
  });
});
