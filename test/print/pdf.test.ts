/**
 * The real check of the printed scheda: render layouts to .xlsx with ExcelJS, let LibreOffice
 * print them to PDF, then read the PDF back (poppler-utils). PDFs and PNG pages are left in
 * out/print/ for a person to look at.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeSchedeOnly } from "../../src/adapters/xlsx-file/schede";
import { computeAll } from "../../src/core/compute";
import { buildIndexSheet, buildScheda, schedaSheetName } from "../../src/core/layout";
import type { SchedaLayout } from "../../src/core/layout/types";
import type { PegModel } from "../../src/core/model/types";
import { SAMPLE_SOURCE, samplePeg } from "../../src/core/sample";
import { AWKWARD, BARE, DATA_ELABORAZIONE, FULL, testModel } from "../core/layout/fixture";
import {
  hasCommand,
  normalise,
  pageSizes,
  pageTexts,
  pdfToPngs,
  wordBoxes,
  xlsxToPdf,
} from "./pdf-tools";
import { linesOfSheet } from "./lines";

const OUT = resolve(__dirname, "../../out/print");
const MARGIN_PT = 0.5 * 72;
const available = hasCommand("soffice") && hasCommand("pdfinfo", "-v");

interface Printed {
  readonly model: PegModel;
  readonly layouts: SchedaLayout[];
  /** codici in sheet order, "" for the index */
  readonly keys: string[];
  readonly pdf: string;
  readonly pages: string[];
}

function schede(model: PegModel, codici: readonly string[], withIndex: boolean) {
  const results = computeAll(model).objectives;
  const taken: string[] = ["Indice schede"];
  const layouts: SchedaLayout[] = [];
  const entries = codici.map((codice) => {
    const sheetName = schedaSheetName(codice, taken);
    taken.push(sheetName);
    const result = results.find((r) => r.codice === codice);
    layouts.push(
      buildScheda(model, result, codice, { dataElaborazione: DATA_ELABORAZIONE, sheetName }),
    );
    return { codice, sheetName };
  });
  if (!withIndex) return { layouts, keys: [...codici] };
  const index = buildIndexSheet(model, results, entries, {
    dataElaborazione: DATA_ELABORAZIONE,
    filtri: { centri: [SAMPLE_SOURCE.settore], stati: ["In Corso"] },
  });
  return { layouts: [index, ...layouts], keys: ["", ...codici] };
}

async function print(name: string, model: PegModel, codici: string[], withIndex: boolean) {
  const { layouts, keys } = schede(model, codici, withIndex);
  const dir = mkdtempSync(join(tmpdir(), "schede-peg-print-"));
  const xlsx = join(dir, `${name}.xlsx`);
  await writeSchedeOnly(
    layouts.map((layout, i) => ({
      layout,
      marker: keys[i] === "" ? { kind: "indice" } : { kind: "scheda", codice: keys[i] },
    })),
    xlsx,
  );
  const pdf = await xlsxToPdf(xlsx, dir);
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f.startsWith(`${name}`)) rmSync(join(OUT, f));
  copyFileSync(pdf, join(OUT, `${name}.pdf`));
  copyFileSync(xlsx, join(OUT, `${name}.xlsx`));
  pdfToPngs(pdf, join(OUT, name));
  return { model, layouts, keys, pdf, pages: pageTexts(pdf) };
}

/** the header line names the scheda ("Scheda obiettivo X") or the index */
function keyOfPage(text: string): string | null {
  const header = text.split("\n").find((l) => l.trim() !== "") ?? "";
  if (header.includes("Indice schede")) return "";
  const m = /Scheda obiettivo (\S+)/.exec(header);
  return m ? m[1] : null;
}

