import { comparePlans } from "../../../src/core/cycle/compare";
import { PROSPETTO_TITLE, buildProspetto } from "../../../src/core/cycle/prospetto";
import type { IsoDate } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";

const options = {
  ente: "Città di Cinisello Balsamo",
  before: "«peg-2021.xlsx»",
  after: "«peg-2021-luglio.xlsx»",
  dataElaborazione: "2021-07-15" as IsoDate,
  pairing: null,
  withSubjects: true,
};

function texts(layout: ReturnType<typeof buildProspetto>): string[][] {
  const rows = new Map<number, string[]>();
  for (const c of [...layout.cells].sort((a, b) => a.row - b.row || a.col - b.col))
    rows.set(c.row, [...(rows.get(c.row) ?? []), c.value === null ? "" : String(c.value)]);
  return [...rows.values()];
}

describe("the Prospetto variazioni", () => {
  const a = samplePeg();
  const b = samplePeg();
  b.fasi[0].finePrevista = "2021-10-31" as IsoDate;
  b.indicatori[0].valoreAtteso = 2.5;
  const removed = b.fasi.splice(2, 1)[0];
  const changes = comparePlans(a, b);
  const layout = buildProspetto(changes, options);
  const rows = texts(layout);

  it("has one row per change, in Italian, with dates and numbers as people read them", () => {
    expect(rows).toContainEqual([
      a.fasi[0].obiettivo,
      "fase 1",
      "modificata",
      "Fine prevista",
      "31/12/2021",
      "31/10/2021",
    ]);
    expect(rows).toContainEqual([
      a.indicatori[0].obiettivo,
      "indicatore 1",
      "modificato",
      "Valore atteso",
      String(a.indicatori[0].valoreAtteso),
      "2,5",
    ]);
    const gone = rows.find((r) => r[2] === "rimossa");
    expect(gone?.slice(0, 2)).toEqual([removed.obiettivo, `fase ${removed.numero}`]);
    expect(gone?.[4]).toContain(removed.descrizione.slice(0, 40));
  });

  it("names the sides, the ente and the count, and prints on A4", () => {
    const flat = rows.flat();
    expect(flat).toEqual(expect.arrayContaining([PROSPETTO_TITLE, options.ente, options.after]));
    expect(flat).toContain(`${changes.length} in 2 obiettivi`);
    expect(layout.page.paper).toBe("A4");
    expect(layout.page.header).toContain("Prospetto variazioni");
  });

  it("says when there is no difference, and the pairing of two years", () => {
    const none = texts(buildProspetto([], { ...options, pairing: "i codici … (2021_A → 2022_A)" }));
    expect(none).toContainEqual(["Differenze", "nessuna"]);
    expect(none).toContainEqual(["Anni diversi", "i codici … (2021_A → 2022_A)"]);
  });
});
