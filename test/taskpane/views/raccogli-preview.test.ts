/**
 * The preview of «Raccogli file»: per file, whose it is, the values to merge (before → after,
 * by the column's header), a conflict with both values, a file of another plan and one that
 * could not be read, each with its reason, in the order chosen.
 */
import type { ReturnedFile } from "../../../src/core/distribuzione/collect";
import { sentValues, splitModel } from "../../../src/core/distribuzione/split";
import type { PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { previewCollect, returnedFiles } from "../../../src/taskpane/views/raccogli/preview";

const plan = samplePeg();
const parts = splitModel(plan, "responsabile").parts.filter((p) => p.model.fasi.length > 0);
const [a, b] = parts;
const faseA = a.model.fasi[0];
const faseB = b.model.fasi.find((f) => f.obiettivo !== faseA.obiettivo) ?? b.model.fasi[0];

function returned(part: (typeof parts)[number], fase: typeof faseA, value: number): ReturnedFile {
  const model: PegModel = {
    ...part.model,
    fasi: part.model.fasi.map((f) => (f === fase ? { ...f, avanzamento: value } : f)),
  };
  return {
    file: `${part.recipient}.xlsx`,
    destinatario: part.recipient,
    model,
    sent: sentValues(part.model),
  };
}

it("lists per file the values to merge, the conflicts and the files refused", () => {
  // the office changed B's phase after sending it
  const office: PegModel = {
    ...plan,
    fasi: plan.fasi.map((f) =>
      f.obiettivo === faseB.obiettivo && f.numero === faseB.numero ? { ...f, avanzamento: 20 } : f,
    ),
  };
  const foreign = returned(a, faseA, 70);
  const chosen = [
    { kind: "read", returned: returned(a, faseA, 60) },
    { kind: "read", returned: returned(b, faseB, 35) },
    {
      kind: "read",
      returned: {
        ...foreign,
        file: "altro.xlsx",
        model: { ...foreign.model, impostazioni: { ...foreign.model.impostazioni, anno: 2030 } },
      },
    },
    { kind: "unreadable", file: "rotto.xlsx", reason: "Il file «rotto.xlsx» è danneggiato." },
  ] as const;
  const preview = previewCollect(office, chosen, new Date(2021, 3, 30));

  expect(preview.merged).toBe(1);
  expect(preview.files.map((f) => f.file)).toEqual([
    `${a.recipient}.xlsx`,
    `${b.recipient}.xlsx`,
    "altro.xlsx",
    "rotto.xlsx",
  ]);
  const [fa, fb, other, broken] = preview.files;
  expect(fa).toEqual(
    expect.objectContaining({ destinatario: a.recipient, conflicts: [], unusable: null }),
  );
  expect(fa.merged).toEqual([
    {
      obiettivo: faseA.obiettivo,
      elemento: "Fase",
      numero: faseA.numero,
      campo: "Avanzamento %",
      before: faseA.avanzamento,
      after: 60,
    },
  ]);
  expect(fb.merged).toEqual([]);
  expect(fb.conflicts).toEqual([
    expect.objectContaining({
      obiettivo: faseB.obiettivo,
      campo: "Avanzamento %",
      sent: faseB.avanzamento,
      plan: 20,
      returned: 35,
    }),
  ]);
  expect(other.unusable).toMatch(/è di un altro piano/);
  expect(broken).toEqual(
    expect.objectContaining({ unusable: "Il file «rotto.xlsx» è danneggiato." }),
  );
  // «Registra» sends the files read, the core deciding again on a fresh reading
  expect(returnedFiles(chosen).map((r) => r.file)).toEqual([
    `${a.recipient}.xlsx`,
    `${b.recipient}.xlsx`,
    "altro.xlsx",
  ]);
});
