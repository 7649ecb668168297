import { parseWorkbook } from "../../../src/core/parse";
import { defaultImpostazioni } from "../../../src/core/model/defaults";
import { settingsToRows } from "../../../src/core/schema/rows";
import { IMPOSTAZIONI } from "../../../src/core/schema/tables";
import type { CellValue } from "../../../src/core/schema/raw";
import type { Month } from "../../../src/core/model/types";
import { rawTable } from "./helpers";

function parse(rows: CellValue[][]) {
  return parseWorkbook({ impostazioni: rawTable(IMPOSTAZIONI, rows) });
}

describe("Impostazioni", () => {
  it("round-trips through settingsToRows", () => {
    const imp = {
      ...defaultImpostazioni(),
      ente: "Città di Cinisello Balsamo",
      anno: 2022,
      periodoRiferimento: "2022-06" as Month,
      sogliaCritico: 30,
      periodiChiusi: ["2022-01", "2022-02"] as Month[],
      fasceRaggiungimento: [0, 60, 90],
    };
    const { model, problems } = parse(settingsToRows(imp));
    expect(problems).toEqual([]);
    expect(model.impostazioni).toEqual(imp);
  });

  it.each<[string, CellValue, Record<string, unknown>, string | null]>([
    ["anno", "2022", { anno: 2022 }, null],
    ["ANNO", 2023, { anno: 2023 }, null],
    ["anno", "duemila", { anno: 2021 }, "impostazioni.valore.non-valido"],
    ["anno", 21, { anno: 2021 }, "impostazioni.valore.non-valido"],
    ["sogliaCritico", "30%", { sogliaCritico: 30 }, null],
    ["sogliaCritico", 130, { sogliaCritico: 25 }, "impostazioni.valore.non-valido"],
    ["periodoRiferimento", 44287, { periodoRiferimento: "2021-04" }, null],
    [
      "periodoRiferimento",
      "13/2021",
      { periodoRiferimento: "2021-04" },
      "impostazioni.valore.non-valido",
    ],
    ["periodiChiusi", "2021-02; 2021-01", { periodiChiusi: ["2021-01", "2021-02"] }, null],
    ["periodiChiusi", "2021-01;gennaio", { periodiChiusi: [] }, "impostazioni.valore.non-valido"],
    ["tolleranzaRitardo", "", { tolleranzaRitardo: 10 }, "impostazioni.valore.mancante"],
    ["fasceRaggiungimento", "90; 50;80", { fasceRaggiungimento: [0, 50, 80, 90] }, null],
    ["fasceRaggiungimento", 60, { fasceRaggiungimento: [0, 60] }, null],
    [
      "fasceRaggiungimento",
      "0;40;60;80;90",
      { fasceRaggiungimento: [0, 50, 80, 90] },
      "impostazioni.valore.non-valido",
    ],
    [
      "fasceRaggiungimento",
      "0;50,5;120",
      { fasceRaggiungimento: [0, 50, 80, 90] },
      "impostazioni.valore.non-valido",
    ],
    ["colore", "blu", {}, "impostazioni.chiave.sconosciuta"],
  ])("%s = %j", (chiave, valore, expected, rule) => {
    const { model, problems } = parse([[chiave, valore, ""]]);
    expect(model.impostazioni).toMatchObject(expected);
    expect(problems.map((p) => p.rule)).toEqual(rule ? [rule] : []);
    if (rule?.startsWith("impostazioni.valore")) expect(problems[0].cell).toBe("Impostazioni!B2");
  });

  it("keeps the first of duplicated keys", () => {
    const { model, problems } = parse([
      ["ente", "Primo", ""],
      ["ente", "Secondo", ""],
    ]);
    expect(model.impostazioni.ente).toBe("Primo");
    expect(problems).toMatchObject([
      { rule: "impostazioni.chiave.doppia", cell: "Impostazioni!A3" },
    ]);
  });
});

describe("Impostazioni messages", () => {
  it.each<[string, CellValue, string]>([
    [
      "sogliaCritico",
      130,
      "Impostazioni!B2 (Valore): 130 non è un valore valido per «sogliaCritico»: si usa 25. Scrivere un numero da 0 a 100.",
    ],
    [
      "periodiChiusi",
      "gennaio",
      "Impostazioni!B2 (Valore): «gennaio» non è un valore valido per «periodiChiusi»: si considera vuoto. Scrivere i mesi come AAAA-MM separati da punto e virgola, es. 2021-01;2021-02.",
    ],
    [
      "fasceRaggiungimento",
      "0;50;100;101",
      "Impostazioni!B2 (Valore): «0;50;100;101» non è un valore valido per «fasceRaggiungimento»: si usa 0;50;80;90. Scrivere dove inizia ogni fascia, numeri interi da 0 a 100 separati da punto e virgola, al più 4, es. 0;50;80;90.",
    ],
  ])("%s = %j", (chiave, valore, message) => {
    const { problems } = parse([[chiave, valore, ""]]);
    expect(problems.map((p) => p.message)).toEqual([message]);
  });
});
