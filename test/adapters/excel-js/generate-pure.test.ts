/** The pure parts of generation: rectangles, sheet plan, markers, header sections, units. */
import fc from "fast-check";
import { groupRects, a1, commonest } from "../../../src/adapters/excel-js/generate/rects";
import { planSheets } from "../../../src/core/layout/sheet-plan";
import {
  markerComment,
  parseMarker,
  sheetOfFormula,
  nextMarkerName,
} from "../../../src/core/layout/markers";
import { splitHeader } from "../../../src/adapters/excel-js/generate/page";
import { widthToPoints } from "../../../src/adapters/excel-js/generate/ops";
import type { ExistingSheet } from "../../../src/adapters/excel-js/generate/read";

describe("groupRects", () => {
  test("covers every keyed cell exactly once, with its key", () => {
    const grid = fc.array(
      fc.array(fc.constantFrom("a", "b", null), { minLength: 4, maxLength: 4 }),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(grid, (g) => {
        const seen = g.map((row) => row.map(() => 0));
        for (const r of groupRects(g))
          for (let i = r.r0; i <= r.r1; i++)
            for (let j = r.c0; j <= r.c1; j++) {
              expect(g[i][j]).toBe(r.key);
              seen[i][j]++;
            }
        g.forEach((row, i) => row.forEach((k, j) => expect(seen[i][j]).toBe(k === null ? 0 : 1)));
      }),
    );
  });

  test("stacks identical runs into one rectangle", () => {
    const rects = groupRects([
      ["x", "x", null],
      ["x", "x", null],
      ["x", "x", "x"],
    ]);
    expect(rects.map(a1)).toEqual(["A1:B2", "A3:C3"]);
  });

  test("commonest and addresses", () => {
    expect(
      commonest([
        ["a", "b"],
        ["b", null],
      ]),
    ).toBe("b");
    expect(commonest([[null]])).toBeNull();
    expect(a1({ r0: 0, c0: 26, r1: 9, c1: 27 })).toBe("AA1:AB10");
  });
});

describe("planSheets", () => {
  const sheet = (name: string, codice?: string): ExistingSheet => ({
    name,
    marker:
      codice === undefined ? null : codice === "" ? { kind: "indice" } : { kind: "scheda", codice },
    markerName: codice === undefined ? null : `SchedePEG_${name}`,
  });

  test.each([
    ["new workbook", [sheet("Obiettivi")], ["A"], "A", null, undefined],
    ["our earlier sheet is replaced", [sheet("A", "A")], ["A"], "A", "A", undefined],
    [
      "our sheet renamed by the user is replaced",
      [sheet("vecchia", "A")],
      ["A"],
      "A",
      "vecchia",
      undefined,
    ],
    [
      "a user's sheet keeps its name",
      [sheet("a")],
      ["A"],
      "A (2)",
      null,
      /non è stato creato da Schede PEG/,
    ],
    [
      "another scheda's sheet keeps its name",
      [sheet("A", "B")],
      ["A"],
      "A (2)",
      null,
      /un'altra scheda/,
    ],
  ] as const)("%s", (_l, sheets, codes, name, replaces, reason) => {
    const plan = planSheets(codes, sheets, false);
    expect(plan.schede[0].name).toBe(name);
    expect(plan.schede[0].replaces).toBe(replaces);
    if (reason) expect(plan.schede[0].renamedBecause).toMatch(reason);
    else expect(plan.schede[0].renamedBecause).toBeUndefined();
  });

  test("two codes that clean to the same name get different sheets, with the reason", () => {
    const plan = planSheets(["A/1", "A_1"], [], false);
    expect(plan.schede.map((s) => s.name)).toEqual(["A_1", "A_1 (2)"]);
    expect(plan.schede[1].renamedBecause).toMatch(/già usato in questa generazione \(A\/1\)/);
  });

  test("a new scheda never takes the name of another earlier sheet still to be replaced", () => {
    // B's old sheet was renamed "A" by the user; A must not collide with it
    const plan = planSheets(["A", "B"], [sheet("A", "B")], false);
    expect(plan.schede.map((s) => [s.name, s.replaces])).toEqual([
      ["A (2)", null],
      ["B", "A"],
    ]);
  });

  test("the index replaces our earlier index", () => {
    const plan = planSheets(["A"], [sheet("Indice schede", "")], true);
    expect(plan.index).toMatchObject({ name: "Indice schede", replaces: "Indice schede" });
  });
});

describe("markers", () => {
  test.each([
    { kind: "indice" as const },
    { kind: "prospetto" as const },
    { kind: "scheda" as const, codice: "2021_S08 'x'" },
    { kind: "versione" as const, numero: 12 },
  ])("%j survives its comment", (m) => expect(parseMarker(markerComment(m))).toEqual(m));
  test.each([null, "", "nota mia", "Schede PEG: scheda ", "Schede PEG: versione x"])(
    "%j is not a marker",
    (c) => expect(parseMarker(c)).toBeNull(),
  );
  test.each([
    ["='Indice schede'!$A$1", "Indice schede"],
    ["='l''altra'!$A$1", "l'altra"],
    ["=Foglio1!$A$1", "Foglio1"],
    ["=#REF!", null],
    ["=#REF!$A$1", null],
  ])("%s points at %s", (formula, sheet) => expect(sheetOfFormula(formula)).toBe(sheet));
  test("new names skip taken ones, ignoring case", () => {
    const taken = new Set(["schedepeg_1"]);
    expect([nextMarkerName(taken), nextMarkerName(taken)]).toEqual(["SchedePEG_2", "SchedePEG_3"]);
  });
});

describe("splitHeader", () => {
  test.each([
    [
      "&LEnte&C&BScheda obiettivo X&B&RPagina &P di &N",
      ["Ente", "&BScheda obiettivo X&B", "Pagina &P di &N"],
    ],
    ["&LA&&B&RPEG 2021", ["A&&B", "", "PEG 2021"]],
    ["solo centro", ["", "solo centro", ""]],
  ])("%s", (text, [left, center, right]) =>
    expect(splitHeader(text)).toEqual({ left, center, right }),
  );
});

test("column widths: stored character units to pixels (ECMA-376), then points at 96 dpi", () => {
  expect(widthToPoints(10)).toBe(52.5); // 70 px
  // Excel's default column: 8.43 characters shown, 9.140625 stored, 64 px, 48 pt
  expect(widthToPoints(9.140625)).toBe(48);
});
