/**
 * `genera` on files made by other producers changes only what it means to change: every
 * part of the user's package comes out byte for byte but the workbook, its relationships, the
 * content types and the styles, and those keep all they held (sheets, names, formats).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PackageParts } from "../../src/adapters/xlsx-file/package/zip";
import { openBook } from "../../src/adapters/xlsx-file/read/book";
import { readRawWorkbook } from "../../src/adapters/xlsx-file/workbook";
import { hasCommand, pageTexts, xlsxToPdf } from "../print/pdf-tools";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { corpus, fileOf, otherPartsChanged, run } from "./corpus";

const tmp = tempDir();
afterAll(() => tmp.remove());

function genera(file: string, out: string): Promise<{ code: number; text: string }> {
  return run(["genera", file, "-o", out]);
}

const readable = corpus().filter((e) => e.readable);

describe.each(readable.map((e) => [e.file, e] as const))("genera on %s", (_name, e) => {
  const out = tmp.file(`schede-${e.file}`);
  let before: PackageParts;
  let after: PackageParts;
  beforeAll(async () => {
    const r = await genera(fileOf(e), out);
    expect(r.text).toMatch(/Scritto «.*»: \d+ schede/);
    expect(r.code).toBe(0);
    before = PackageParts.fromZip(readFileSync(fileOf(e)));
    after = PackageParts.fromZip(readFileSync(out));
  });

  it("keeps every other part of the package byte for byte", () => {
    expect(otherPartsChanged(before, after)).toEqual([]);
  });

  it("keeps the workbook's sheets, in order and state, and its defined names", () => {
    const a = openBook(before);
    const b = openBook(after);
    const sheet = (s: { name: string; kind: string; state: string; part?: string }) =>
      `${s.name}|${s.kind}|${s.state}|${s.part}`;
    expect(b.sheets.slice(0, a.sheets.length).map(sheet)).toEqual(a.sheets.map(sheet));
    expect(b.names).toEqual(expect.arrayContaining([...a.names]));
    expect(b.date1904).toBe(a.date1904);
  });

  it("keeps every cell format of the workbook where it was (new ones are appended)", () => {
    const a = openBook(before).looks;
    expect(openBook(after).looks.slice(0, a.length)).toEqual(a);
  });

  it("keeps the content types of every part", () => {
    const overrides = (p: PackageParts) =>
      [...(p.text("[Content_Types].xml") ?? "").matchAll(/<Override [^>]*\/>/g)].map((m) => m[0]);
    expect(overrides(after)).toEqual(expect.arrayContaining(overrides(before)));
  });

  it("reads the same data back", () => {
    expect(readRawWorkbook(openBook(after), out)).toEqual(readRawWorkbook(openBook(before), "in"));
  });
});

const soffice = hasCommand("soffice");
(soffice ? describe : describe.skip)("LibreOffice opens what genera wrote", () => {
  it.each(["openpyxl-chart-image.xlsx", "libreoffice-pivot.xlsx", "gnumeric-xlsx2.xlsx"])(
    "%s: the schede print",
    async (file) => {
      const e = readable.find((x) => x.file === file)!;
      const dir = mkdtempSync(join(tmpdir(), "schede-peg-corpus-"));
      const out = join(dir, `schede-${file}`);
      expect((await genera(fileOf(e), out)).code).toBe(0);
      const text = pageTexts(await xlsxToPdf(out, dir)).join("\n");
      expect(text).toContain("Indice schede");
      expect(text).toContain("Scheda obiettivo 2021_S08_20");
    },
    120_000,
  );
});
