import { sampleBook, syncs } from "./helpers";

describe("writeCell, select and saveSetting", () => {
  it.each(["=SUM(A1)", "+39 02 1234567", "-meno", "@x"])("writes %s as a string", async (text) => {
    const { book, user } = await sampleBook();
    await user.run((p) => p.writeCell("Obiettivi!F2", text));
    expect(book.values("Obiettivi!F2")).toEqual([[text]]);
    expect(book.snapshot().sheets[1].cells.F2?.formula).toBeUndefined();
    const { model } = await user.run((p) => p.load());
    expect(model.obiettivi[0].descrizione).toBe(text);
  });

  it("writes a number into a cell formatted as text as a number", async () => {
    const { book, user } = await sampleBook();
    book.setNumberFormat("Fasi!I2", "@");
    await user.run((p) => p.writeCell("Fasi!I2", 75));
    expect(book.values("Fasi!I2")).toEqual([[75]]);
    const fasi = book.snapshot().sheets.find((s) => s.name === "Fasi");
    expect(fasi?.cells.I2?.style?.numberFormat).toBe("General");
  });

  it("selects a cell and activates its sheet in one sync", async () => {
    const { user } = await sampleBook();
    await user.run((p) => p.select("Indicatori!C5"));
    expect(syncs(user)).toBe(1);
    const host = user.fake.host;
    expect(host.selection?.rect).toEqual({ r0: 4, c0: 2, r1: 4, c1: 2 });
    expect(host.activeSheetId).toBe(host.state.sheets.find((s) => s.name === "Indicatori")?.id);
  });

  it("closes and reopens a month with log rows; reopening needs a reason", async () => {
    const { book, user } = await sampleBook();
    await user.run((p) => p.saveSetting("periodiChiusi", "2021-03;2021-04", "Rossi"));
    const settings = () => book.table("tblImpostazioni").rows;
    expect(settings().find((r) => r[0] === "periodiChiusi")?.[1]).toBe("2021-03;2021-04");
    await expect(
      user.run((p) => p.saveSetting("periodiChiusi", "2021-03", "Rossi")),
    ).rejects.toThrow(/motivazione/);
    await user.run((p) => p.saveSetting("periodiChiusi", "2021-03", "Rossi", "correzione dati"));
    expect(settings().find((r) => r[0] === "periodiChiusi")?.[1]).toBe("2021-03");
    const log = book.table("tblRilevazioni").rows.filter((r) => r[0] !== "");
    expect(log.map((r) => [r[0], r[5], r[6]])).toEqual([
      ["2021-03", "aperto", "chiuso"],
      ["2021-04", "aperto", "chiuso"],
      ["2021-04", "chiuso", "aperto"],
    ]);
  });

  it("stores a month setting as text and refuses an unknown key", async () => {
    const { book, user } = await sampleBook();
    await user.run((p) => p.saveSetting("periodoRiferimento", "2021-06", "Rossi"));
    expect(book.table("tblImpostazioni").rows.find((r) => r[0] === "periodoRiferimento")?.[1]).toBe(
      "2021-06",
    );
    await expect(user.run((p) => p.saveSetting("colore", "blu", "Rossi"))).rejects.toThrow(
      /non esiste/,
    );
  });
});
