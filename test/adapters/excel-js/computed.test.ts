import { computeAll } from "../../../src/core/compute";
import { columnLetters } from "../../../src/core/schema/address";
import type { WorkbookSnapshot } from "../../fakes/excel";
import { sampleBook, syncs } from "./helpers";

/** The snapshot without the cells of the given columns (by header) of one table. */
function mask(snap: WorkbookSnapshot, table: string, headers: string[]): WorkbookSnapshot {
  const copy = JSON.parse(JSON.stringify(snap)) as WorkbookSnapshot;
  const t = copy.tables.find((x) => x.name === table);
  if (!t) throw new Error(table);
  const letters = headers.map((h) => columnLetters(t.headers.indexOf(h)));
  const sheet = copy.sheets.find((s) => s.name === t.sheet);
  for (const key of Object.keys(sheet?.cells ?? {})) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(key) ?? [];
    if (letters.includes(col) && Number(row) > 1) delete sheet?.cells[key];
  }
  return copy;
}

const OBJ = [
  "Avanzamento fasi %",
  "Raggiungimento indicatori %",
  "Raggiungimento complessivo %",
  "Stato monitoraggio",
];
const IND = ["Raggiungimento %"];

describe("writeComputed", () => {
  it("writes only the computed columns, in at most two syncs", async () => {
    const { book, user } = await sampleBook();
    const { model } = await user.run((p) => p.load());
    const result = computeAll(model);
    const before = book.snapshot();
    user.fake.resetStats();
    await user.run((p) => p.writeComputed(result));
    expect(syncs(user)).toBeLessThanOrEqual(2);
    const after = book.snapshot();
    expect(mask(mask(after, "tblObiettivi", OBJ), "tblIndicatori", IND)).toEqual(
      mask(mask(before, "tblObiettivi", OBJ), "tblIndicatori", IND),
    );
    expect(after).not.toEqual(before);
  });

  it("puts each result on its objective's and indicator's row", async () => {
    const { book, user } = await sampleBook();
    const { model } = await user.run((p) => p.load());
    const result = computeAll(model);
    await user.run((p) => p.writeComputed(result));
    const t = book.table("tblObiettivi");
    const code = t.headers.indexOf("Codice");
    const esito = t.headers.indexOf("Stato monitoraggio");
    const overall = t.headers.indexOf("Raggiungimento complessivo %");
    for (const o of result.objectives) {
      const row = t.rows.find((r) => r[code] === o.codice);
      expect(row?.[esito]).toBe(o.status);
      expect(row?.[overall]).toBe(o.overall ?? "");
    }
    const ind = book.table("tblIndicatori");
    const [obj, num, ach] = ["Obiettivo", "N. indicatore", "Raggiungimento %"].map((h) =>
      ind.headers.indexOf(h),
    );
    for (const r of result.objectives.flatMap((o) => o.indicators)) {
      const row = ind.rows.find((x) => x[obj] === r.obiettivo && x[num] === r.numero);
      expect(row?.[ach]).toBe(r.computed ?? "");
    }
  });
});
