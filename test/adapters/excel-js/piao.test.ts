/** The optional PIAO columns in Excel: created by «prepare», read when there, silent when not. */
import { columnLetters } from "../../../src/core/schema/address";
import { modelToRows } from "../../../src/core/schema/rows";
import { FASI, INDICATORI, OBIETTIVI, columnIndex } from "../../../src/core/schema/tables";
import type { TableDef } from "../../../src/core/schema/types";
import { FakeWorkbook } from "../../fakes/excel";
import { fase, indicatore, obiettivo } from "../../fixtures/model";
import { freshBook, sheetOf, userOf } from "./helpers";

describe("PIAO columns", () => {
  it("a new workbook has them, with the list of frequencies and the two settings", async () => {
    const { book, user } = freshBook();
    await user.run((p) => p.prepare());
    expect(book.table("tblObiettivi").headers).toContain("Valore pubblico");
    expect(book.table("tblIndicatori").headers).toContain("Fonte dei dati");
    const col = columnLetters(columnIndex(INDICATORI, "frequenza"));
    const list = sheetOf(book.snapshot(), "Indicatori").validations.find(
      (v) => v.address === `${col}2`,
    );
    expect(JSON.stringify(list?.rule)).toContain("trimestrale");
    const settings = new Map(book.table("tblImpostazioni").rows.map((r) => [r[0], r[1]]));
    expect(settings.get("entePiccolo")).toBe("no");
    expect(settings.get("controlliQualita")).toBe("si");
  });

  /** A table written with only the columns `keep` allows, as a workbook made before them. */
  function addTable<T extends object>(
    book: FakeWorkbook,
    def: TableDef,
    records: T[],
    keep: (key: string) => boolean,
  ): void {
    const at = def.columns.map((c, i) => [c, i] as const).filter(([c]) => keep(c.key));
    const rows = modelToRows(def, records).map((r) => at.map(([, i]) => r[i] ?? ""));
    book.setValues(`${def.sheet}!A1`, [at.map(([c]) => c.header), ...rows]);
    const last = columnLetters(at.length - 1);
    book.addTable(`${def.sheet}!A1:${last}${rows.length + 1}`, def.table);
  }

  it("a workbook without them reads as before; the ones it has are read", async () => {
    const book = new FakeWorkbook(["Obiettivi", "Fasi", "Indicatori"]);
    const ob = obiettivo("OB1", { valorePubblico: "Città accessibile", strategicoDup: "SeS 2" });
    const ind = indicatore("OB1", 1, { fonte: "Protocollo", baseline: 7 });
    const present = new Set(["valorePubblico", "fonte"]);
    const old = (def: TableDef) => (key: string) =>
      present.has(key) || !def.columns.find((c) => c.key === key)?.optional;
    addTable(book, OBIETTIVI, [ob], old(OBIETTIVI));
    addTable(book, FASI, [fase("OB1", 1, { peso: 100 })], old(FASI));
    addTable(book, INDICATORI, [ind], old(INDICATORI));
    const loaded = await userOf(book).run((p) => p.load());
    const silent = loaded.problems.filter((p) => p.rule === "struttura.colonna.assente");
    const optional = [...OBIETTIVI.columns, ...INDICATORI.columns].filter((c) => c.optional);
    for (const c of optional) expect(silent.map((p) => p.column)).not.toContain(c.header);
    expect(loaded.model.obiettivi[0]).toMatchObject({
      valorePubblico: "Città accessibile",
      strategicoDup: "",
    });
    expect(loaded.model.indicatori[0]).toMatchObject({ fonte: "Protocollo", baseline: null });
  });
});
