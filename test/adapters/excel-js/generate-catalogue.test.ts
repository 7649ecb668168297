/**
 * The catalogue of row formats: every scheda row is drawn exactly once, from catalogue rows
 * that look the same, and repeated blocks (phases, indicators) take one copy each run.
 */
import {
  type Cover,
  FormatCatalogue,
  rowKinds,
} from "../../../src/adapters/excel-js/generate/catalogue";
import { StyleRegistry } from "../../../src/adapters/excel-js/generate/styles";
import { computeAll } from "../../../src/core/compute";
import { buildScheda, type SchedaLayout } from "../../../src/core/layout";
import type { IsoDate } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";

const model = samplePeg();
const results = computeAll(model).objectives;
const layouts: SchedaLayout[] = model.obiettivi.map((o) =>
  buildScheda(
    model,
    results.find((r) => r.codice === o.codice),
    o.codice,
    { dataElaborazione: "2021-04-29" as IsoDate, sheetName: o.codice },
  ),
);

/** Covers every layout in order, rebuilding the catalogue from the additions alone. */
function coverAll(list: readonly SchedaLayout[]): { covers: Cover[]; kinds: number[][] } {
  const styles = new StyleRegistry();
  const nameOf = (u: Parameters<StyleRegistry["nameFor"]>[0]) => styles.nameFor(u);
  const catalogue = new FormatCatalogue(nameOf);
  const ids = new Map<string, number>();
  const covers = list.map((l) => catalogue.cover(l));
  return { covers, kinds: list.map((l) => rowKinds(l, ids, nameOf)) };
}

test("every row with formats is drawn once, from catalogue rows of the same look", () => {
  const { covers, kinds } = coverAll(layouts);
  const catalogue: number[] = [];
  covers.forEach((cover, n) => {
    for (const a of cover.additions) {
      expect(a.at).toBe(catalogue.length);
      catalogue.push(...kinds[n].slice(a.from, a.to + 1));
    }
    const drawn = kinds[n].map(() => 0);
    for (const c of cover.copies) {
      for (let k = 0; k < c.rows * c.times; k++) {
        expect(kinds[n][c.target + k]).toBe(catalogue[c.source + (k % c.rows)]);
        drawn[c.target + k]++;
      }
    }
    for (const d of cover.direct) drawn[d]++;
    kinds[n].forEach((kind, r) =>
      expect({ r, drawn: drawn[r] }).toEqual({ r, drawn: kind === 0 ? drawn[r] : 1 }),
    );
    expect(Math.max(...drawn)).toBeLessThanOrEqual(1);
  });
});

test("the first scheda fills the catalogue and is one copy; the others add little", () => {
  const { covers } = coverAll(layouts);
  expect(covers[0].copies).toHaveLength(1);
  expect(covers[0].additions).toHaveLength(1);
  const added = covers
    .slice(1)
    .reduce((n, c) => n + c.additions.reduce((m, a) => m + a.to - a.from + 1, 0), 0);
  const rows = layouts.slice(1).reduce((n, l) => n + l.rows.length, 0);
  expect(added).toBeLessThan(rows / 10);
});

test("repeated blocks take one copy per run, not one per phase or indicator", () => {
  const { covers } = coverAll(layouts);
  const items = model.obiettivi.map(
    (o) =>
      model.fasi.filter((f) => f.obiettivo === o.codice).length +
      model.indicatori.filter((i) => i.obiettivo === o.codice).length,
  );
  const busiest = items.indexOf(Math.max(...items));
  expect(items[busiest]).toBeGreaterThan(4);
  expect(covers[busiest].copies.some((c) => c.times > 1)).toBe(true);
  expect(covers[busiest].copies.length).toBeLessThan(items[busiest]);
});

test("rows of a merge spanning several rows are drawn directly, never copied in part", () => {
  const base = layouts[0];
  const tall = { ...base, merges: [...base.merges, { top: 2, left: 1, bottom: 3, right: 2 }] };
  const cover = new FormatCatalogue((u) => u.id).cover(tall);
  expect(cover.direct).toEqual([1, 2]);
  for (const c of cover.copies) {
    const rows = Array.from({ length: c.rows * c.times }, (_, k) => c.target + k);
    expect(rows.filter((r) => r === 1 || r === 2)).toEqual([]);
  }
});
