import type { ObjectiveResult } from "../../../src/core/compute/types";
import type { IsoDate, PegModel } from "../../../src/core/model/types";
import { buildScheda } from "../../../src/core/layout/scheda";
import {
  MAX_WIDTH_UNITS,
  columnsPixels,
  pageBudgetPt,
  printableWidthPx,
} from "../../../src/core/layout/page";
import { FONT, SIZE_TEXT, STATUS_COLORS, statusStyleId } from "../../../src/core/layout/styles";
import { computeAll } from "../../../src/core/compute";
import type { SchedaLayout } from "../../../src/core/layout/types";
import type { obiettivo } from "./fixture";
import { AWKWARD, BARE, DATA_ELABORAZIONE, FULL, testModel, testResult } from "./fixture";
import {
  bands,
  cellWithValue,
  cellsWithStyle,
  pageHeights,
  pageOf,
  titleRowCount,
} from "./inspect";

function scheda(
  model: PegModel,
  codice: string,
  result: ObjectiveResult | "none" = testResult(codice),
): SchedaLayout {
  return buildScheda(model, result === "none" ? undefined : result, codice, {
    dataElaborazione: DATA_ELABORAZIONE,
    sheetName: "Scheda",
  });
}

function withObjective(patch: Parameters<typeof obiettivo>[1]): PegModel {
  const m = testModel();
  m.obiettivi = m.obiettivi.map((o) => (o.codice === FULL ? { ...o, ...patch } : o));
  return m;
}

