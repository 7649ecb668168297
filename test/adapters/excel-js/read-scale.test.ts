/**
 * The pane's read at 31, 300 and 3,000 objectives with a year of Rilevazioni (the bench's
 * workbooks): one sync while everything fits one answer, then as many syncs as the bytes need
 * (⌈bytes / 5 MB⌉), and never a round trip Excel on the web would refuse.
 */
import { createExcelPort } from "../../../src/adapters/excel-js";
import { forgetTableShapes } from "../../../src/adapters/excel-js/read-tables";
import { tableById } from "../../../src/core/schema/tables";
import { appendYearOfLog, bulkWrite } from "../../../scripts/bench/cases-data";
import { scaledModel } from "../../../scripts/bench/data";
import type { Month } from "../../../src/core/model/types";
import { withLoggedBefore } from "../../../src/core/rilevazione/history";
import type { RilevazioneEdit } from "../../../src/core/rilevazione/types";
import {
  FakeWorkbook,
  PAYLOAD_LIMIT_BYTES,
  installFakeExcel,
  uninstallFakeExcel,
} from "../../fakes/excel";

afterEach(() => uninstallFakeExcel());

describe("load with a year of log", () => {
  it.each([
    [31, 1],
    [300, 1],
    [3000, 4],
  ])(
    "at %i objectives takes %i sync(s), none refused",
    async (objectives, expected) => {
      const model = scaledModel(objectives);
      const fake = installFakeExcel(new FakeWorkbook());
      await createExcelPort().prepare();
      await bulkWrite(model);
      await appendYearOfLog(model);
      fake.resetStats();
      const loaded = await createExcelPort().load();
      const stats = fake.stats();
      expect(loaded.model.obiettivi).toHaveLength(objectives);
      expect(loaded.model.rilevazioni).toHaveLength(
        12 * (model.fasi.length + model.indicatori.length),
      );
      expect(stats.syncs).toBe(expected);
      const all = [...stats.payloadBytes, ...stats.responseBytes];
      expect(all.filter((b) => b > PAYLOAD_LIMIT_BYTES)).toEqual([]);
      const total = stats.responseBytes.reduce((a, b) => a + b, 0);
      expect(stats.syncs).toBeLessThanOrEqual(Math.ceil(total / PAYLOAD_LIMIT_BYTES));
    },
    120_000,
  );
});

describe("later reads, sized on the tables' last read", () => {
  async function filled(objectives: number) {
    const model = scaledModel(objectives);
    const fake = installFakeExcel(new FakeWorkbook());
    await createExcelPort().prepare();
    await bulkWrite(model);
    return { model, fake };
  }

  it("at 3,000 objectives the pane's first read takes two syncs, every later one a single one", async () => {
    const { model, fake } = await filled(3000);
    fake.resetStats();
    const first = await createExcelPort().load();
    expect(fake.stats().syncs).toBe(2);
    fake.resetStats();
    const again = await createExcelPort().load();
    const stats = fake.stats();
    expect(stats.syncs).toBe(1);
    expect(stats.responseBytes.every((b) => b <= PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(again.model).toEqual(first.model);
    expect(again.model.fasi).toHaveLength(model.fasi.length);
  }, 120_000);

  it("a pane reopened on the same document reads 3,000 objectives in one sync, sized on what the last pane kept", async () => {
    const { model, fake } = await filled(3000);
    let kept: string | null = null;
    const store = { read: () => kept, write: (text: string) => void (kept = text) };
    forgetTableShapes();
    fake.resetStats();
    const first = await createExcelPort("it", store).load();
    expect(fake.stats().syncs).toBe(2);
    expect(JSON.parse(kept ?? "{}")).toHaveProperty(
      [tableById("fasi").table, "rows"],
      model.fasi.length,
    );
    // the pane closed: its memory is gone, the browser's storage is not
    forgetTableShapes();
    fake.resetStats();
    const reopened = await createExcelPort("it", store).load();
    expect(fake.stats().syncs).toBe(1);
    expect(reopened.model).toEqual(first.model);
  }, 120_000);

  it.each([["not JSON"], ['{"Fasi":{"rows":-3,"rowBytes":"a"}}'], ["[1,2]"]])(
    "kept shapes it cannot use (%s) are ignored: the fixed first rows, every row read",
    async (text) => {
      const { model, fake } = await filled(3000);
      forgetTableShapes();
      fake.resetStats();
      const loaded = await createExcelPort("it", { read: () => text, write: () => {} }).load();
      expect(fake.stats().syncs).toBe(2);
      expect(loaded.model.fasi).toHaveLength(model.fasi.length);
    },
    120_000,
  );

  it("reads every row of a table grown since the last read, none refused", async () => {
    const { model, fake } = await filled(3000);
    await createExcelPort().load();
    // a colleague pastes 300 more objectives' rows meanwhile
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("tblObiettivi");
      const header = table.getHeaderRowRange().load("values");
      const rows = table.getDataBodyRange().getRow(0).getResizedRange(299, 0).load("values");
      await context.sync();
      const code = (header.values[0] as unknown[]).indexOf("Codice");
      const copies = (rows.values as unknown[][]).map((r) =>
        r.map((v, i) => (i === code ? `${String(v)}-bis` : v)),
      );
      table.rows.add(undefined, copies as (string | number | boolean)[][]);
      await context.sync();
    });
    fake.resetStats();
    const loaded = await createExcelPort().load();
    const stats = fake.stats();
    expect(loaded.model.obiettivi).toHaveLength(model.obiettivi.length + 300);
    expect(stats.syncs).toBe(2);
    expect(
      [...stats.payloadBytes, ...stats.responseBytes].every((b) => b <= PAYLOAD_LIMIT_BYTES),
    ).toBe(true);
  }, 120_000);
});

