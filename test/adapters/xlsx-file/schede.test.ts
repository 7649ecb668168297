/**
 * Schede written into a package: read back by another program (ExcelJS) and checked part by
 * part where ExcelJS does not look (breaks, defined names, untouched parts).
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { writeSchede, writeSchedeOnly, sheetsOf } from "../../../src/adapters/xlsx-file/schede";
import { PackageParts } from "../../../src/adapters/xlsx-file/package/zip";
import { openBook } from "../../../src/adapters/xlsx-file/read/book";
import {
  openXlsx,
  readRawWorkbook,
  writeModelXlsx,
} from "../../../src/adapters/xlsx-file/workbook";
import { buildIndexSheet, buildScheda } from "../../../src/core/layout";
import type { SchedaLayout } from "../../../src/core/layout/types";
import { columnLetters } from "../../../src/core/schema/address";
import { DATA_ELABORAZIONE, FULL, testModel, testResult } from "../../core/layout/fixture";
import { smallModel, tempDir, xmlAttrs, zipPart, zipParts } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());
const model = testModel(40, 30);

function scheda(sheetName = FULL): SchedaLayout {
  return buildScheda(model, testResult(FULL), FULL, {
    dataElaborazione: DATA_ELABORAZIONE,
    sheetName,
  });
}

let n = 0;
/** write a file holding only these layouts and read it back with ExcelJS */
async function roundTrip(layouts: SchedaLayout[]) {
  const path = tmp.file(`solo-schede-${++n}.xlsx`);
  await writeSchedeOnly(
    layouts.map((layout) => ({ layout, marker: { kind: "scheda", codice: layout.sheetName } })),
    path,
  );
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path);
  return { back, path };
}

function read(ws: ExcelJS.Worksheet, row: number, col: number) {
  const { value, type, numFmt, font } = ws.findCell(row, col) ?? {};
  return { value, type, numFmt, fontName: font?.name };
}

describe("a scheda as a worksheet part", () => {
  it("writes page setup, print titles, header/footer and no gridlines", async () => {
    const l = scheda();
    const ws = (await roundTrip([l])).back.getWorksheet(FULL);
    expect(ws).toBeDefined();
    const p = ws!.pageSetup;
    expect(p).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: l.page.printArea,
    });
    expect(p.printTitlesRow).toBe(l.page.printTitleRows);
    expect(p.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.75, bottom: 0.75 });
    expect(ws!.headerFooter.oddHeader).toBe(l.page.header);
    expect(ws!.headerFooter.oddFooter).toBe(l.page.footer);
    expect(ws!.views[0].showGridLines).toBe(false);
  });

  it("keeps sizes, merges and manual breaks (stored after the row above)", async () => {
    const l = scheda();
    const { back, path } = await roundTrip([l]);
    const ws = back.getWorksheet(FULL)!;
    l.columns.forEach((c, i) => expect(ws.getColumn(i + 1).width).toBeCloseTo(c.width, 5));
    l.rows.forEach((r, i) => expect(ws.getRow(i + 1).height).toBeCloseTo(r.height, 5));
    for (const m of l.merges) expect(ws.getCell(m.top, m.right).isMerged).toBe(true);
    expect(l.breaks.length).toBeGreaterThan(0);
    const breaks = xmlAttrs(zipPart(path, "xl/worksheets/sheet1.xml"), "brk");
    expect(breaks.map((b) => Number(b.id))).toEqual(l.breaks.map((b) => b - 1));
  });

  it("styles every cell of a merged area like its first cell (borders draw all round)", async () => {
    const l = scheda();
    const ws = (await roundTrip([l])).back.getWorksheet(FULL)!;
    const wide = l.merges.find((m) => m.right > m.left)!;
    const styleAt = (col: number) => ({ ...ws.getCell(wide.top, col).style });
    expect(styleAt(wide.right)).toEqual(styleAt(wide.left));
  });

  it("writes formula-like text as text, numbers with their format, styles explicit", async () => {
    const l = scheda();
    const ws = (await roundTrip([l])).back.getWorksheet(FULL)!;
    const marked = l.cells.find((c) => c.forceText);
    expect(marked).toBeDefined();
    const text = read(ws, marked!.row, marked!.col);
    expect(text.value).toBe(marked!.value);
    expect(text.type).toBe(ExcelJS.ValueType.String);
    expect(text.numFmt).toBe("@");
    const numeric = l.cells.find((c) => typeof c.value === "number" && c.numberFormat);
    const num = read(ws, numeric!.row, numeric!.col);
    expect(num.value).toBe(numeric!.value);
    expect(num.numFmt).toBe(numeric!.numberFormat);
    expect(num.fontName).toBe("Arial");
  });

  it("links the index rows to their scheda sheets", async () => {
    const index = buildIndexSheet(model, [], [{ codice: FULL, sheetName: FULL }], {
      dataElaborazione: DATA_ELABORAZIONE,
    });
    const { path } = await roundTrip([index, scheda()]);
    const c = index.cells.find((x) => x.link)!;
    const links = xmlAttrs(zipPart(path, "xl/worksheets/sheet1.xml"), "hyperlink");
    expect(links).toEqual([expect.objectContaining({ location: `'${FULL}'!A1`, display: FULL })]);
    expect(links[0].ref).toBe(`${columnLetters(c.col - 1)}${c.row}`);
  });
});