describe("buildScheda: sections", () => {
  it("prints the sections in the report's order", () => {
    const titles = bands(scheda(testModel(), FULL)).filter((t) => !t.endsWith("(segue)"));
    expect(titles).toEqual([
      "Collegato a",
      "STATO DI ATTUAZIONE",
      "Modalità di Attuazione",
      "Soggetti coinvolti",
      "Stato e monitoraggio",
      "FASI - ATTIVITA'",
      "INDICATORI",
      "Note",
    ]);
  });

  it("opens with ente and title, then the objective header as print titles", () => {
    const l = scheda(testModel(), FULL);
    expect(l.cells.find((c) => c.row === 1 && c.style === "ente")?.value).toBe(
      "Citta' di Prova & Dintorni",
    );
    expect(cellWithValue(l, "SCHEDA OBIETTIVI").row).toBe(1);
    const titles = titleRowCount(l);
    for (const label of ["OBIETTIVO DI PEG", "Assessorato", "Centro di Responsabilità", FULL])
      expect(cellWithValue(l, label).row).toBeLessThanOrEqual(titles);
  });

  const empties: [
    string,
    Parameters<typeof obiettivo>[1] | "no-phases" | "no-indicators" | "no-people",
    string,
  ][] = [
    ["stato di attuazione", { statoAttuazione: "  " }, "STATO DI ATTUAZIONE"],
    ["modalità", { modalitaAttuazione: "" }, "Modalità di Attuazione"],
    ["note", { note: "" }, "Note"],
    [
      "collegamenti",
      {
        mandatoCodice: "",
        mandato: "",
        missioneCodice: "",
        missione: "",
        programmaCodice: "",
        programma: "",
      },
      "Collegato a",
    ],
    ["fasi", "no-phases", "FASI - ATTIVITA'"],
    ["indicatori", "no-indicators", "INDICATORI"],
    ["soggetti", "no-people", "Soggetti coinvolti"],
  ];
  it.each(empties)("leaves out the section when %s is empty", (_, patch, band) => {
    let m: PegModel;
    if (patch === "no-phases") m = { ...testModel(), fasi: [] };
    else if (patch === "no-indicators") m = { ...testModel(), indicatori: [] };
    else if (patch === "no-people") m = { ...testModel(), soggetti: [] };
    else m = withObjective(patch);
    const present = bands(scheda(m, FULL));
    expect(present.some((t) => t.startsWith(band))).toBe(false);
    expect(present).toContain("Stato e monitoraggio");
    expect(bands(scheda(testModel(), FULL)).some((t) => t.startsWith(band))).toBe(true);
  });

  it("prints the PIAO links only when filled, before the mandate", () => {
    const labelsOf = (m: PegModel) =>
      scheda(m, FULL)
        .cells.map((c) => c.value)
        .filter((v) => typeof v === "string" && v.endsWith(":"));
    expect(labelsOf(testModel())).not.toContain("VALORE PUBBLICO:");
    const m = withObjective({
      valorePubblicoCodice: "VP_02",
      valorePubblico: "Servizi digitali per tutti",
      ambiti: "digitalizzazione; PNRR",
    });
    const got = labelsOf(m);
    expect(got).toContain("AMBITI TRASVERSALI:");
    expect(got).not.toContain("OBIETTIVO STRATEGICO DUP:");
    expect(got.indexOf("VALORE PUBBLICO:")).toBeLessThan(got.indexOf("OBIETTIVO DI MANDATO:"));
    const values = scheda(m, FULL).cells.map((c) => c.value);
    expect(values).toContain("VP_02 Servizi digitali per tutti");
    expect(values).toContain("digitalizzazione; PNRR");
  });

  it("leaves out the Valore pubblico of an ente piccolo, keeping the links it still asks for", () => {
    const m = withObjective({
      valorePubblicoCodice: "VP_02",
      valorePubblico: "Servizi digitali per tutti",
      strategicoDupCodice: "DUP_1",
      strategicoDup: "Comune digitale",
      ambiti: "digitalizzazione",
    });
    const values = (entePiccolo: boolean) =>
      scheda({ ...m, impostazioni: { ...m.impostazioni, entePiccolo } }, FULL).cells.map(
        (c) => c.value,
      );
    const full = values(false);
    expect(full).toEqual(
      expect.arrayContaining(["VALORE PUBBLICO:", "VP_02 Servizi digitali per tutti"]),
    );
    const small = values(true);
    expect(small).not.toContain("VALORE PUBBLICO:");
    expect(small).not.toContain("VP_02 Servizi digitali per tutti");
    expect(small).toEqual(
      expect.arrayContaining([
        "OBIETTIVO STRATEGICO DUP:",
        "DUP_1 Comune digitale",
        "AMBITI TRASVERSALI:",
        "digitalizzazione",
      ]),
    );
    // only the two cells of that link are gone
    expect(full.length - small.length).toBe(2);
  });

  it("keeps only the monitoring for a bare objective, and no empty link rows", () => {
    const l = scheda(testModel(), BARE);
    expect(bands(l)).toEqual(["Stato e monitoraggio"]);
    expect(l.cells.some((c) => c.value === "OBIETTIVO DI MANDATO:")).toBe(false);
  });

  it.each([
    [2021, "2020", "2019"],
    [2030, "2029", "2028"],
  ])("heads the indicator values with the years before %i", (anno, y1, y2) => {
    const m = testModel();
    m.impostazioni = { ...m.impostazioni, anno };
    const l = scheda(m, FULL);
    expect(cellWithValue(l, `Valore Raggiunto ${y1}`)).toBeDefined();
    expect(cellWithValue(l, `Valore Raggiunto ${y2}`)).toBeDefined();
    expect(l.page.footer).toContain(`PEG ${anno}`);
  });
});

describe("buildScheda: monitoring", () => {
  it("shows the status as text and colour, and the percentages with a character bar", () => {
    const l = scheda(testModel(), FULL, testResult(FULL, 62.5));
    const status = cellsWithStyle(l, statusStyleId("in ritardo"));
    expect(status.map((c) => c.value)).toEqual(["IN RITARDO"]);
    expect(l.styles[statusStyleId("in ritardo")].fill).toBe(STATUS_COLORS["in ritardo"].fill);
    const bars = cellsWithStyle(l, "bar").map((c) => String(c.value));
    expect(bars).toEqual(["████████░░░░░░░░░░░░", "█████████████████░░░", "████████████░░░░░░░░"]);
    expect(l.cells.filter((c) => c.style === "percent").map((c) => c.value)).toEqual([
      40, 85, 62.5,
    ]);
    expect(cellWithValue(l, "aprile 2021")).toBeDefined();
    expect(cellWithValue(l, "atteso 32,9%")).toBeDefined();
  });

  it("prints why beside the status, on the same row", () => {
    const note = "Ritardo sull'atteso: 10,3 punti.";
    const l = scheda(testModel(), FULL, { ...testResult(FULL), statusNote: note });
    const [status] = cellsWithStyle(l, statusStyleId("in ritardo"));
    const why = cellWithValue(l, note);
    expect(why).toMatchObject({ row: status.row, style: "note" });
    expect(why.col).toBeGreaterThan(status.col);
  });

  it("says «non misurato» instead of drawing an empty bar", () => {
    const l = scheda(testModel(), FULL, "none");
    expect(cellsWithStyle(l, "bar")).toHaveLength(0);
    // the words span the bar and percentage boxes: no empty box beside them
    const words = l.cells.filter((c) => c.value === "non misurato");
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) {
      const beside = l.cells.filter((c) => c.row === w.row && c.col > w.col);
      expect(beside.every((c) => c.value !== null && c.value !== "")).toBe(true);
    }
    expect(cellsWithStyle(l, statusStyleId("non misurato")).map((c) => c.value)).toEqual([
      "NON MISURATO",
    ]);
  });
});

