import { conditionalRulesFor } from "../../../src/core/schema/conditional-rules";
import { FASI, RILEVAZIONI, TABLES } from "../../../src/core/schema/tables";
import { columnLetters } from "../../../src/core/schema/address";
import type { TableDef } from "../../../src/core/schema/types";

/** Each rule's formula for row 2, with the columns at their schema positions from A. */
function formulas(def: TableDef): [string, string | null][] {
  const letterOf = (key: string) => {
    const i = def.columns.findIndex((c) => c.key === key);
    return i < 0 ? null : columnLetters(i);
  };
  return conditionalRulesFor(def).map((r) => [r.key, r.formula(letterOf, 2)]);
}

describe("conditionalRulesFor", () => {
  it("checks a percentage against 0–100 and the phase weights of an objective on Fasi", () => {
    expect(formulas(FASI)).toEqual([
      ["numero", 'AND(B2<>"",OR(NOT(ISNUMBER(B2)),B2<1))'],
      ["peso", 'AND(H2<>"",OR(NOT(ISNUMBER(H2)),H2<0,H2>100))'],
      ["avanzamento", 'AND(I2<>"",OR(NOT(ISNUMBER(I2)),I2<0,I2>100))'],
      ["peso", 'AND($A2<>"",ROUND(SUMIFS($H:$H,$A:$A,$A2),6)<>100)'],
    ]);
  });

  it("has no rule for tables the add-in writes, nor for computed columns", () => {
    expect(conditionalRulesFor(RILEVAZIONI)).toEqual([]);
    for (const def of TABLES) {
      const computed: string[] = def.columns.filter((c) => c.computed).map((c) => c.key);
      const keys = conditionalRulesFor(def).map((r) => r.key);
      expect(keys.filter((k) => computed.includes(k))).toEqual([]);
    }
  });

  it("gives no formula when a column it needs is missing", () => {
    const [weights] = conditionalRulesFor(FASI)
      .filter((r) => r.key === "peso")
      .slice(-1);
    expect(weights.formula((k) => (k === "peso" ? "H" : null), 2)).toBeNull();
  });
});
