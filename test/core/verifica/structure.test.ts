/** The structure a PEG workbook needs: essential tables, required columns, optional tables. */
import { parseWorkbook } from "../../../src/core/parse";
import { samplePeg } from "../../../src/core/sample";
import { modelToRows } from "../../../src/core/schema/rows";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../../../src/core/schema/tables";
import {
  ESSENTIAL_TABLES,
  checkParsed,
  missingTableProblems,
  unusableReasons,
} from "../../../src/core/verifica";
import { rawTable } from "../parse/helpers";

const m = samplePeg();
const essential = () => ({
  obiettivi: rawTable(OBIETTIVI, modelToRows(OBIETTIVI, m.obiettivi)),
  fasi: rawTable(FASI, modelToRows(FASI, m.fasi)),
  indicatori: rawTable(INDICATORI, modelToRows(INDICATORI, m.indicatori)),
});

describe("unusableReasons", () => {
  test("none when the essential tables hold their required columns", () => {
    expect(unusableReasons(parseWorkbook(essential()))).toEqual([]);
  });

  test("a missing essential table, with the headers it needs", () => {
    const reasons = unusableReasons(parseWorkbook({ ...essential(), fasi: undefined }));
    expect(reasons).toEqual([
      expect.stringMatching(
        /^Manca il foglio «Fasi» \(tabella tblFasi\)\. .*: Obiettivo, N\. fase/,
      ),
    ]);
  });

  test("a required column missing in an essential table, at its sheet", () => {
    const headers = OBIETTIVI.columns.map((c) => (c.key === "descrizione" ? "Altro" : c.header));
    const book = { ...essential(), obiettivi: rawTable(OBIETTIVI, [], { headers, sheet: "Ob" }) };
    expect(unusableReasons(parseWorkbook(book))).toEqual([
      expect.stringMatching(/^Ob: manca la colonna obbligatoria «Descrizione»/),
    ]);
  });

  test("a required column missing in an optional table does not make the file unusable", () => {
    const headers = SOGGETTI.columns.map((c) => (c.key === "nominativo" ? "Altro" : c.header));
    const book = { ...essential(), soggetti: rawTable(SOGGETTI, [], { headers }) };
    expect(unusableReasons(parseWorkbook(book))).toEqual([]);
  });

  test("an empty workbook: the three essential tables", () => {
    expect(unusableReasons(parseWorkbook({}))).toHaveLength(ESSENTIAL_TABLES.length);
  });
});

describe("missing optional tables", () => {
  test("a warning each, without a cell; the essential ones are not warnings", () => {
    const problems = missingTableProblems(["fasi", "soggetti", "rilevazioni"]);
    expect(problems.map((p) => [p.severity, p.rule, p.message])).toEqual([
      [
        "warning",
        "struttura.tabella.assente",
        "Manca il foglio «Soggetti» (tabella tblSoggetti): si considera vuoto.",
      ],
      [
        "warning",
        "struttura.tabella.assente",
        "Manca il foglio «Rilevazioni» (tabella tblRilevazioni): si considera vuoto.",
      ],
    ]);
    expect(problems.every((p) => p.cell === null)).toBe(true);
  });

  test("checkParsed lists them first, then the parse problems and the model checks", () => {
    const parsed = parseWorkbook(essential());
    const problems = checkParsed(parsed);
    expect(problems.slice(0, 3).map((p) => p.rule)).toEqual([
      "struttura.tabella.assente",
      "struttura.tabella.assente",
      "struttura.tabella.assente",
    ]);
    expect(problems.some((p) => p.rule === "fasi.peso.mancante")).toBe(true);
  });
});
