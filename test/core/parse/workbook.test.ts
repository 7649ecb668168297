import { parseWorkbook } from "../../../src/core/parse";
import { FASI, INDICATORI, OBIETTIVI, columnIndex } from "../../../src/core/schema/tables";
import { rawTable, row } from "./helpers";

const fase = (cells: Record<string, string | number>) =>
  row(FASI, {
    obiettivo: "2021_S01_01",
    numero: 1,
    descrizione: "Fase",
    inizioPrevista: 44197,
    finePrevista: 44561,
    peso: 100,
    ...cells,
  });

describe("parseWorkbook", () => {
  it("locates a bad cell: sheet, row, header, address, objective, Italian message", () => {
    const raw = {
      fasi: rawTable(FASI, [fase({}), fase({ numero: 2, peso: "trenta" })], { headerRow: 10 }),
    };
    const { problems, model } = parseWorkbook(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toEqual({
      severity: "error",
      rule: "fasi.peso.non-numero",
      message: "Fasi!H12 (Peso): «trenta» non è un numero. Scrivere un numero da 0 a 100.",
      sheet: "Fasi",
      row: 12,
      column: "Peso",
      cell: "Fasi!H12",
      objective: "2021_S01_01",
    });
    expect(model.fasi.map((f) => [f.numero, f.peso, f.origin])).toEqual([
      [1, 100, { row: 0 }],
      [2, null, { row: 1 }],
    ]);
  });

  it("reads Italian number text and proposes the fix", () => {
    const raw = { fasi: rawTable(FASI, [fase({ peso: "3.500,00" })]) };
    const { problems, model } = parseWorkbook(raw);
    expect(model.fasi[0].peso).toBe(3500);
    expect(problems).toMatchObject([
      { severity: "warning", cell: "Fasi!H2", fix: { value: 3500, label: "Scrivi 3.500" } },
    ]);
  });

  it("matches headers by text in any order, ignoring case, spaces and extra columns", () => {
    const cols = [...FASI.columns].reverse();
    const headers = ["Colonna mia", ...cols.map((c) => `  ${c.header.toUpperCase()} `)];
    const cells = fase({ peso: 40 });
    const line = ["x", ...cols.map((c) => cells[columnIndex(FASI, c.key)])];
    const { model, problems } = parseWorkbook({
      fasi: rawTable(FASI, [line], { headers, firstColumn: 2 }),
    });
    expect(problems).toEqual([]);
    expect(model.fasi[0]).toMatchObject({
      obiettivo: "2021_S01_01",
      peso: 40,
      finePrevista: "2021-12-31",
    });
  });

  it("reports a missing required header and reads that column as empty", () => {
    const headers = FASI.columns.map((c) => c.header).filter((h) => h !== "Peso");
    const line = fase({}).filter((_, i) => FASI.columns[i].key !== "peso");
    const { model, problems } = parseWorkbook({ fasi: rawTable(FASI, [line], { headers }) });
    expect(model.fasi[0].peso).toBeNull();
    expect(problems).toMatchObject([
      {
        severity: "error",
        rule: "struttura.colonna.mancante",
        sheet: "Fasi",
        row: 1,
        column: "Peso",
        cell: null,
      },
    ]);
  });

  it("says where the headers are when a title row stands above them in the table", () => {
    const headers = FASI.columns.map((_, i) => (i === 0 ? "Fasi del PEG 2021" : `Colonna${i + 1}`));
    const titles = FASI.columns.map((c) => c.header);
    const { problems } = parseWorkbook({ fasi: rawTable(FASI, [titles, fase({})], { headers }) });
    const missing = problems.filter((p) => p.rule === "struttura.colonna.mancante");
    expect(missing.length).toBeGreaterThan(0);
    for (const p of missing)
      expect(p.message).toContain(
        "Le intestazioni si trovano nella riga 2: devono stare nella prima riga",
      );
  });

  it("warns about a missing optional column and ignores computed ones", () => {
    const keep = OBIETTIVI.columns.filter((c) => c.key !== "note" && !c.computed);
    const { problems } = parseWorkbook({
      obiettivi: rawTable(OBIETTIVI, [], { headers: keep.map((c) => c.header) }),
    });
    expect(problems.map((p) => [p.rule, p.column])).toEqual([
      ["struttura.colonna.assente", "Note"],
    ]);
  });

  it("skips fully empty rows but keeps row indexes", () => {
    const empty = FASI.columns.map(() => "");
    const blank = FASI.columns.map(() => null);
    const { model, problems } = parseWorkbook({
      fasi: rawTable(FASI, [empty, fase({}), blank, fase({ numero: 2 })]),
    });
    expect(problems).toEqual([]);
    expect(model.fasi.map((f) => f.origin?.row)).toEqual([1, 3]);
  });

  it("leaves out a phase without number, with an error at its cell", () => {
    const { model, problems } = parseWorkbook({ fasi: rawTable(FASI, [fase({ numero: "" })]) });
    expect(model.fasi).toEqual([]);
    expect(problems).toMatchObject([
      { rule: "fasi.riga.ignorata", cell: "Fasi!B2", severity: "error" },
    ]);
  });

  it("lists missing tables and uses default settings", () => {
    const { missingTables, model } = parseWorkbook({});
    expect(missingTables).toEqual([
      "obiettivi",
      "fasi",
      "indicatori",
      "soggetti",
      "rilevazioni",
      "impostazioni",
    ]);
    expect(model.impostazioni.anno).toBe(2021);
  });

  it("reads an indicator with flags and enums in any spelling", () => {
    const line = row(INDICATORI, {
      obiettivo: "2021_S08_05",
      numero: 1,
      descrizione: "Accordo (si=1 no=0)",
      tipo: "efficienza",
      unita: "SI/NO",
      polarita: "Crescente",
      regola: "si/no",
      valoreAtteso: 1,
      cumulativo: "no",
      nonValutabile: "sì",
    });
    const { model, problems } = parseWorkbook({ indicatori: rawTable(INDICATORI, [line]) });
    expect(problems).toEqual([]);
    expect(model.indicatori[0]).toMatchObject({
      tipo: "EFFICIENZA",
      unita: "si/no",
      polarita: "crescente",
      regola: "si/no",
      valoreAtteso: 1,
      cumulativo: false,
      nonValutabile: true,
    });
  });

  it("survives inputs outside the contract", () => {
    const broken = { fasi: { ...rawTable(FASI, [fase({ peso: "x" })]), firstColumn: Number.NaN } };
    expect(parseWorkbook(broken).problems[0].cell).toBeNull();
    expect(() => parseWorkbook(null as never)).not.toThrow();
  });
});