describe("schede written into the user's workbook", () => {
  async function userBook(): Promise<string> {
    const path = tmp.file(`utente-${++n}.xlsx`);
    await writeModelXlsx(smallModel(), path);
    return path;
  }

  it("keeps every part of the user's workbook byte for byte, but the three it must change", async () => {
    const input = await userBook();
    const book = await openXlsx(input);
    const out = tmp.file(`con-schede-${n}.xlsx`);
    await writeSchede(
      book,
      {
        remove: [],
        staleMarkers: [],
        add: [{ layout: scheda(), marker: { kind: "scheda", codice: FULL } }],
      },
      out,
    );
    const before = PackageParts.fromZip(readFileSync(input));
    const after = PackageParts.fromZip(readFileSync(out));
    const changed = before
      .names()
      .filter((p) => !Buffer.from(after.bytes(p) ?? []).equals(Buffer.from(before.bytes(p)!)));
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
      ].sort(),
    );
    expect(after.names().length).toBe(before.names().length + 1);
    expect(zipParts(out)).toContain("xl/worksheets/sheet7.xml");
    const raw = readRawWorkbook(await openXlsx(out), out);
    expect(raw).toEqual(readRawWorkbook(await openXlsx(input), input));
  });

  it("replaces our earlier sheets, renumbers sheet-scoped names and leaves the user's sheets", async () => {
    const input = await userBook();
    const first = tmp.file(`prima-${n}.xlsx`);
    const add = (name: string) => ({
      layout: scheda(name),
      marker: { kind: "scheda" as const, codice: name },
    });
    await writeSchede(
      await openXlsx(input),
      { remove: [], staleMarkers: [], add: [add("Alfa"), add("Beta")] },
      first,
    );
    const book = await openXlsx(first);
    const marked = sheetsOf(book, readRawWorkbook(book, first));
    expect(marked.sheets.filter((s) => s.marker).map((s) => s.name)).toEqual(["Alfa", "Beta"]);
    const out = tmp.file(`seconda-${n}.xlsx`);
    await writeSchede(book, { remove: ["Alfa"], staleMarkers: [], add: [add("Gamma")] }, out);
    const back = await openXlsx(out);
    expect(back.sheets.map((s) => s.name)).toEqual([
      ...(await openXlsx(input)).sheets.map((s) => s.name),
      "Beta",
      "Gamma",
    ]);
    const areas = back.names.filter((x) => x.name === "_xlnm.Print_Area");
    expect(areas.map((a) => [back.sheets[a.localSheetId!].name, a.formula.split("!")[0]])).toEqual([
      ["Beta", "Beta"],
      ["Gamma", "Gamma"],
    ]);
    expect(
      back.names.filter((x) => x.comment?.startsWith("Schede PEG")).map((x) => x.formula),
    ).toEqual(["Beta!$A$1", "Gamma!$A$1"]);
    const ws = new ExcelJS.Workbook();
    await ws.xlsx.readFile(out);
    expect(ws.worksheets.map((w) => w.name)).toContain("Gamma");
  });

  it("never counts a data sheet as ours, even when a marker points at it", async () => {
    const pkg = PackageParts.fromZip(readFileSync(await userBook()));
    const book = openBook(pkg);
    const faked = {
      ...book,
      names: [
        {
          name: "SchedePEG_9",
          localSheetId: null,
          hidden: true,
          comment: "Schede PEG: scheda X",
          formula: "Fasi!$A$1",
        },
      ],
    };
    const marked = sheetsOf(faked, readRawWorkbook(book, "x"));
    expect(marked.sheets.find((s) => s.name === "Fasi")?.marker).toBeNull();
  });
});
