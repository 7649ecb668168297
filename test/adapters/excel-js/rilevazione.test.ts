import type { RilevazioneSave } from "../../../src/core/rilevazione/types";
import type { Month } from "../../../src/core/model/types";
import type { WorkbookSnapshot } from "../../fakes/excel";
import { calls, sampleBook, syncs } from "./helpers";

const MONTH = "2021-04" as Month;

function changedCells(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const sheet of b.sheets) {
    const old = a.sheets.find((s) => s.name === sheet.name);
    const keys = new Set([...Object.keys(old?.cells ?? {}), ...Object.keys(sheet.cells)]);
    for (const k of keys) {
      if (JSON.stringify(old?.cells[k]) !== JSON.stringify(sheet.cells[k]))
        out.push(`${sheet.name}!${k}`);
    }
  }
  return out;
}

async function setup() {
  const env = await sampleBook();
  const { model } = await env.user.run((p) => p.load());
  env.user.fake.resetStats();
  return { ...env, model };
}

describe("saveRilevazione", () => {
  it("writes only the changed cell and appends one log row per change, in two syncs", async () => {
    const { book, user, model } = await setup();
    const fase = model.fasi[0];
    const before = book.snapshot();
    const save: RilevazioneSave = {
      periodo: MONTH,
      obiettivo: fase.obiettivo,
      utente: "Rossi",
      edits: [
        {
          elemento: "Fase",
          numero: fase.numero,
          campo: "avanzamento",
          previous: fase.avanzamento,
          value: 42,
        },
        {
          elemento: "Fase",
          numero: fase.numero,
          campo: "note",
          previous: fase.note,
          value: "=SUM(A1)",
        },
      ],
    };
    const result = await user.run((p) => p.saveRilevazione(save));
    expect(result).toEqual({ kind: "saved", cellsWritten: 2, logRows: 2 });
    expect(syncs(user)).toBeLessThanOrEqual(2);
    expect(calls(user, "TableRowCollection.add")).toBe(0);
    const row = 2 + (fase.origin?.row ?? 0);
    const changed = changedCells(before, book.snapshot());
    const fasi = changed.filter((c) => c.startsWith("Fasi!"));
    expect(fasi.sort()).toEqual([`Fasi!I${row}`, `Fasi!L${row}`]);
    expect(changed.every((c) => c.startsWith("Fasi!") || c.startsWith("Rilevazioni!"))).toBe(true);
    // the new table's blank first row stays: the log is always appended below (see rilevazione.ts)
    const log = book.table("tblRilevazioni").rows.filter((r) => r.some((v) => v !== ""));
    expect(log).toHaveLength(2);
    expect(log[1]).toEqual(expect.arrayContaining(["note", "=SUM(A1)", "Rossi"]));
    expect(book.values(`Fasi!L${row}`)).toEqual([["=SUM(A1)"]]);
    const cells = book.snapshot().sheets.flatMap((s) => Object.values(s.cells));
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
  });

  it("refuses a closed month and writes nothing", async () => {
    const { book, user, model } = await setup();
    await user.run((p) => p.saveSetting("periodiChiusi", MONTH, "Rossi"));
    const before = book.snapshot();
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
            value: 50,
          },
        ],
      }),
    );
    expect(result.kind).toBe("refused");
    expect(book.snapshot()).toEqual(before);
  });
});
