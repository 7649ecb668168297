import { TABLES } from "../../../src/core/schema/tables";
import { FakeWorkbook } from "../../fakes/excel";
import { freshBook, sheetOf, syncs, userOf } from "./helpers";

describe("prepare", () => {
  it("creates every sheet and table of the schema in at most two syncs", async () => {
    const { book, user } = freshBook();
    const report = await user.run((p) => p.prepare());
    expect(syncs(user)).toBeLessThanOrEqual(2);
    expect(report.tablesCreated).toEqual(TABLES.map((t) => t.table));
    const snap = book.snapshot();
    for (const def of TABLES) {
      const t = snap.tables.find((x) => x.name === def.table);
      expect(t?.sheet).toBe(def.sheet);
      expect(t?.headers).toEqual(def.columns.map((c) => c.header));
      expect(sheetOf(snap, def.sheet).frozenRows).toBe(1);
    }
  });

  it("writes the default settings, formats, validation and conditional formats", async () => {
    const { book, user } = freshBook();
    await user.run((p) => p.prepare());
    const settings = book.table("tblImpostazioni").rows.map((r) => r[0]);
    expect(settings).toContain("periodoRiferimento");
    const row = book.table("tblImpostazioni").rows.find((r) => r[0] === "periodoRiferimento");
    expect(row?.[1]).toBe("2021-04"); // a month stays text, not a date serial
    const fasi = sheetOf(book.snapshot(), "Fasi");
    expect(fasi.cells.D2?.style?.numberFormat).toBe("dd/mm/yyyy");
    expect(fasi.validations.map((v) => v.address)).toContain("H2");
    expect(fasi.conditionalFormats.some((c) => String(c.formula).includes("SUMIFS"))).toBe(true);
    const obiettivi = sheetOf(book.snapshot(), "Obiettivi");
    const stato = obiettivi.validations.find((v) => v.address === "N2");
    expect(JSON.stringify(stato?.rule)).toContain("In Corso");
  });

  it("changes nothing the second time", async () => {
    const { book, user } = freshBook();
    await user.run((p) => p.prepare());
    const before = book.snapshot();
    user.fake.resetStats();
    const report = await user.run((p) => p.prepare());
    expect(book.snapshot()).toEqual(before);
    expect(report.tablesCreated).toEqual([]);
    expect(report.columnsAdded).toEqual([]);
    expect(syncs(user)).toBeLessThanOrEqual(2);
  });

  it("repairs a deleted table on its empty sheet and a missing column, keeping the data rows", async () => {
    const book = new FakeWorkbook(["Obiettivi", "Fasi"]);
    book.setValues("Obiettivi!A1", [
      ["Codice", "Anno", "Descrizione"],
      ["OB1", 2021, "=SUM(A1)"],
      ["OB2", 2021, "Seconda"],
    ]);
    book.setNumberFormat("Obiettivi!C3", "@");
    book.addTable("Obiettivi!A1:C3", "tblObiettivi");
    const rowsBefore = book.table("tblObiettivi").rows;
    const user = userOf(book);
    const report = await user.run((p) => p.prepare());
    expect(report.tablesCreated).toContain("tblFasi");
    expect(report.columnsAdded).toContain("Obiettivi: Assessorato");
    const after = book.table("tblObiettivi");
    expect(after.rows.map((r) => r.slice(0, 3))).toEqual(rowsBefore);
    expect(after.headers.slice(0, 3)).toEqual(["Codice", "Anno", "Descrizione"]);
    expect(after.headers).toContain("Stato monitoraggio");
    expect(book.table("tblFasi").sheet).toBe("Fasi");
    // a second run finds nothing more to do
    const again = await user.run((p) => p.prepare());
    expect([...again.tablesCreated, ...again.columnsAdded]).toEqual([]);
  });

  it("leaves a sheet whose cells are in use alone and says so", async () => {
    const book = new FakeWorkbook(["Fasi"]).setValues("Fasi!A1", [["appunti"]]);
    const user = userOf(book);
    const report = await user.run((p) => p.prepare());
    expect(report.tablesCreated).not.toContain("tblFasi");
    expect(report.notes?.join(" ")).toContain("Fasi");
    expect(book.values("Fasi!A1")).toEqual([["appunti"]]);
  });
});
