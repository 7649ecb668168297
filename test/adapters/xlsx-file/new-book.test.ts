/**
 * The new workbook of `importa`, its rows written as sheet XML (write/new-book.ts), against
 * the same model built all with ExcelJS (`writeModelXlsx`): cell by cell the same values and
 * formats, the same tables, validation and conditional formats, the same reading.
 */
import ExcelJS from "exceljs";
import {
  readModelFromXlsx,
  writeModelXlsx,
  writeNewModelXlsx,
} from "../../../src/adapters/xlsx-file/workbook";
import type { PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { TRICKY_TEXTS, smallModel, tempDir } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());

/** The sample five times over (155 objectives), with texts an import keeps as text. */
function mediumModel(): PegModel {
  const sample = samplePeg();
  const copies = [1, 2, 3, 4, 5];
  const code = (c: string, i: number) => `${c}_${i}`;
  const model: PegModel = {
    ...sample,
    obiettivi: copies.flatMap((i) =>
      sample.obiettivi.map((o) => ({ ...o, codice: code(o.codice, i) })),
    ),
    fasi: copies.flatMap((i) =>
      sample.fasi.map((f) => ({ ...f, obiettivo: code(f.obiettivo, i) })),
    ),
    indicatori: copies.flatMap((i) =>
      sample.indicatori.map((x) => ({ ...x, obiettivo: code(x.obiettivo, i) })),
    ),
    soggetti: copies.flatMap((i) =>
      sample.soggetti.map((s) => ({ ...s, obiettivo: code(s.obiettivo, i) })),
    ),
    rilevazioni: copies.flatMap((i) =>
      sample.rilevazioni.map((r) => ({ ...r, obiettivo: code(r.obiettivo, i) })),
    ),
  };
  // what an import keeps as it found it: text in a number column, formula-like text
  Object.assign(model.fasi[3], { peso: "50%" });
  Object.assign(model.indicatori[2], { valoreAtteso: "2024-06", descrizione: TRICKY_TEXTS[0] });
  model.obiettivi[1].descrizione = TRICKY_TEXTS[1];
  return model;
}

interface SheetContent {
  readonly cells: Record<string, { value: unknown; numFmt: string | undefined }>;
  readonly tables: unknown[];
  readonly validations: unknown;
  readonly conditional: unknown;
  readonly widths: (number | undefined)[];
}

async function contentOf(path: string): Promise<Record<string, SheetContent>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, SheetContent> = {};
  wb.eachSheet((ws) => {
    const cells: SheetContent["cells"] = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = { value: cell.value, numFmt: cell.numFmt };
      }),
    );
    const tables = ws.getTables().map((t) => {
      const { name, tableRef, columns, style } = (
        t as unknown as { table: ExcelJS.TableProperties & { tableRef: string } }
      ).table;
      return { name, tableRef, columns: columns.map((c) => c.name), style };
    });
    out[ws.name] = {
      cells,
      tables,
      validations: (ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
      conditional: (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings,
      widths: ws.columns.map((c) => c.width),
    };
  });
  return out;
}

describe.each([
  ["piccolo", smallModel],
  ["medio (155 obiettivi)", mediumModel],
])("nuova cartella %s", (name, model) => {
  const byExcelJs = tmp.file(`${name}-exceljs.xlsx`);
  const byRows = tmp.file(`${name}-righe.xlsx`);
  beforeAll(async () => {
    await writeModelXlsx(model(), byExcelJs);
    await writeNewModelXlsx(model(), byRows);
  });

  test("le stesse celle, formati, tabelle, convalide e formati condizionali", async () => {
    const expected = await contentOf(byExcelJs);
    const actual = await contentOf(byRows);
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const sheet of Object.keys(expected)) {
      expect([sheet, actual[sheet]]).toEqual([sheet, expected[sheet]]);
    }
    // the comparison saw the rows, the text kept as text, the rules and the tables
    const fasi = expected.Fasi;
    expect(Object.keys(fasi.cells).length).toBeGreaterThan(model().fasi.length * 5);
    expect(Object.values(fasi.cells).some((c) => c.numFmt === "@")).toBe(true);
    expect(fasi.tables).toHaveLength(1);
    expect(Object.keys(fasi.validations as object).length).toBeGreaterThan(0);
    expect(fasi.conditional).not.toEqual([]);
  });

  test("la stessa lettura: modello e problemi", async () => {
    const a = await readModelFromXlsx(byExcelJs);
    const b = await readModelFromXlsx(byRows);
    expect(b.model).toEqual(a.model);
    expect(b.problems).toEqual(a.problems);
    expect(b.model.obiettivi).toHaveLength(model().obiettivi.length);
  });
});
