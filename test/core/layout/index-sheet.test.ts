import { buildIndexSheet, INDEX_SHEET_NAME } from "../../../src/core/layout/index-sheet";
import { columnsPixels, printableWidthPx } from "../../../src/core/layout/page";
import { statusStyleId } from "../../../src/core/layout/styles";
import type { ObjectiveFilters } from "../../../src/core/selection";
import { AWKWARD, BARE, DATA_ELABORAZIONE, FULL, testModel, testResult } from "./fixture";
import { cellWithValue, pageOf } from "./inspect";

const model = testModel();
const entries = [
  { codice: FULL, sheetName: FULL },
  { codice: BARE, sheetName: BARE },
  { codice: AWKWARD, sheetName: "l'obiettivo (2)" },
];

function index(filtri: ObjectiveFilters = {}) {
  return buildIndexSheet(model, [testResult(FULL)], entries, {
    dataElaborazione: DATA_ELABORAZIONE,
    filtri,
  });
}

describe("buildIndexSheet", () => {
  it("links each objective row to its scheda sheet", () => {
    const l = index();
    expect(l.sheetName).toBe(INDEX_SHEET_NAME);
    for (const e of entries) {
      const c = cellWithValue(l, e.codice);
      expect(c.link).toBe(`'${e.sheetName.replace(/'/g, "''")}'!A1`);
    }
  });

  it("shows figures and status of the computed objectives, «non misurato» for the others", () => {
    const l = index();
    const row = cellWithValue(l, FULL).row;
    const rowCells = l.cells.filter((c) => c.row === row);
    expect(rowCells.map((c) => c.value)).toEqual(expect.arrayContaining([40, 62.5, "in ritardo"]));
    const bare = l.cells.filter((c) => c.row === cellWithValue(l, BARE).row);
    expect(bare.find((c) => c.style === statusStyleId("non misurato", true))?.value).toBe(
      "non misurato",
    );
    // no blank figure boxes: a dash where nothing is measured
    expect(bare.filter((c) => c.style === "numberSmall").map((c) => c.value)).toEqual(["—", "—"]);
  });

  // every objective of the test model has the same responsabile and centro: without a
  // filter the parameters print them, and the table leaves their columns out
  const CENTRO = model.obiettivi[0].centroResponsabilita;
  const RESP = model.obiettivi[0].responsabile;
  it.each<[ObjectiveFilters, string[]]>([
    [{}, [CENTRO, RESP, "tutti"]],
    [{ centri: [" "], responsabili: [], stati: [""] }, [CENTRO, RESP, "tutti"]],
    [
      { centri: ["SETTORE X"], responsabili: ["ROSSI"], stati: ["In Corso"] },
      ["SETTORE X", "ROSSI", "In Corso"],
    ],
    [
      { centri: ["SETTORE X", "SETTORE Y"], stati: ["In Corso", "Da avviare"] },
      ["SETTORE X, SETTORE Y", RESP, "In Corso, Da avviare"],
    ],
  ])("prints the selection parameters %j", (filtri, values) => {
    const l = index(filtri);
    const valueOf = (label: string) => {
      const row = cellWithValue(l, label).row;
      return l.cells.find((c) => c.row === row && c.col === 2)?.value;
    };
    expect(cellWithValue(l, "Parametri selezionati:")).toBeDefined();
    expect([
      valueOf("Centro di Responsabilità"),
      valueOf("Responsabile"),
      valueOf("Stato"),
    ]).toEqual(values);
    expect(cellWithValue(l, "Data elaborazione 29/04/2021")).toBeDefined();
  });

  it("prints a responsabile or centro shared by every row once, and widens the description", () => {
    const shared = index();
    const headers = (l: ReturnType<typeof index>) =>
      l.cells.filter((c) => c.style === "labelCenter").map((c) => c.value);
    expect(headers(shared)).not.toContain("Responsabile");
    expect(headers(shared)).not.toContain("Centro di Responsabilità");
    const m = testModel();
    m.obiettivi = m.obiettivi.map((o, i) =>
      i === 0 ? { ...o, responsabile: "ROSSI ANNA", centroResponsabilita: "SETTORE X" } : o,
    );
    const mixed = buildIndexSheet(m, [], entries, { dataElaborazione: DATA_ELABORAZIONE });
    expect(headers(mixed)).toEqual(
      expect.arrayContaining(["Responsabile", "Centro di Responsabilità"]),
    );
    expect(cellWithValue(mixed, "ROSSI ANNA")).toBeDefined();
    const width = (l: ReturnType<typeof index>) =>
      l.columns[l.cells.find((c) => c.value === "Descrizione")!.col - 1].width;
    expect(width(shared)).toBeGreaterThan(width(mixed));
    expect(columnsPixels(shared.columns.map((c) => c.width))).toBeLessThanOrEqual(
      printableWidthPx(),
    );
  });

  it("fits the A4 width and repeats the table heading after a page break", () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ codice: FULL, sheetName: `S${i}` }));
    const l = buildIndexSheet(model, [], many, { dataElaborazione: DATA_ELABORAZIONE });
    expect(columnsPixels(l.columns.map((c) => c.width))).toBeLessThanOrEqual(printableWidthPx());
    expect(l.breaks.length).toBeGreaterThan(0);
    for (const b of l.breaks) {
      expect(l.cells.find((c) => c.row === b)?.value).toBe("Indice schede (segue)");
      expect(pageOf(l, b)).toBe(pageOf(l, b - 1) + 1);
    }
  });
});

describe("a description longer than an index row can hold", () => {
  const long = Array.from({ length: 400 }, (_, i) => `parola${i}`).join(" ");
  const m = testModel();
  m.obiettivi = m.obiettivi.map((o) => (o.codice === FULL ? { ...o, descrizione: long } : o));
  const l = buildIndexSheet(m, [], [{ codice: FULL, sheetName: FULL }], {
    dataElaborazione: DATA_ELABORAZIONE,
  });
  const row = cellWithValue(l, FULL).row;
  const text = String(l.cells.find((c) => c.row === row && c.style === "valueSmall")?.value);

  it("is cut between words and says where the rest is", () => {
    expect(text.length).toBeLessThan(long.length);
    expect(long.startsWith(text.replace(/ … \(testo completo nella scheda\)$/, ""))).toBe(true);
    expect(text).toMatch(/parola\d+ … \(testo completo nella scheda\)$/);
  });

  it("keeps its row under Excel's 409 pt", () => {
    expect(l.rows[row - 1].height).toBeLessThan(409);
  });

  it("leaves a description that fits untouched", () => {
    const ok = index();
    const r = cellWithValue(ok, FULL).row;
    const d = ok.cells.find((c) => c.row === r && c.style === "valueSmall")?.value;
    expect(d).toBe(model.obiettivi.find((o) => o.codice === FULL)?.descrizione);
  });
});