describe("a cumulative indicator's save with a year of log, as the pane sends it", () => {
  it.each([31, 300, 3000])(
    "at %i objectives takes the two round trips of any save, none refused",
    async (objectives) => {
      const base = scaledModel(objectives);
      const last = base.indicatori.length - 1;
      const ind = { ...base.indicatori[last], cumulativo: true };
      const model = { ...base, indicatori: [...base.indicatori.slice(0, last), ind] };
      const fake = installFakeExcel(new FakeWorkbook());
      await createExcelPort().prepare();
      await bulkWrite(model);
      const log = await appendYearOfLog(model);
      fake.resetStats();
      const periodo = "2021-04" as Month;
      const edit: RilevazioneEdit = {
        elemento: "Indicatore",
        numero: ind.numero,
        campo: "valoreRaggiunto",
        previous: ind.valoreRaggiunto,
        value: Math.max(100, ind.valoreRaggiunto ?? 0) + 1,
      };
      const save = (edits: RilevazioneEdit[]) =>
        createExcelPort().saveRilevazione({
          periodo,
          obiettivo: ind.obiettivo,
          utente: "test",
          edits,
        });
      expect(await save(withLoggedBefore(log, ind.obiettivo, periodo, [edit]))).toMatchObject({
        kind: "saved",
      });
      const stats = fake.stats();
      expect(stats.syncs).toBe(2);
      expect(
        [...stats.payloadBytes, ...stats.responseBytes].every((b) => b <= PAYLOAD_LIMIT_BYTES),
      ).toBe(true);
    },
    120_000,
  );

  it("still refuses a value below the one logged before the month", async () => {
    const model = scaledModel(31);
    const ind = { ...model.indicatori[0], cumulativo: true, valoreRaggiunto: 1 };
    const m = { ...model, indicatori: [ind, ...model.indicatori.slice(1)] };
    installFakeExcel(new FakeWorkbook());
    await createExcelPort().prepare();
    await bulkWrite(m);
    const log = await appendYearOfLog(m);
    const periodo = "2021-04" as Month;
    const floor = withLoggedBefore(log, ind.obiettivo, periodo, [
      {
        elemento: "Indicatore",
        numero: ind.numero,
        campo: "valoreRaggiunto",
        previous: 1,
        value: 2,
      },
    ]);
    expect(floor[0].loggedBefore).toBe(4);
    const result = await createExcelPort().saveRilevazione({
      periodo,
      obiettivo: ind.obiettivo,
      utente: "test",
      edits: floor,
    });
    expect(result).toMatchObject({ kind: "refused" });
  });
});

describe("closing a month with a year of log", () => {
  it("reads the settings and the log's header only: two syncs at 3,000 objectives", async () => {
    const model = scaledModel(3000);
    const fake = installFakeExcel(new FakeWorkbook());
    await createExcelPort().prepare();
    await bulkWrite(model);
    const log = await appendYearOfLog(model);
    fake.resetStats();
    await createExcelPort().saveSetting("periodiChiusi", "2021-04", "test");
    const stats = fake.stats();
    expect(stats.syncs).toBe(2);
    expect(Math.max(...stats.responseBytes)).toBeLessThan(100_000);
    const loaded = await createExcelPort().load();
    expect(loaded.model.impostazioni.periodiChiusi).toEqual(["2021-04"]);
    expect(loaded.model.rilevazioni).toHaveLength(log.length + 1);
    expect(loaded.model.rilevazioni.at(-1)).toMatchObject({ elemento: "Periodo", utente: "test" });
  }, 120_000);
});

describe("a value typed into the Fasi table with a year of log", () => {
  it("costs the two syncs of any event at 3,000 objectives: only the log rows added since are read", async () => {
    const model = scaledModel(3000);
    const book = new FakeWorkbook();
    const fake = installFakeExcel(book);
    await createExcelPort().prepare();
    await bulkWrite(model);
    const log = await appendYearOfLog(model);
    const reports: unknown[] = [];
    await createExcelPort().watchTyping?.(
      () => "Rossi",
      (r) => reports.push(r),
    );
    const fasi = book.table("tblFasi");
    const at = (row: number) => {
      const [, first, top] = /^([A-Z]+)(\d+)/.exec(fasi.address) ?? [];
      const col = String.fromCharCode(first.charCodeAt(0) + fasi.headers.indexOf("Avanzamento %"));
      return `${fasi.sheet}!${col}${Number(top) + 1 + row}`;
    };
    for (const [row, value] of [
      [fasi.rows.length - 1, 77],
      [0, 78],
    ] as const) {
      fake.resetStats();
      await fake.typeInCells(at(row), [[value]]);
      await fake.settle();
      const stats = fake.stats();
      expect(stats.syncs).toBe(2);
      expect(
        [...stats.payloadBytes, ...stats.responseBytes].every((b) => b <= PAYLOAD_LIMIT_BYTES),
      ).toBe(true);
    }
    expect(reports).toHaveLength(2);
    const loaded = await createExcelPort().load();
    expect(loaded.model.rilevazioni).toHaveLength(log.length + 2);
    expect(loaded.model.rilevazioni.slice(-2).map((r) => r.valoreNuovo)).toEqual([77, 78]);
  }, 180_000);
});
