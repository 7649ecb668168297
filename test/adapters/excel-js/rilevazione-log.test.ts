/**
 * saveRilevazione on a workbook with a long log: the save reads only the log columns the
 * cumulative rule needs, and reads none of them when no valore raggiunto changes.
 */
import { appendAll } from "../../../src/adapters/excel-js/append";
import { recordsToBlock } from "../../../src/adapters/excel-js/cells";
import { RILEVAZIONI } from "../../../src/core/schema/tables";
import type {
  RilevazioneEdit,
  RilevazioneSave,
  SaveResult,
} from "../../../src/core/rilevazione/types";
import type { Indicatore, Month, PegModel, Rilevazione } from "../../../src/core/model/types";
import { calls, sampleBook, syncs, type User } from "./helpers";

const LIMIT = 5_000_000;
const MONTH = "2021-04" as Month;
/** a long note makes every log row heavy: only columns the save never reads are heavy */
const LONG_NOTE = "nota lunga ".repeat(400);

function logRow(ind: Indicatore, periodo: string, valoreNuovo: number, nota = ""): Rilevazione {
  return {
    periodo: periodo as Month,
    obiettivo: ind.obiettivo,
    elemento: "Indicatore",
    numero: ind.numero,
    campo: "valoreRaggiunto",
    valorePrecedente: null,
    valoreNuovo,
    nota,
    utente: "Bianchi",
    timestamp: `${periodo}-28T10:00:00`,
  };
}

/** Appends log rows and sets cells of one indicator, as a colleague's earlier work. */
async function prepareLog(
  user: User,
  ind: Indicatore,
  rows: readonly Rilevazione[],
  cells: Record<string, string | number>,
): Promise<void> {
  await user.run(() =>
    Excel.run(async (context) => {
      const table = context.workbook.tables.getItem(RILEVAZIONI.table);
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      const headers = (header.values[0] ?? []).map(String);
      await appendAll(context, [
        {
          target: { def: RILEVAZIONI, blankRows: 0 },
          block: recordsToBlock(RILEVAZIONI, headers, rows),
        },
      ]);
      const indicatori = context.workbook.tables.getItem("tblIndicatori");
      for (const [h, v] of Object.entries(cells)) {
        const cell = indicatori.columns
          .getItem(h)
          .getDataBodyRange()
          .getCell(ind.origin?.row ?? 0, 0);
        cell.values = [[v]];
      }
      await context.sync();
    }),
  );
}

async function setup(rows: (ind: Indicatore) => Rilevazione[], current: number) {
  const { book, user } = await sampleBook();
  const before = await user.run((p) => p.load());
  const ind = before.model.indicatori[before.model.indicatori.length - 1];
  await prepareLog(user, ind, rows(ind), { Cumulativo: "si", "Valore raggiunto": current });
  const { model } = await user.run((p) => p.load());
  user.fake.resetStats();
  return { book, user, model, ind };
}

function edit(model: PegModel, ind: Indicatore, value: number): RilevazioneSave {
  const now = model.indicatori.find(
    (i) => i.obiettivo === ind.obiettivo && i.numero === ind.numero,
  );
  const e: RilevazioneEdit = {
    elemento: "Indicatore",
    numero: ind.numero,
    campo: "valoreRaggiunto",
    previous: now?.valoreRaggiunto ?? null,
    value,
  };
  return { periodo: MONTH, obiettivo: ind.obiettivo, utente: "Rossi", edits: [e] };
}

function heavyLog(ind: Indicatore): Rilevazione[] {
  return Array.from({ length: 1_300 }, (_, k) =>
    logRow({ ...ind, numero: 900 + k }, "2021-01", k, LONG_NOTE),
  );
}

function stayedSmall(user: User): void {
  const stats = user.fake.stats();
  expect(stats.syncs).toBeLessThanOrEqual(2);
  expect(Math.max(...stats.payloadBytes, ...stats.responseBytes)).toBeLessThanOrEqual(LIMIT);
}

