import {
  isFormulaLike,
  modelToRows,
  mustWriteAsText,
  recordToRow,
  settingsToRows,
  toCellValue,
} from "../../../src/core/schema/rows";
import {
  FASI,
  IMPOSTAZIONI,
  INDICATORI,
  RILEVAZIONI,
  columnIndex,
} from "../../../src/core/schema/tables";
import type { ColumnDef, TableDef } from "../../../src/core/schema/types";
import { SETTINGS } from "../../../src/core/schema/settings";
import { defaultImpostazioni } from "../../../src/core/model/defaults";
import type { Fase, IsoDate, Month } from "../../../src/core/model/types";

function col(def: TableDef, key: string): ColumnDef {
  return def.columns[columnIndex(def, key)];
}

describe("toCellValue", () => {
  it.each<[string, ColumnDef, unknown, unknown]>([
    ["date -> serial", col(FASI, "inizioPrevista"), "2021-01-01", 44197],
    ["empty date", col(FASI, "inizioPrevista"), null, ""],
    ["invalid date kept as text", col(FASI, "inizioPrevista"), "31/02/2021", "31/02/2021"],
    ["percent", col(FASI, "peso"), 33.5, 33.5],
    ["empty percent", col(FASI, "peso"), null, ""],
    ["non-finite number", col(FASI, "peso"), Number.NaN, ""],
    ["flag true", col(INDICATORI, "cumulativo"), true, "si"],
    ["flag false", col(INDICATORI, "cumulativo"), false, "no"],
    ["enum", col(INDICATORI, "tipo"), "EFFICACIA", "EFFICACIA"],
    ["text starting with =", col(FASI, "note"), "=SOMMA(A1)", "=SOMMA(A1)"],
    ["month stays text", col(RILEVAZIONI, "periodo"), "2021-04", "2021-04"],
    ["datetime -> serial", col(RILEVAZIONI, "timestamp"), "2021-04-30T12:00:00", 44316.5],
    ["number in a General text column", col(RILEVAZIONI, "valoreNuovo"), 42, 42],
    ["undefined", col(FASI, "note"), undefined, ""],
  ])("%s", (_name, column, value, expected) => {
    expect(toCellValue(column, value)).toEqual(expected);
  });
});

describe("recordToRow", () => {
  const fase: Fase = {
    obiettivo: "2021_S01_01",
    numero: 2,
    descrizione: "Attività",
    inizioPrevista: "2021-01-01" as IsoDate,
    finePrevista: "2021-12-31" as IsoDate,
    inizioEffettiva: null,
    fineEffettiva: null,
    peso: 50,
    avanzamento: null,
    responsabile: "ROSSI MARIO",
    centroResponsabilita: "",
    note: "",
    origin: { row: 4 },
  };

  it("writes the columns in schema order", () => {
    const row = recordToRow(FASI, fase);
    expect(row).toHaveLength(FASI.columns.length);
    expect(row[columnIndex(FASI, "obiettivo")]).toBe("2021_S01_01");
    expect(row[columnIndex(FASI, "finePrevista")]).toBe(44561);
    expect(row[columnIndex(FASI, "avanzamento")]).toBe("");
    expect(modelToRows(FASI, [fase, fase])).toEqual([row, row]);
  });
});

describe("text protection", () => {
  it.each<[string, boolean]>([
    ["=A1", true],
    ["+39 02 1234", true],
    ["-5 giorni", true],
    ["@utente", true],
    ["testo", false],
    ["", false],
  ])("isFormulaLike(%j) = %p", (s, expected) => {
    expect(isFormulaLike(s)).toBe(expected);
  });

  it("asks for protection in General columns and for formula-like text", () => {
    expect(mustWriteAsText(col(FASI, "note"), "testo")).toBe(false);
    expect(mustWriteAsText(col(FASI, "note"), "=A1")).toBe(true);
    expect(mustWriteAsText(col(RILEVAZIONI, "valoreNuovo"), "2021-04")).toBe(true);
    expect(mustWriteAsText(col(RILEVAZIONI, "valoreNuovo"), 5)).toBe(false);
  });
});

describe("settingsToRows", () => {
  it("writes one row per setting with its description", () => {
    const imp = {
      ...defaultImpostazioni(),
      ente: "Città di Prova",
      periodiChiusi: ["2021-01", "2021-02"] as Month[],
    };
    const rows = settingsToRows(imp);
    expect(rows).toHaveLength(SETTINGS.length);
    for (const row of rows) expect(row).toHaveLength(IMPOSTAZIONI.columns.length);
    expect(rows.find((r) => r[0] === "ente")?.[1]).toBe("Città di Prova");
    expect(rows.find((r) => r[0] === "anno")?.[1]).toBe(imp.anno);
    expect(rows.find((r) => r[0] === "periodiChiusi")?.[1]).toBe("2021-01;2021-02");
  });
});
