/**
 * The Relazione's charts as parts of the file: well-formed, linked (sheet → drawing → chart,
 * content types), and each series pointing at cells that hold the values it caches.
 */
import { readFileSync } from "node:fs";
import { writeSchedeOnly } from "../../../src/adapters/xlsx-file/schede";
import { PackageParts } from "../../../src/adapters/xlsx-file/package/zip";
import { parseXml } from "../../../src/adapters/xlsx-file/package/xml";
import { readRels } from "../../../src/adapters/xlsx-file/package/opc";
import { readSheetCells } from "../../../src/adapters/xlsx-file/read/sheet";
import { computeAll } from "../../../src/core/compute";
import { relazioneData } from "../../../src/core/relazione/data";
import { buildRelazione } from "../../../src/core/relazione/layout";
import { columnIndex0 } from "../../../src/core/schema/address";
import { iso } from "../../fixtures/model";
import { monitoredSample } from "../../fixtures/monitored-sample";
import { tempDir } from "./helpers";

const tmp = tempDir();
afterAll(() => tmp.remove());

async function written(): Promise<PackageParts> {
  const m = monitoredSample();
  const { layout, charts } = buildRelazione(m, relazioneData(m, computeAll(m)), {
    dataElaborazione: iso("2021-10-05"),
  });
  const file = tmp.file("rel.xlsx");
  await writeSchedeOnly([{ layout, charts, marker: { kind: "relazione" } }], file);
  return PackageParts.fromZip(new Uint8Array(readFileSync(file)));
}

/** "'Relazione'!$B$5:$B$9" -> rows and column */
function cellsOf(ref: string): { col: number; rows: number[] } {
  const m = /!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`riferimento inatteso: ${ref}`);
  const first = Number(m[2]);
  const last = Number(m[3] ?? m[2]);
  return {
    col: (columnIndex0(m[1]) ?? -1) + 1,
    rows: Array.from({ length: last - first + 1 }, (_, i) => first + i),
  };
}

describe("Relazione charts in the package", () => {
  let pkg: PackageParts;
  beforeAll(async () => {
    pkg = await written();
  });

  it("writes well-formed drawing and chart parts with their content types", () => {
    const names = pkg.names();
    const charts = names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(3);
    expect(names).toContain("xl/drawings/drawing1.xml");
    for (const n of names.filter((x) => /\.(xml|rels)$/.test(x)))
      expect(() => parseXml(pkg.text(n) ?? "", n)).not.toThrow();
    const types = pkg.text("[Content_Types].xml") ?? "";
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
    );
    for (const c of charts)
      expect(types).toContain(
        `PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
      );
  });

  it("links the sheet to its drawing and the drawing to each chart", () => {
    const sheet = pkg.text("xl/worksheets/sheet1.xml") ?? "";
    const id = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
    const drawing = readRels(pkg, "xl/worksheets/sheet1.xml").find((r) => r.id === id);
    expect(drawing?.target).toBe("xl/drawings/drawing1.xml");
    const xml = pkg.text("xl/drawings/drawing1.xml") ?? "";
    const ids = [...xml.matchAll(/<c:chart [^>]*r:id="(rId\d+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(3);
    const targets = readRels(pkg, "xl/drawings/drawing1.xml");
    expect(ids.map((i) => targets.find((r) => r.id === i)?.target)).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
    ]);
    expect(xml.match(/<xdr:twoCellAnchor/g)).toHaveLength(3);
  });

  it("caches in each series exactly what the referenced cells hold", () => {
    const cells = readSheetCells(pkg.text("xl/worksheets/sheet1.xml") ?? "", {
      sharedStrings: [],
      looks: [],
      date1904: false,
    });
    const valueAt = (row: number, col: number) => cells.get(row)?.get(col)?.value ?? null;
    let checked = 0;
    for (const n of ["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"]) {
      const xml = pkg.text(n) ?? "";
      expect(xml).toContain("<c:barChart>");
      for (const ref of xml.matchAll(/<c:(strRef|numRef)><c:f>([^<]+)<\/c:f>(.*?)<\/c:\1>/g)) {
        const { col, rows } = cellsOf(ref[2].replace(/&apos;/g, "'"));
        const points = new Map(
          [...ref[3].matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((p) => [
            Number(p[1]),
            p[2].replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
          ]),
        );
        expect(ref[3]).toContain(`<c:ptCount val="${rows.length}"/>`);
        rows.forEach((row, i) => {
          const v = valueAt(row, col);
          if (v === null || v === "") expect(points.has(i)).toBe(false);
          else expect(points.get(i)).toBe(String(v));
        });
        checked++;
      }
    }
    // fasce: name + categories + values; media: the same; stati: 5 names, 5 categories, 5 values
    expect(checked).toBe(3 + 3 + 15);
  });

  it("makes a horizontal, a stacked and a vertical bar chart", () => {
    const kinds = [1, 2, 3].map((i) => {
      const xml = pkg.text(`xl/charts/chart${i}.xml`) ?? "";
      return [/<c:barDir val="(\w+)"/.exec(xml)?.[1], /<c:grouping val="(\w+)"/.exec(xml)?.[1]];
    });
    expect(kinds).toEqual([
      ["col", "clustered"],
      ["bar", "clustered"],
      ["bar", "stacked"],
    ]);
    expect(pkg.text("xl/charts/chart3.xml")).toContain('<c:overlap val="100"/>');
  });
});
