import fc from "fast-check";
import { checkWorkbook } from "../../../src/core/verifica";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../../../src/core/schema/tables";
import { anyCell } from "../parse/arbitraries";
import { rawTable } from "../parse/helpers";

describe("validation on whatever the parser yields", () => {
  it("never throws and locates every row-level problem inside its table", () => {
    const table = (width: number) =>
      fc.array(fc.array(anyCell, { minLength: width, maxLength: width }), { maxLength: 5 });
    fc.assert(
      fc.property(
        table(OBIETTIVI.columns.length),
        table(FASI.columns.length),
        table(INDICATORI.columns.length),
        table(SOGGETTI.columns.length),
        (ob, fa, ind, sog) => {
          const raw = {
            obiettivi: rawTable(OBIETTIVI, ob),
            fasi: rawTable(FASI, fa),
            indicatori: rawTable(INDICATORI, ind),
            soggetti: rawTable(SOGGETTI, sog),
          };
          const { problems } = checkWorkbook(raw);
          const height: Record<string, number> = {
            Obiettivi: ob.length,
            Fasi: fa.length,
            Indicatori: ind.length,
            Soggetti: sog.length,
          };
          for (const p of problems) {
            expect(p.message.length).toBeGreaterThan(0);
            if (p.row === null || p.sheet === null || p.sheet === "Impostazioni") continue;
            expect(p.row).toBeGreaterThanOrEqual(1);
            expect(p.row).toBeLessThanOrEqual(height[p.sheet] + 1);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