describe("buildScheda: the Nucleo's validation", () => {
  it("prints the validated achievement under the computed one, with its date and note", () => {
    const m = withObjective({
      raggiungimentoValidato: 85,
      dataValidazione: "2022-03-15" as IsoDate,
      notaNucleo: "Indicatore 2 non documentato",
    });
    const l = scheda(m, FULL, testResult(FULL, 62.5));
    const label = cellWithValue(l, "Validato dal Nucleo");
    const overall = cellWithValue(l, "Raggiungimento complessivo");
    expect(label.row).toBeGreaterThan(overall.row);
    const row = l.cells.filter((c) => c.row === label.row);
    expect(row.find((c) => c.style === "percent")?.value).toBe(85);
    expect(row.find((c) => c.style === "bar")?.value).toBe("█████████████████░░░");
    expect(row.find((c) => c.style === "note")?.value).toBe("il 15/03/2022");
    // the computed figures stay as they were
    expect(l.cells.filter((c) => c.style === "percent").map((c) => c.value)).toEqual([
      40, 85, 62.5, 85,
    ]);
    const note = cellWithValue(l, "Indicatore 2 non documentato");
    expect(note.row).toBe(cellWithValue(l, "Nota del Nucleo").row);
  });

  it("prints nothing of it before the validation", () => {
    const l = scheda(testModel(), FULL, testResult(FULL, 62.5));
    expect(l.cells.some((c) => c.value === "Validato dal Nucleo")).toBe(false);
    expect(l.cells.some((c) => c.value === "Nota del Nucleo")).toBe(false);
  });
});

describe("buildScheda: declared stato", () => {
  it.each([
    ["Annullato", "annullato", "ANNULLATO"],
    ["Sospeso", "sospeso", "SOSPESO"],
  ] as const)(
    "an objective %s is printed as such, in its colour, with the reason",
    (stato, esito, text) => {
      const m = withObjective({ stato });
      const result = computeAll(m).objectives.find((r) => r.codice === FULL);
      const l = scheda(m, FULL, result);
      expect(cellsWithStyle(l, statusStyleId(esito)).map((c) => c.value)).toEqual([text]);
      expect(l.styles[statusStyleId(esito)].fill).toBe(STATUS_COLORS[esito].fill);
      expect(cellWithValue(l, stato)).toBeDefined();
      expect(l.cells.some((c) => String(c.value).startsWith(`Obiettivo ${esito}`))).toBe(true);
    },
  );
});

