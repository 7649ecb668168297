import type { RilevazioneSave } from "../../../src/core/rilevazione/types";
import type { Fase, Month } from "../../../src/core/model/types";
import { sampleBook, userOf } from "./helpers";

const MONTH = "2021-04" as Month;

function edit(f: Fase, value: number, previous = f.avanzamento): RilevazioneSave {
  return {
    periodo: MONTH,
    obiettivo: f.obiettivo,
    utente: "utente",
    edits: [{ elemento: "Fase", numero: f.numero, campo: "avanzamento", previous, value }],
  };
}

async function twoUsers() {
  const { book, user: anna } = await sampleBook();
  const bruno = userOf(book);
  const seenByAnna = (await anna.run((p) => p.load())).model;
  const seenByBruno = (await bruno.run((p) => p.load())).model;
  return { book, anna, bruno, seenByAnna, seenByBruno };
}

function avanzamento(book: Awaited<ReturnType<typeof twoUsers>>["book"], f: Fase): unknown {
  const t = book.table("tblFasi");
  return t.rows[f.origin?.row ?? -1][t.headers.indexOf("Avanzamento %")];
}

describe("two users on one workbook", () => {
  it("reports the true conflict with both values and writes nothing", async () => {
    const { book, anna, bruno, seenByAnna, seenByBruno } = await twoUsers();
    const first = await anna.run((p) => p.saveRilevazione(edit(seenByAnna.fasi[0], 30)));
    expect(first.kind).toBe("saved");
    const logBefore = book.table("tblRilevazioni").rows.length;
    expect(logBefore).toBeGreaterThan(1);
    const second = await bruno.run((p) => p.saveRilevazione(edit(seenByBruno.fasi[0], 40)));
    expect(second).toEqual({
      kind: "conflict",
      conflicts: [{ edit: edit(seenByBruno.fasi[0], 40).edits[0], theirs: 30 }],
    });
    expect(avanzamento(book, seenByAnna.fasi[0])).toBe(30);
    expect(book.table("tblRilevazioni").rows).toHaveLength(logBefore);
  });

  it("keeps both users' values when they save different phases at the same time", async () => {
    const { book, anna, bruno, seenByAnna, seenByBruno } = await twoUsers();
    // an objective with two phases: Anna saves the first, Bruno later the second
    const first = seenByAnna.fasi.find((f) =>
      seenByAnna.fasi.some((g) => g.obiettivo === f.obiettivo && g.numero !== f.numero),
    ) as Fase;
    const sameObjective = seenByBruno.fasi.find(
      (f) => f.obiettivo === first.obiettivo && f.numero !== first.numero,
    ) as Fase;
    const other = seenByBruno.fasi.find((f) => f.obiettivo !== first.obiettivo) as Fase;
    const results = await Promise.all([
      anna.run((p) => p.saveRilevazione(edit(first, 11))),
      bruno.run((p) => p.saveRilevazione(edit(other, 22))),
    ]);
    expect(results.map((r) => r.kind)).toEqual(["saved", "saved"]);
    const third = await bruno.run((p) => p.saveRilevazione(edit(sameObjective, 33)));
    expect(third.kind).toBe("saved");
    expect(avanzamento(book, first)).toBe(11);
    expect(avanzamento(book, other)).toBe(22);
    expect(avanzamento(book, sameObjective)).toBe(33);
    const log = book.table("tblRilevazioni");
    const nuovo = log.headers.indexOf("Valore nuovo");
    const written = log.rows.map((r) => r[nuovo]).filter((v) => v !== "");
    expect(written.sort()).toEqual([11, 22, 33]);
  });
});