describe("saveRilevazione with the log", () => {
  it.each<[string, number, number, SaveResult["kind"]]>([
    // an earlier month logged 50, the cell was lowered to 10 since: 20 is still a decrease
    ["refuses a cumulative decrease below an earlier month's logged value", 10, 20, "refused"],
    ["accepts a value above an earlier month's logged value", 10, 60, "saved"],
  ])("%s", async (_name, current, value, kind) => {
    const { book, user, model, ind } = await setup(
      (i) => [logRow(i, "2021-02", 50), logRow(i, "2021-05", 999)],
      current,
    );
    const logBefore = book.table(RILEVAZIONI.table).rows.length;
    const result = await user.run((p) => p.saveRilevazione(edit(model, ind, value)));
    expect(result.kind).toBe(kind);
    if (result.kind === "refused") expect(result.reasons.join(" ")).toContain("sotto 50");
    expect(syncs(user)).toBeLessThanOrEqual(2);
    const added = kind === "saved" ? 1 : 0;
    expect(book.table(RILEVAZIONI.table).rows.length).toBe(logBefore + added);
  });

  it("stays within two syncs under 5 MB when the whole log would be refused", async () => {
    const { book, user, model, ind } = await setup(heavyLog, 10);
    const { headers, rows } = book.table(RILEVAZIONI.table);
    expect(JSON.stringify(rows).length).toBeGreaterThan(LIMIT);
    const logBefore = rows.length;
    const result = await user.run((p) => p.saveRilevazione(edit(model, ind, 30)));
    expect(result).toEqual({ kind: "saved", cellsWritten: 1, logRows: 1 });
    stayedSmall(user);
    const log = book.table(RILEVAZIONI.table);
    expect(log.rows).toHaveLength(logBefore + 1);
    const last = log.rows[log.rows.length - 1];
    expect(last[headers.indexOf("Utente")]).toBe("Rossi");
    expect(last[headers.indexOf("Valore nuovo")]).toBe(30);
  });

  it("does not read the log for a phase edit", async () => {
    const { user, model } = await setup(heavyLog, 10);
    const fase = model.fasi[0];
    const result = await user.run((p) =>
      p.saveRilevazione({
        periodo: MONTH,
        obiettivo: fase.obiettivo,
        utente: "Rossi",
        edits: [
          {
            elemento: "Fase",
            numero: fase.numero,
            campo: "avanzamento",
            previous: fase.avanzamento,
            value: fase.avanzamento === 40 ? 45 : 40,
          },
        ],
      }),
    );
    expect(result.kind).toBe("saved");
    stayedSmall(user);
    expect(Math.max(...user.fake.stats().responseBytes)).toBeLessThan(LIMIT / 10);
    expect(calls(user, "TableRowCollection.add")).toBe(0);
  });

  it("still reports a colleague's change as a conflict", async () => {
    const { user, model, ind } = await setup(heavyLog, 10);
    const save = edit(model, ind, 30);
    await prepareLog(user, ind, [], { "Valore raggiunto": 12 });
    user.fake.resetStats();
    const result = await user.run((p) => p.saveRilevazione(save));
    expect(result.kind).toBe("conflict");
    if (result.kind === "conflict") expect(result.conflicts[0].theirs).toBe(12);
    stayedSmall(user);
  });

  it.each<[string, (ind: Indicatore) => Rilevazione[], string | null]>([
    [
      "the needed log columns exceed one answer",
      // a long «Campo» is read by the rule: the one-sync read is refused, the chunked one is not
      (i) => [logRow(i, "2021-02", 50), ...heavyLog(i).map((r) => ({ ...r, campo: LONG_NOTE }))],
      null,
    ],
    [
      "a log header differs from the schema in spacing only",
      (i) => [logRow(i, "2021-02", 50)],
      "Valore  nuovo",
    ],
  ])("keeps the cumulative rule when %s (more syncs)", async (_name, rows, header) => {
    const { book, user, model, ind } = await setup(rows, 10);
    if (header !== null) await renameLogHeader(user, "Valore nuovo", header);
    user.fake.resetStats();
    const before = book.snapshot();
    const result = await user.run((p) => p.saveRilevazione(edit(model, ind, 20)));
    expect(result.kind).toBe("refused");
    if (result.kind === "refused") expect(result.reasons.join(" ")).toContain("sotto 50");
    expect(book.snapshot()).toEqual(before);
    expect(syncs(user)).toBeGreaterThan(1);
    // the path taken: a refused answer then chunks, or the whole read of a renamed column
    const refused = user.fake.stats().responseBytes.filter((b) => b > LIMIT).length;
    expect(refused > 0).toBe(header === null);
  });
});

async function renameLogHeader(user: User, from: string, to: string): Promise<void> {
  await user.run(() =>
    Excel.run(async (context) => {
      const header = context.workbook.tables.getItem(RILEVAZIONI.table).getHeaderRowRange();
      header.load("values");
      await context.sync();
      const at = (header.values[0] ?? []).map(String).indexOf(from);
      header.getCell(0, at).values = [[to]];
      await context.sync();
    }),
  );
}
