/**
 * collectReturned on the strict fake: the values two responsabili changed in their files
 * merged into the open workbook, each logged under its author in the same sync; a cell the
 * office changed meanwhile is a conflict left as the office wrote it; a file of another plan
 * is refused by name; one reading and one writing.
 */
import type { ReturnedFile } from "../../../src/core/distribuzione/collect";
import { sentValues, splitModel } from "../../../src/core/distribuzione/split";
import type { Fase, PegModel } from "../../../src/core/model/types";
import { PAYLOAD_LIMIT_BYTES } from "../../fakes/excel";
import { sampleBook, syncs, type User } from "./helpers";

/** A person's part as they send it back, with one phase's progress changed. */
function returned(part: { recipient: string; model: PegModel }, fase: Fase, value: number) {
  const model: PegModel = {
    ...part.model,
    fasi: part.model.fasi.map((f) => (f === fase ? { ...f, avanzamento: value } : f)),
  };
  const file: ReturnedFile = {
    file: `${part.recipient}.xlsx`,
    destinatario: part.recipient,
    model,
    sent: sentValues(part.model),
  };
  return file;
}

/** The Fasi cell of a phase's progress, as an address a colleague types into. */
function progressAddress(table: { address: string; headers: string[] }, fase: Fase): string {
  const top = Number(/^(?:.*!)?\$?[A-Z]+\$?(\d+)/.exec(table.address)?.[1]);
  const column = String.fromCharCode(65 + table.headers.indexOf("Avanzamento %"));
  return `Fasi!${column}${top + 1 + (fase.origin?.row ?? -1)}`;
}

async function twoPeople(user: User) {
  const { model } = await user.run((p) => p.load());
  const parts = splitModel(model, "responsabile").parts.filter((p) => p.model.fasi.length > 0);
  const [a, b] = parts;
  const faseA = a.model.fasi[0];
  const faseB = b.model.fasi.find((f) => f.obiettivo !== faseA.obiettivo) ?? b.model.fasi[0];
  return { a, b, faseA, faseB };
}

describe("collectReturned", () => {
  it("merges the clean edits under their authors and leaves a conflict as it is", async () => {
    const { book, user } = await sampleBook();
    const { a, b, faseA, faseB } = await twoPeople(user);
    const headers = book.table("tblFasi").headers;
    expect(headers).toContain("Avanzamento %");
    // the office writes B's cell after the files were sent
    await user.run((p) => p.writeCell(progressAddress(book.table("tblFasi"), faseB), 20));
    const logBefore = book.table("tblRilevazioni").rows.length;
    user.fake.resetStats();

    const report = await user.run((p) =>
      p.collectReturned([returned(a, faseA, 60), returned(b, faseB, 35)]),
    );

    expect(report).toEqual(
      expect.objectContaining({ merged: 1, logRows: 1, stopped: false, unusable: [] }),
    );
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        file: `${b.recipient}.xlsx`,
        obiettivo: faseB.obiettivo,
        numero: faseB.numero,
        sent: faseB.avanzamento,
        plan: 20,
        returned: 35,
      }),
    ]);
    // one reading, one writing
    expect(syncs(user)).toBe(2);

    const after = (await user.run((p) => p.load())).model.fasi;
    const progressOf = (f: Fase) =>
      after.find((x) => x.obiettivo === f.obiettivo && x.numero === f.numero)?.avanzamento;
    expect(progressOf(faseA)).toBe(60);
    expect(progressOf(faseB)).toBe(20);

    const log = book.table("tblRilevazioni");
    const added = log.rows.slice(logBefore);
    expect(added).toHaveLength(1);
    const at = (h: string) => added[0][log.headers.indexOf(h)];
    expect(at("Utente")).toBe(a.recipient);
    expect(at("Obiettivo")).toBe(faseA.obiettivo);
    expect(at("N.")).toBe(faseA.numero);
  });

  it("refuses a file of another plan by name and writes nothing", async () => {
    const { book, user } = await sampleBook();
    const { a, faseA } = await twoPeople(user);
    const other = returned(a, faseA, 60);
    const foreign: ReturnedFile = {
      ...other,
      file: "altro.xlsx",
      model: { ...other.model, impostazioni: { ...other.model.impostazioni, anno: 2030 } },
    };
    const before = book.snapshot();
    user.fake.resetStats();
    const report = await user.run((p) => p.collectReturned([foreign]));
    expect(report.merged).toBe(0);
    expect(report.unusable).toEqual([
      { file: "altro.xlsx", reason: expect.stringContaining("è di un altro piano") },
    ]);
    expect(book.snapshot()).toEqual(before);
    // the reading only: nothing to write
    expect(syncs(user)).toBe(1);
  });

  it("writes many people's values in the same number of syncs, each under the limit", async () => {
    const { book, user } = await sampleBook();
    const { model } = await user.run((p) => p.load());
    const parts = splitModel(model, "responsabile").parts.filter((p) => p.model.fasi.length > 0);
    // a phase of each person nobody else was sent (one sent to two is the second one's conflict)
    const taken = new Set<string>();
    const files = parts.flatMap((p, i) => {
      const fase = p.model.fasi.find((f) => !taken.has(`${f.obiettivo}/${f.numero}`));
      if (!fase) return [];
      taken.add(`${fase.obiettivo}/${fase.numero}`);
      return [returned(p, fase, 10 + i)];
    });
    expect(files.length).toBeGreaterThan(3);
    const logBefore = book.table("tblRilevazioni").rows.length;
    user.fake.resetStats();
    const report = await user.run((p) => p.collectReturned(files));
    expect(report.merged).toBe(files.length);
    expect(syncs(user)).toBe(2);
    expect(user.fake.stats().largest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const log = book.table("tblRilevazioni");
    const authors = log.rows.slice(logBefore).map((r) => r[log.headers.indexOf("Utente")]);
    expect(new Set(authors)).toEqual(new Set(files.map((f) => f.destinatario)));
  });
});