describe("buildScheda: print geometry", () => {
  const cases: [string, SchedaLayout][] = [
    ["full", scheda(testModel(), FULL)],
    ["bare", scheda(testModel(), BARE)],
    ["long text", scheda(testModel(), AWKWARD)],
    ["40 phases", scheda(testModel(40, 30), FULL)],
  ];

  it.each(cases)("%s: columns fit the A4 printable width at 100 %%", (_, l) => {
    expect(columnsPixels(l.columns.map((c) => c.width))).toBeLessThanOrEqual(printableWidthPx());
    expect(l.columns.reduce((a, c) => a + c.width, 0)).toBeLessThanOrEqual(MAX_WIDTH_UNITS);
    expect(l.page).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: 1 });
  });

  it.each(cases)("%s: every page stays within the printable height", (_, l) => {
    for (const h of pageHeights(l)) expect(h).toBeLessThanOrEqual(pageBudgetPt());
    expect(l.expectedPages).toBe(l.breaks.length + 1);
  });

  it.each(cases)("%s: uses no more pages than its content needs", (_, l) => {
    const titles = titleRowCount(l);
    const titleHeight = l.rows.slice(0, titles).reduce((a, r) => a + r.height, 0);
    const body = l.rows.slice(titles).reduce((a, r) => a + r.height, 0);
    const minimum = Math.ceil(body / (pageBudgetPt() - titleHeight));
    // whole blocks and repeated headings may cost one page more than the bare minimum
    expect(l.expectedPages).toBeGreaterThanOrEqual(minimum);
    expect(l.expectedPages).toBeLessThanOrEqual(minimum + 1);
  });

  it("never separates a phase or an indicator from its values, and repeats the heading", () => {
    const m = testModel(40, 30);
    const l = scheda(m, FULL);
    expect(l.breaks.length).toBeGreaterThan(2);
    for (const item of [...m.fasi, ...m.indicatori]) {
      const desc = cellWithValue(l, item.descrizione);
      const values = cellWithValue(l, item.note);
      expect(values.row).toBe(desc.row + 1);
      expect(pageOf(l, values.row)).toBe(pageOf(l, desc.row));
    }
    const titles = titleRowCount(l);
    for (const b of l.breaks) {
      const first = l.cells.find((c) => c.row === b);
      expect(b).toBeGreaterThan(titles);
      // a page opens with a section heading or a repeated one, never mid-item
      expect(first?.style).toBe("band");
    }
  });

  it("splits a very long text into rows under Excel's 409 pt limit", () => {
    const l = scheda(testModel(), AWKWARD);
    const pieces = l.cells.filter((c) => c.style === "text");
    expect(pieces.length).toBeGreaterThan(1);
    for (const c of pieces) expect(l.rows[c.row - 1].height).toBeLessThan(409);
    expect(l.breaks.length).toBeGreaterThan(0);
  });

  it("makes rows taller for longer text", () => {
    const short = withObjective({ descrizione: "Breve." });
    const long = withObjective({ descrizione: "Lunga ".repeat(200) });
    const h = (m: PegModel): number => {
      const l = scheda(m, FULL);
      return l.rows[cellWithValue(l, m.obiettivi[0].descrizione.trim()).row - 1].height;
    };
    expect(h(long)).toBeGreaterThan(h(short) * 4);
  });

  it("writes header and footer with Excel codes in the body's font, ampersands doubled", () => {
    const l = scheda(testModel(), FULL);
    const font = `&${SIZE_TEXT}&"${FONT},Regular"`;
    expect(l.page.header).toBe(
      `&L${font}Citta' di Prova && Dintorni&C${font}&BScheda obiettivo 2021_T01&B&R${font}Pagina &P di &N`,
    );
    expect(l.page.footer).toBe(`&L${font}Data elaborazione 29/04/2021&R${font}PEG 2021`);
    // the cells use the same font: header and body print alike
    expect(new Set(Object.values(l.styles).map((s) => s.font.name))).toEqual(new Set([FONT]));
    expect(l.page.printArea).toBe(`A1:P${l.rows.length}`);
  });
});

describe("buildScheda: values", () => {
  it("marks formula-like text from the data so renderers keep it text", () => {
    const l = scheda(testModel(), FULL);
    expect(cellWithValue(l, "=SOMMA(A1:A9) non è una formula").forceText).toBe(true);
    expect(cellWithValue(l, "+39 nota che inizia con un segno").forceText).toBe(true);
    expect(cellWithValue(l, "DUP_04 PRIMA LA NOSTRA GENTE").forceText).toBeUndefined();
    // labels are ours, never marked
    expect(cellWithValue(l, "OBIETTIVO DI MANDATO:").forceText).toBeUndefined();
  });

  it("writes numbers as numbers with formats and dates as dd/mm/yyyy", () => {
    const l = scheda(testModel(), FULL);
    const peso = l.cells.find((c) => c.value === 10 && c.numberFormat === "#,##0.00");
    expect(peso).toBeDefined();
    expect(l.cells.some((c) => c.value === "01/01/2021")).toBe(true);
    expect(
      l.cells.every((c) => typeof c.value !== "string" || !c.value.includes("2021-01-01")),
    ).toBe(true);
  });

  it("fails with an Italian message for an unknown objective", () => {
    expect(() => scheda(testModel(), "NON-ESISTE")).toThrow(/Obiettivo «NON-ESISTE» non trovato/);
  });
});
