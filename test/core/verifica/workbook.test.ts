import { checkWorkbook, mergeProblems, checkModel } from "../../../src/core/verifica";
import { parseWorkbook } from "../../../src/core/parse";
import { samplePeg } from "../../../src/core/sample";
import { modelToRows, settingsToRows } from "../../../src/core/schema/rows";
import {
  FASI,
  IMPOSTAZIONI,
  INDICATORI,
  OBIETTIVI,
  SOGGETTI,
  columnIndex,
} from "../../../src/core/schema/tables";
import type { RawWorkbook } from "../../../src/core/schema/raw";
import { columnLetters } from "../../../src/core/schema/address";
import type { Problem } from "../../../src/core/verifica/problem";
import { rawTable } from "../parse/helpers";

function sampleWorkbook(): RawWorkbook {
  const m = samplePeg();
  return {
    obiettivi: rawTable(OBIETTIVI, modelToRows(OBIETTIVI, m.obiettivi)),
    fasi: rawTable(FASI, modelToRows(FASI, m.fasi)),
    indicatori: rawTable(INDICATORI, modelToRows(INDICATORI, m.indicatori)),
    soggetti: rawTable(SOGGETTI, modelToRows(SOGGETTI, m.soggetti)),
    impostazioni: rawTable(IMPOSTAZIONI, settingsToRows(m.impostazioni)),
  };
}

describe("the sample's known messiness", () => {
  it("reports the missing weight of 2021_S08_05 at its cell", () => {
    const raw = sampleWorkbook();
    const { problems, model } = checkWorkbook(raw);
    const index = model.fasi.findIndex((f) => f.obiettivo === "2021_S08_05");
    const missing = problems.filter(
      (p) => p.rule === "fasi.peso.mancante" && p.objective === "2021_S08_05",
    );
    const col = columnLetters(columnIndex(FASI, "peso"));
    expect(missing).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: `Fasi!${col}${index + 2}`,
        row: index + 2,
        column: "Peso",
      }),
    ]);
  });

  it("reads the sample back without cell problems", () => {
    const { problems, missingTables, model } = parseWorkbook(sampleWorkbook());
    expect(problems).toEqual([]);
    expect(missingTables).toEqual(["rilevazioni"]);
    expect(model.fasi).toHaveLength(samplePeg().fasi.length);
  });

  it("finds the same problems on the model as on its cells", () => {
    const rows = checkModel(checkWorkbook(sampleWorkbook()).model)
      .map((p) => p.rule)
      .sort();
    const direct = checkModel(samplePeg())
      .map((p) => p.rule)
      .sort();
    expect(rows).toEqual(direct);
  });
});

describe("mergeProblems", () => {
  const p = (
    cell: string | null,
    rule: string,
    severity: Problem["severity"] = "error",
  ): Problem => ({
    severity,
    rule,
    message: rule,
    sheet: "Fasi",
    row: null,
    column: null,
    cell,
    objective: null,
  });

  it("drops validation problems on cells the parser already rejected", () => {
    const merged = mergeProblems(
      [p("Fasi!H2", "fasi.peso.non-numero"), p("Fasi!H3", "fasi.peso.testo-numero", "warning")],
      [
        p("Fasi!H2", "fasi.peso.mancante"),
        p("Fasi!H3", "fasi.peso.fuori-intervallo"),
        p(null, "x"),
      ],
    );
    expect(merged.map((x) => x.rule)).toEqual([
      "fasi.peso.non-numero",
      "fasi.peso.testo-numero",
      "fasi.peso.fuori-intervallo",
      "x",
    ]);
  });

  it("gives one problem for a word in a weight cell", () => {
    const raw = sampleWorkbook();
    const fasi = raw.fasi!;
    const rows = fasi.rows.map((r) => [...r]);
    rows[0][columnIndex(FASI, "peso")] = "trenta";
    const { problems } = checkWorkbook({ ...raw, fasi: { ...fasi, rows } });
    expect(problems.filter((x) => x.cell === "Fasi!H2").map((x) => x.rule)).toEqual([
      "fasi.peso.non-numero",
    ]);
  });
});
