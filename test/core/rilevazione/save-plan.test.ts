/** The save plan of a rilevazione: refused, a conflict, or the cells and log rows to write. */
import { planSave } from "../../../src/core/rilevazione/save-plan";
import type { RilevazioneEdit, RilevazioneSave } from "../../../src/core/rilevazione/types";
import { fase, impostazioni, indicatore, model, month, obiettivo } from "../../fixtures/model";

const NOW = new Date(2021, 4, 14, 9, 5, 7);
const OB = "2021_S08_12";

const base = model({
  impostazioni: impostazioni({ periodiChiusi: [month("2021-03")] }),
  obiettivi: [obiettivo(OB)],
  fasi: [fase(OB, 1, { peso: 100, avanzamento: 40, note: "in corso" })],
  indicatori: [indicatore(OB, 1, { valoreAtteso: 90, valoreRaggiunto: 65 })],
});

function save(edits: RilevazioneEdit[], periodo = "2021-04"): RilevazioneSave {
  return { periodo: month(periodo), obiettivo: OB, utente: "rossi", edits };
}

const avanzamento = (previous: number | null, value: number | null): RilevazioneEdit => ({
  elemento: "Fase",
  numero: 1,
  campo: "avanzamento",
  previous,
  value,
});

describe("planSave", () => {
  test("a change: its cell and one log row", () => {
    const plan = planSave(base, save([avanzamento(40, 60)]), NOW);
    expect(plan.kind).toBe("write");
    if (plan.kind !== "write") return;
    expect(plan.writes).toEqual([{ edit: avanzamento(40, 60), record: base.fasi[0] }]);
    expect(plan.logRows).toEqual([
      expect.objectContaining({ campo: "avanzamento", valorePrecedente: 40, valoreNuovo: 60 }),
    ]);
  });

  test("a value already in the cell writes and logs nothing (also with spaces around text)", () => {
    const note: RilevazioneEdit = {
      elemento: "Fase",
      numero: 1,
      campo: "note",
      previous: "in corso",
      value: " in corso ",
    };
    expect(planSave(base, save([avanzamento(40, 40), note]), NOW)).toEqual({
      kind: "write",
      writes: [],
      logRows: [],
    });
  });

  test("a colleague changed the cell since the form was loaded: a conflict, nothing written", () => {
    const plan = planSave(base, save([avanzamento(30, 60)]), NOW);
    expect(plan).toEqual({
      kind: "conflict",
      conflicts: [{ edit: avanzamento(30, 60), theirs: 40 }],
    });
  });

  test("the colleague wrote the same value: no conflict, nothing to write", () => {
    const plan = planSave(base, save([avanzamento(30, 40)]), NOW);
    expect(plan).toEqual({ kind: "write", writes: [], logRows: [] });
  });

  test("the rules' refusals come first: a closed month refuses even a conflicting edit", () => {
    const plan = planSave(base, save([avanzamento(30, 60)], "2021-03"), NOW);
    expect(plan.kind).toBe("refused");
  });

  test("an empty cell a colleague filled is shown as their value; an emptied one as empty", () => {
    const emptied = model({ ...base, fasi: [fase(OB, 1, { peso: 100, avanzamento: null })] });
    const plan = planSave(emptied, save([avanzamento(40, 60)]), NOW);
    expect(plan).toEqual({
      kind: "conflict",
      conflicts: [{ edit: avanzamento(40, 60), theirs: "" }],
    });
  });

  test("an indicator's value: written on the indicator's record", () => {
    const edit: RilevazioneEdit = {
      elemento: "Indicatore",
      numero: 1,
      campo: "valoreRaggiunto",
      previous: 65,
      value: 70,
    };
    const plan = planSave(base, save([edit]), NOW);
    expect(plan).toMatchObject({ kind: "write", writes: [{ record: base.indicatori[0] }] });
  });
});
