/**
 * collect: a returned file's changes merged into the plan. A conflict on one cell holds only
 * that cell: the person's other changes of the same objective are merged and logged.
 */
import { collect, type ReturnedFile } from "../../../src/core/distribuzione/collect";
import { sentValues, splitModel } from "../../../src/core/distribuzione/split";
import type { Fase, PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";

const NOW = new Date(2021, 4, 10, 9, 30);

function withProgress(model: PegModel, changes: ReadonlyMap<Fase, number>): PegModel {
  return {
    ...model,
    fasi: model.fasi.map((f) => {
      const changed = [...changes].find(
        ([c]) => c.obiettivo === f.obiettivo && c.numero === f.numero,
      );
      return changed ? { ...f, avanzamento: changed[1] } : f;
    }),
  };
}

describe("collect", () => {
  const plan = samplePeg();
  const part = splitModel(plan, "responsabile").parts.find((p) => {
    const codes = p.model.fasi.map((f) => f.obiettivo);
    return codes.some((c, i) => codes.indexOf(c) !== i);
  });
  if (!part) throw new Error("the sample has a person with two phases of one objective");
  const codes = part.model.fasi.map((f) => f.obiettivo);
  const code = codes.find((c, i) => codes.indexOf(c) !== i) ?? "";
  const [first, second] = part.model.fasi.filter((f) => f.obiettivo === code);
  const file: ReturnedFile = {
    file: `${part.recipient}.xlsx`,
    destinatario: part.recipient,
    model: withProgress(
      part.model,
      new Map([
        [first, 60],
        [second, 35],
      ]),
    ),
    sent: sentValues(part.model),
  };

  it("merges both changes of an objective nobody touched since", () => {
    const result = collect(plan, [file], NOW);
    expect(result.conflicts).toEqual([]);
    expect(result.writes.map((w) => w.value).sort()).toEqual([35, 60]);
    expect(result.logRows).toHaveLength(2);
  });

  it("holds only the cell the office changed since: the other change is merged and logged", () => {
    const changedByOffice = withProgress(plan, new Map([[second, 20]]));
    const result = collect(changedByOffice, [file], NOW);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ obiettivo: code, numero: second.numero, plan: 20, returned: 35 }),
    ]);
    expect(result.writes).toEqual([
      expect.objectContaining({ elemento: "Fase", campo: "avanzamento", value: 60 }),
    ]);
    expect(result.logRows).toEqual([
      expect.objectContaining({ obiettivo: code, numero: first.numero, valoreNuovo: 60 }),
    ]);
    const merged = result.model.fasi.filter((f) => f.obiettivo === code);
    expect(merged.find((f) => f.numero === first.numero)?.avanzamento).toBe(60);
    expect(merged.find((f) => f.numero === second.numero)?.avanzamento).toBe(20);
  });
});
