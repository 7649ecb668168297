import { computeAll } from "../../../src/core/compute";
import { buildScheda } from "../../../src/core/layout/scheda";
import { schedaSheetName } from "../../../src/core/layout/sheet-name";
import { pageBudgetPt } from "../../../src/core/layout/page";
import { SAMPLE_SOURCE, samplePeg } from "../../../src/core/sample";
import { bands, cellWithValue, pageHeights, pageOf } from "./inspect";

describe("the 31 schede of the sample", () => {
  const model = samplePeg();
  const results = computeAll(model).objectives;
  const taken: string[] = [];
  const layouts = model.obiettivi.map((o) => {
    const sheetName = schedaSheetName(o.codice, taken);
    taken.push(sheetName);
    return buildScheda(
      model,
      results.find((r) => r.codice === o.codice),
      o.codice,
      {
        dataElaborazione: SAMPLE_SOURCE.dataElaborazione,
        sheetName,
      },
    );
  });

  it("builds one scheda per objective with distinct sheet names", () => {
    expect(layouts).toHaveLength(SAMPLE_SOURCE.obiettivi);
    expect(new Set(taken).size).toBe(SAMPLE_SOURCE.obiettivi);
  });

  it("prints every phase and indicator description, each beside its values on one page", () => {
    let items = 0;
    for (const [i, o] of model.obiettivi.entries()) {
      const l = layouts[i];
      const own = [...model.fasi, ...model.indicatori].filter((x) => x.obiettivo === o.codice);
      for (const item of own) {
        const desc = cellWithValue(l, item.descrizione);
        expect(pageOf(l, desc.row + 1)).toBe(pageOf(l, desc.row));
        items++;
      }
      expect(bands(l)).toContain("Stato e monitoraggio");
    }
    expect(items).toBe(SAMPLE_SOURCE.fasi + SAMPLE_SOURCE.indicatori);
  });

  it("keeps every page within the printable height", () => {
    for (const l of layouts)
      for (const h of pageHeights(l)) expect(h).toBeLessThanOrEqual(pageBudgetPt());
  });
});