function checks(label: string, get: () => Printed) {
  it(`${label}: every page is A4 portrait`, () => {
    const sizes = pageSizes(get().pdf);
    expect(sizes.length).toBe(get().pages.length);
    for (const s of sizes) {
      expect(Math.abs(s.width - 595)).toBeLessThanOrEqual(2);
      expect(Math.abs(s.height - 842)).toBeLessThanOrEqual(2);
    }
  });

  it(`${label}: each scheda prints on exactly the pages it planned, none wider than a page`, () => {
    const { layouts, keys, pages } = get();
    const counted = new Map<string, number>();
    for (const t of pages) {
      const key = keyOfPage(t);
      expect(key).not.toBeNull();
      counted.set(key ?? "?", (counted.get(key ?? "?") ?? 0) + 1);
    }
    keys.forEach((key, i) =>
      expect([key, counted.get(key)]).toEqual([key, layouts[i].expectedPages]),
    );
    const total = layouts.reduce((s, l) => s + l.expectedPages, 0);
    expect(pages.length).toBe(total);
  });

  it(`${label}: no text crosses the side margins`, () => {
    const boxes = wordBoxes(get().pdf);
    expect(boxes.length).toBeGreaterThan(100);
    const outside = boxes.filter((b) => b.xMin < MARGIN_PT - 1 || b.xMax > 595.3 - MARGIN_PT + 1);
    expect(outside).toEqual([]);
  });

  it(`${label}: prints at 100 % (fit-to-width had nothing to shrink)`, () => {
    // the 14 pt title: its box is ~1.26 × 14 pt at full size (Liberation Sans Bold's
    // bounding box); a page shrunk by 5 % or more would fall under the lower bound
    const titles = wordBoxes(get().pdf).filter((b) => b.word === "SCHEDA");
    expect(titles).toHaveLength(get().pages.length);
    for (const t of titles) {
      expect(t.height / 14).toBeGreaterThan(1.21);
      expect(t.height / 14).toBeLessThan(1.32);
    }
  });

  it(`${label}: header and footer on every page`, () => {
    const { model, pages } = get();
    const ente = model.impostazioni.ente;
    pages.forEach((t) => {
      expect(t).toContain(ente);
      expect(t).toMatch(/Pagina \d+ di \d+/);
      expect(t).toContain("Data elaborazione 29/04/2021");
      expect(t).toContain(`PEG ${model.impostazioni.anno}`);
    });
  });

  it(`${label}: every phase and indicator description is printed whole, with its values`, () => {
    const { model, keys, pages } = get();
    const flat = pages.map((t) => ({ key: keyOfPage(t), text: normalise(t) }));
    let checked = 0;
    for (const item of [...model.fasi, ...model.indicatori]) {
      if (!keys.includes(item.obiettivo)) continue;
      const own = flat.filter((p) => p.key === item.obiettivo);
      const page = own.find((p) => p.text.includes(normalise(item.descrizione)));
      expect([item.obiettivo, item.numero, page !== undefined]).toEqual([
        item.obiettivo,
        item.numero,
        true,
      ]);
      if (item.note !== "") expect(page?.text).toContain(normalise(item.note));
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it(`${label}: every long text is predicted on at least the lines it prints (none is cut)`, () => {
    const { model, layouts, keys, pages, pdf } = get();
    const boxes = wordBoxes(pdf);
    const pageKeys = pages.map(keyOfPage);
    const cells = keys.flatMap((key, i) => {
      if (key === "") return [];
      const own = pageKeys.flatMap((k, p) => (k === key ? [p + 1] : []));
      return linesOfSheet(
        layouts[i],
        own.map((page) => boxes.filter((b) => b.page === page)),
      );
    });
    const checked = cells.flatMap((c) =>
      c.printed === null ? [] : [{ ...c, printed: c.printed }],
    );
    const extra = checked.filter((c) => c.predicted > c.printed);
    const short = checked.filter((c) => c.predicted < c.printed);
    console.info(
      `${label}: righe di testo verificate in ${checked.length} celle su ${cells.length}; ` +
        `${extra.length} previste con righe in più ` +
        `(${extra.reduce((s, c) => s + c.predicted - c.printed, 0)} righe), ${short.length} con righe in meno`,
    );
    // every phase and indicator has its description cell, so none can be missed
    const items = [...model.fasi, ...model.indicatori].filter((x) => keys.includes(x.obiettivo));
    expect(cells.length).toBeGreaterThanOrEqual(items.length);
    expect(checked.length).toBeGreaterThanOrEqual(0.9 * cells.length);
    // lines are really told apart, or the check below would hold trivially
    expect(checked.some((c) => c.printed > 1)).toBe(true);
    expect(short).toEqual([]);
  });
}

if (!available) {
  const message =
    "Stampa PDF non verificabile: servono LibreOffice (soffice) e poppler-utils (pdfinfo, pdftotext).";
  if (process.env.CI) {
    it("LibreOffice e poppler-utils sono installati", () => {
      throw new Error(message);
    });
  } else {
    console.warn(`${message} Test di stampa saltati.`);
    it.skip("stampa PDF (LibreOffice assente)", () => undefined);
  }
} else {
  describe("print: the 31 schede of the sample and their index", () => {
    let printed: Printed;
    beforeAll(async () => {
      const model = samplePeg();
      printed = await print(
        "esempio",
        model,
        model.obiettivi.map((o) => o.codice),
        true,
      );
    });
    checks("sample", () => printed);

    // 41 pages before row heights and the page budget were tightened
    it("prints the 31 schede and the index on at most 40 pages", () => {
      expect(printed.pages.length).toBeLessThanOrEqual(40);
    });

    it("breaks a page only when it is well filled: every page but a sheet's last is over half full", () => {
      const boxes = wordBoxes(printed.pdf);
      const bodyBottom = 842 - 0.75 * 72;
      const half = bodyBottom - (bodyBottom - 0.75 * 72) / 2;
      const keys = printed.pages.map(keyOfPage);
      const thin = keys
        .map((key, i) => ({ key, page: i + 1, last: keys[i + 1] !== key }))
        .filter((p) => !p.last)
        .map((p) => {
          const body = boxes.filter((b) => b.page === p.page && b.yMax < bodyBottom);
          return { ...p, lowest: Math.max(...body.map((b) => b.yMax)) };
        })
        .filter((p) => p.lowest < half);
      expect(keys.filter((k, i) => keys[i + 1] === k).length).toBeGreaterThan(0);
      expect(thin).toEqual([]);
    });

    it("prints numbers the Italian way (2021_S08_00: atteso 3.500, 2020 6.670)", () => {
      const page = printed.pages.find((t) => t.includes("2021_S08_00") && t.includes("EFFICACIA"));
      expect(normalise(page ?? "")).toMatch(/EFFICACIA 3\.500,00 6\.670,00/);
    });
  });

  describe("print: long and awkward schede", () => {
    let printed: Printed;
    beforeAll(async () => {
      printed = await print("prova", testModel(40, 30), [FULL, BARE, AWKWARD], false);
    });
    checks("stress", () => printed);

    it("keeps formula-like text as text and the bare scheda on one page", () => {
      const all = printed.pages.map(normalise).join(" ");
      expect(all).toContain("=SOMMA(A1:A9) non è una formula");
      expect(all).toContain("+39 nota che inizia con un segno");
      expect(printed.pages.filter((t) => keyOfPage(t) === BARE)).toHaveLength(1);
    });

    it("repeats the phases heading when the phases continue on a new page", () => {
      const withPhases = printed.pages.filter((t) => keyOfPage(t) === FULL);
      expect(withPhases.some((t) => t.includes("FASI - ATTIVITA' (segue)"))).toBe(true);
      expect(withPhases.some((t) => t.includes("INDICATORI (segue)"))).toBe(true);
    });
  });
}
