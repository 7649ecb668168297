import { checkAndSelect, objectiveAtSelection } from "../../../src/adapters/excel-js/ribbon";
import { createHandlers } from "../../../src/commands/handlers";
import type { WorkbookPort } from "../../../src/core/ports";
import { sampleBook } from "./helpers";

describe("ribbon commands", () => {
  it("verifica selects the first cell to fix and changes no cell", async () => {
    const { book, user } = await sampleBook();
    await user.run((p) => p.writeCell("Fasi!H2", "trenta"));
    const before = book.snapshot();
    const summary = await user.run(() => checkAndSelect());
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary.selected).toBe("Fasi!H2");
    expect(summary.message).toContain("Fasi!H2");
    expect(summary.firstMessage).toBeTruthy();
    expect(summary.message).toContain(summary.firstMessage);
    expect(book.snapshot()).toEqual(before);
    expect(user.fake.host.selection?.rect).toEqual({ r0: 1, c0: 7, r1: 1, c1: 7 });
  });

  it.each([
    ["Obiettivi!C3", 1, "obiettivi"],
    ["Fasi!E4", 2, "fasi"],
  ] as const)("finds the objective of the row selected at %s", async (cell, row, table) => {
    const { user } = await sampleBook();
    const { model } = await user.run((p) => p.load());
    await user.run((p) => p.select(cell));
    const code = await user.run(() => objectiveAtSelection());
    const expected =
      table === "obiettivi" ? model.obiettivi[row].codice : model.fasi[row].obiettivo;
    expect(code).toBe(expected);
  });

  it("genera scheda asks for the objective of the selection and reports a missing one", async () => {
    const generated: (readonly string[] | undefined)[] = [];
    const port = {
      generate: async (options: { codes?: readonly string[] }) => {
        generated.push(options.codes);
        return { sheets: [{ codice: "OB1", sheet: "Scheda OB1" }], indexSheet: null };
      },
    } as unknown as WorkbookPort;
    let code: string | null = "OB1";
    const handlers = createHandlers(port, {
      checkAndSelect: async () => ({ errors: 0, warnings: 0, selected: null, firstMessage: null }),
      objectiveAtSelection: async () => code,
    });
    expect(await handlers.generaScheda()).toEqual({
      kind: "scheda",
      code: "OB1",
      sheet: "Scheda OB1",
    });
    expect(generated).toEqual([["OB1"]]);
    code = null;
    expect(await handlers.generaScheda()).toEqual({ kind: "nessunaRiga" });
    expect(generated).toHaveLength(1);
  });
});
