/**
 * The schema drives the model: each table's columns are typed against the record its rows
 * fill, and the records the parser builds have exactly the schema's fields. The
 * `@ts-expect-error` lines are compile-time checks: if a column without its record field (or
 * a field without its column) ever compiled, the type check of the tests would fail here.
 */
import type { Fase, Soggetto } from "../../../src/core/model/types";
import { parseWorkbook } from "../../../src/core/parse";
import { samplePeg } from "../../../src/core/sample";
import { modelToRows } from "../../../src/core/schema/rows";
import {
  FASI,
  INDICATORI,
  OBIETTIVI,
  SOGGETTI,
  columnIndex,
} from "../../../src/core/schema/tables";
import type { ColumnSpec, Columns, TableDef } from "../../../src/core/schema/types";
import { rawTable } from "../parse/helpers";

const spec: ColumnSpec = {
  header: "Ufficio",
  type: "text",
  required: false,
  numberFormat: "@",
  width: 20,
};

function specsOf<R>(def: TableDef): Columns<R> {
  return Object.fromEntries(def.columns.map(({ key, ...c }) => [key, c])) as Columns<R>;
}

function without<T extends object, K extends keyof T>(o: T, dropped: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(o).filter(([key]) => key !== dropped)) as Omit<T, K>;
}

describe("columns typed against the records", () => {
  test("a column the record lacks does not compile", () => {
    const fase = specsOf<Fase>(FASI);
    // @ts-expect-error «ufficio» is not a field of Fase: add it to the model first
    const withExtra: Columns<Fase> = { ...fase, ufficio: spec };
    expect(Object.keys(withExtra)).toContain("ufficio");
  });

  test("a field of the record without its column does not compile", () => {
    const rest = without(specsOf<Soggetto>(SOGGETTI), "relazione");
    // @ts-expect-error Soggetto.relazione has no column
    const missing: Columns<Soggetto> = rest;
    expect(Object.keys(missing)).not.toContain("relazione");
  });

  test("a column key that is not the table's does not compile", () => {
    // @ts-expect-error a typo in a key
    expect(() => columnIndex(FASI, "avanzamneto")).toThrow();
    expect(columnIndex(FASI, "avanzamento")).toBeGreaterThan(0);
  });
});

describe("records built from the schema", () => {
  const model = samplePeg();
  const parsed = parseWorkbook({
    obiettivi: rawTable(OBIETTIVI, modelToRows(OBIETTIVI, model.obiettivi)),
    fasi: rawTable(FASI, modelToRows(FASI, model.fasi)),
    indicatori: rawTable(INDICATORI, modelToRows(INDICATORI, model.indicatori)),
    soggetti: rawTable(SOGGETTI, modelToRows(SOGGETTI, model.soggetti)),
  }).model;

  test.each([
    [OBIETTIVI, parsed.obiettivi[0]],
    [FASI, parsed.fasi[0]],
    [INDICATORI, parsed.indicatori[0]],
    [SOGGETTI, parsed.soggetti[0]],
  ] as const)(
    "%s: one field per column the add-in does not compute, plus the origin",
    (def, record) => {
      const columns = def.columns.filter((c) => !c.computed).map((c) => c.key);
      expect(Object.keys(record).sort()).toEqual([...columns, "origin"].sort());
    },
  );
});
