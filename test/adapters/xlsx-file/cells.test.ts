/**
 * Values written into the user's tables at package level: the cells asked for change, the
 * rest of the sheet and of the package does not, and a table grows with its formats.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { PackageParts } from "../../../src/adapters/xlsx-file/package/zip";
import { openBook, type XlsxBook } from "../../../src/adapters/xlsx-file/read/book";
import { extractRawWorkbook } from "../../../src/adapters/xlsx-file/read/tables";
import { WriteRefused, writeTableCells } from "../../../src/adapters/xlsx-file/write/cells";
import { writeModelXlsx } from "../../../src/adapters/xlsx-file/workbook";
import type { Fase } from "../../../src/core/model/types";
import { FASI, columnIndex } from "../../../src/core/schema/tables";
import type { RecordFields } from "../../../src/core/schema/types";
import { smallModel, tempDir, xmlAttrs } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());

let source: Buffer;
beforeAll(async () => {
  const path = tmp.file("base.xlsx");
  await writeModelXlsx(smallModel(), path);
  source = readFileSync(path);
});

const book = (): XlsxBook => openBook(PackageParts.fromZip(new Uint8Array(source)));
const fasiOf = (b: XlsxBook) => extractRawWorkbook(b).fasi!;
const col = (key: RecordFields<Fase>) => columnIndex(FASI, key);
const sheetPart = (b: XlsxBook, name: string) =>
  b.pkg.text(b.sheets.find((s) => s.name === name)!.part!)!;

describe("writeTableCells", () => {
  it("changes only the cells asked for; their formats stay", () => {
    const b = book();
    const before = fasiOf(b);
    const styleOf = (xml: string, ref: string) => xmlAttrs(xml, "c").find((c) => c.r === ref)?.s;
    const oldXml = sheetPart(b, "Fasi");
    writeTableCells(b, [
      {
        table: before,
        tableName: "tblFasi",
        cells: [
          { row: 0, column: col("avanzamento"), value: 70 },
          { row: 1, column: col("note"), value: "=non una formula", asText: true },
          { row: 1, column: col("numero"), value: "00123", asText: true },
          { row: 2, column: col("peso"), value: "" },
        ],
      },
    ]);
    const after = fasiOf(b);
    const expected = before.rows.map((r) => [...r]);
    expected[0][col("avanzamento")] = 70;
    expected[1][col("note")] = "=non una formula";
    expected[1][col("numero")] = "00123";
    expected[2][col("peso")] = "";
    expect(after.rows).toEqual(expected);
    const newXml = sheetPart(b, "Fasi");
    expect(styleOf(newXml, "I2")).toBe(styleOf(oldXml, "I2"));
    expect(newXml).not.toMatch(/<f>/);
    // the other parts are the same bytes
    const original = PackageParts.fromZip(new Uint8Array(source));
    const changed = original
      .names()
      .filter((p) => !Buffer.from(b.pkg.bytes(p)!).equals(Buffer.from(original.bytes(p)!)));
    expect(changed.sort()).toEqual(
      [b.sheets.find((s) => s.name === "Fasi")!.part!, "xl/styles.xml"].sort(),
    );
  });

  it("grows a table: new rows with the formats of the row above, range, filter and rules follow", async () => {
    const b = book();
    const before = fasiOf(b);
    const n = before.rows.length;
    writeTableCells(b, [
      {
        table: before,
        tableName: "tblFasi",
        cells: [
          { row: n, column: col("obiettivo"), value: "2021_T02", asText: true },
          { row: n, column: col("numero"), value: 2 },
          { row: n + 1, column: col("obiettivo"), value: "2021_T02", asText: true },
          { row: n + 1, column: col("numero"), value: 3 },
        ],
      },
    ]);
    const after = fasiOf(b);
    expect(after.rows).toHaveLength(n + 2);
    expect(after.rows[n + 1].slice(0, 2)).toEqual(["2021_T02", 3]);
    const table = b
      .tables(b.sheets.find((s) => s.name === "Fasi")!)
      .find((t) => t.name === "tblFasi")!;
    const last = 1 + n + 2;
    expect(table.ref).toMatch(new RegExp(`^A1:[A-Z]+${last}$`));
    expect(b.pkg.text(table.part)).toMatch(new RegExp(`<autoFilter ref="A1:[A-Z]+${last}"`));
    const xml = sheetPart(b, "Fasi");
    const cells = xmlAttrs(xml, "c");
    const s = (ref: string) => cells.find((c) => c.r === ref)?.s;
    expect(s(`B${last}`)).toBe(s(`B${last - 2}`));
    // every validation that reached the table's last row now reaches the new one
    for (const v of xmlAttrs(xml, "dataValidation"))
      expect(Number(/(\d+)$/.exec(v.sqref)![1])).toBeGreaterThanOrEqual(last);
    // another program reads the grown table
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b.pkg.toZip().buffer as ArrayBuffer);
    expect(wb.getWorksheet("Fasi")!.getCell(`B${last}`).value).toBe(3);
  });

  it("refuses, changing nothing, when the new rows would cover something below the table", () => {
    const b = book();
    const before = fasiOf(b);
    const n = before.rows.length;
    const partName = b.sheets.find((s) => s.name === "Fasi")!.part!;
    const below = 1 + n + 1;
    b.pkg.set(
      partName,
      sheetPart(b, "Fasi").replace(
        "</sheetData>",
        `<row r="${below}"><c r="C${below}" t="inlineStr"><is><t>nota</t></is></c></row></sheetData>`,
      ),
    );
    const snapshot = b.pkg.toZip();
    expect(() =>
      writeTableCells(b, [
        { table: before, tableName: "tblFasi", cells: [{ row: n, column: 0, value: "X" }] },
      ]),
    ).toThrow(WriteRefused);
    expect(Buffer.from(b.pkg.toZip()).length).toBe(Buffer.from(snapshot).length);
    expect(sheetPart(b, "Fasi")).toContain(`<c r="C${below}"`);
  });

  it("drops the calculation chain when a formula gives way to a value", () => {
    const b = book();
    const before = fasiOf(b);
    const partName = b.sheets.find((s) => s.name === "Fasi")!.part!;
    b.pkg.set(
      partName,
      sheetPart(b, "Fasi").replace(
        /<c r="I2"([^>]*)>.*?<\/c>|<c r="I2"([^>]*)\/>/,
        '<c r="I2"$1$2><f>20+10</f><v>30</v></c>',
      ),
    );
    b.pkg.set(
      "xl/calcChain.xml",
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="I2" i="2"/></calcChain>',
    );
    b.pkg.set(
      "xl/_rels/workbook.xml.rels",
      b.pkg
        .text("xl/_rels/workbook.xml.rels")!
        .replace(
          "</Relationships>",
          '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
    );
    writeTableCells(b, [
      {
        table: before,
        tableName: "tblFasi",
        cells: [{ row: 0, column: col("avanzamento"), value: 45 }],
      },
    ]);
    expect(b.pkg.has("xl/calcChain.xml")).toBe(false);
    expect(b.pkg.text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(fasiOf(b).rows[0][col("avanzamento")]).toBe(45);
  });
});
