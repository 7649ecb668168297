/** Values typed straight into the tables while the pane listens (adapters/excel-js/typing.ts). */
import { columnLetters } from "../../../src/core/schema/address";
import { unloggedChanges } from "../../../src/core/rilevazione/typed";
import type { TypedReport } from "../../../src/core/rilevazione/typed";
import type { FakeWorkbook } from "../../fakes/excel";
import { createFakeExcel } from "../../fakes/excel";
import { createExcelPort } from "../../../src/adapters/excel-js";
import type { Lang } from "../../../src/core/text/lang";
import { sampleBook, syncs, type User } from "./helpers";

const bag = globalThis as unknown as { Excel?: unknown };
afterEach(() => delete bag.Excel);

/** "Fasi!J3": the cell of body row `row` under `header` */
function cell(book: FakeWorkbook, table: string, row: number, header: string): string {
  const t = book.table(table);
  const col = t.headers.indexOf(header);
  const [, first, top] = /^([A-Z]+)(\d+)/.exec(t.address) ?? [];
  const c0 = first.charCodeAt(0) - 65 + col;
  return `${t.sheet}!${columnLetters(c0)}${Number(top) + 1 + row}`;
}

function logRows(book: FakeWorkbook) {
  const log = book.table("tblRilevazioni");
  return log.rows
    .filter((r) => r.some((v) => v !== ""))
    .map((r) => Object.fromEntries(log.headers.map((h, i) => [h, r[i]])));
}

/** the sample, watched by Rossi's pane (in `lang`); events run with Rossi's Excel */
async function watched(
  lang: Lang = "it",
): Promise<{ book: FakeWorkbook; user: User; reports: TypedReport[] }> {
  const { book, user } = await sampleBook();
  bag.Excel = user.fake.Excel;
  const reports: TypedReport[] = [];
  const port = lang === "it" ? user.port : createExcelPort(lang);
  await port.watchTyping?.(
    () => "Rossi",
    (r) => reports.push(r),
  );
  expect(syncs(user)).toBe(1);
  user.fake.resetStats();
  return { book, user, reports };
}

describe("typing in the tables while the pane is open", () => {
  it("logs a typed avanzamento as «foglio», in two syncs", async () => {
    const { book, user, reports } = await watched();
    const [code, n] = book.table("tblFasi").rows[0];
    await user.fake.typeInCells(cell(book, "tblFasi", 0, "Avanzamento %"), [[40]]);
    expect(syncs(user)).toBe(2);
    expect(reports.map((r) => [r.logged.length, r.undone.length, r.kept.length])).toEqual([
      [1, 0, 0],
    ]);
    expect(logRows(book)).toEqual([
      expect.objectContaining({
        Obiettivo: code,
        Elemento: "Fase",
        "N.": n,
        Campo: "avanzamento",
        "Valore nuovo": 40,
        Utente: "Rossi",
        Origine: "foglio",
      }),
    ]);
  });

  it("puts back a cumulative value that goes down, and says why", async () => {
    const { book, user, reports } = await watched();
    book.setValues(cell(book, "tblIndicatori", 0, "Cumulativo"), [["si"]]);
    const at = cell(book, "tblIndicatori", 0, "Valore raggiunto");
    await user.fake.typeInCells(at, [[50]]);
    user.fake.resetStats();
    await user.fake.typeInCells(at, [[30]]);
    expect(syncs(user)).toBe(2);
    expect(book.values(at)).toEqual([[50]]);
    expect(reports[1].undone[0].reason).toMatch(/cumulativo.*sotto 50 \(inserito 30\)/);
    // the value put back fires no event of its own: still one log row
    await user.fake.settle();
    expect(logRows(book)).toHaveLength(1);
    expect(reports).toHaveLength(2);
  });

  it("puts back a valore atteso changed without motivazione", async () => {
    const { book, user, reports } = await watched();
    const at = cell(book, "tblIndicatori", 0, "Valore atteso");
    const [old] = book.values(at);
    await user.fake.typeInCells(at, [[999]]);
    expect(book.values(at)).toEqual([old]);
    expect(reports[0].undone[0].reason).toMatch(/valore atteso.*motivazione/);
    expect(logRows(book)).toEqual([]);
  });

  it("gives the reason in the pane's language", async () => {
    const { book, user, reports } = await watched("en");
    await user.fake.typeInCells(cell(book, "tblFasi", 0, "Avanzamento %"), [[150]]);
    expect(reports[0].undone.map((u) => u.reason)).toEqual([
      "Phase 1: the progress must be a number from 0 to 100 (entered 150).",
    ]);
  });

  it("logs the good values of a paste and leaves the refused ones, listed", async () => {
    const { book, user, reports } = await watched();
    await user.fake.typeInCells(cell(book, "tblFasi", 0, "Avanzamento %"), [[30], [150]]);
    expect(syncs(user)).toBe(2);
    expect(book.values(cell(book, "tblFasi", 1, "Avanzamento %"))).toEqual([[150]]);
    expect(reports[0].logged).toHaveLength(1);
    expect(reports[0].kept.map((k) => k.reason)).toEqual([
      expect.stringMatching(/numero da 0 a 100 \(inserito 150\)/),
    ]);
  });

  it("does not log again what the pane's form saved, nor a colleague's typing", async () => {
    const { book, user, reports } = await watched();
    const { model } = await user.port.load();
    const fase = model.fasi[0];
    const edit = { elemento: "Fase", numero: fase.numero, campo: "avanzamento" } as const;
    const periodo = model.impostazioni.periodoRiferimento;
    const edits = [{ ...edit, previous: fase.avanzamento, value: 25 }];
    user.fake.resetStats();
    await user.port.saveRilevazione({ periodo, obiettivo: fase.obiettivo, utente: "Rossi", edits });
    await user.fake.settle();
    // the save's read and write; the watcher does not answer the add-in's own write
    expect(syncs(user)).toBe(2);
    await createFakeExcel(book).typeInCells(cell(book, "tblFasi", 1, "Avanzamento %"), [[35]]);
    expect(logRows(book)).toHaveLength(1);
    expect(reports).toEqual([]);
  });
});

describe("values nobody logged", () => {
  it("are found after a load and logged in two syncs", async () => {
    const { book, user } = await sampleBook();
    bag.Excel = user.fake.Excel;
    book.setValues(cell(book, "tblFasi", 2, "Avanzamento %"), [[60]]);
    const { model } = await user.port.load();
    const changes = unloggedChanges(model);
    expect(changes.map((c) => [c.campo, c.before, c.after])).toEqual([["avanzamento", null, 60]]);
    user.fake.resetStats();
    const report = await user.port.logUnlogged?.(changes, "Rossi");
    expect(syncs(user)).toBe(2);
    expect(report?.logged).toHaveLength(1);
    expect(logRows(book)).toEqual([
      expect.objectContaining({ Origine: "foglio", "Valore nuovo": 60 }),
    ]);
    const again = await user.port.load();
    expect(unloggedChanges(again.model)).toEqual([]);
  });
});
