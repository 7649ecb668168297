/** The phase or indicator an edit of a rilevazione changes, and the value it holds now. */
import type { Fase, Indicatore, PegModel } from "../model/types";
import type { RilevazioneEdit } from "./types";

export type Target = { kind: "Fase"; record: Fase } | { kind: "Indicatore"; record: Indicatore };

export function findTarget(
  model: PegModel,
  obiettivo: string,
  edit: Pick<RilevazioneEdit, "elemento" | "numero">,
): Target | null {
  const match = (r: { obiettivo: string; numero: number }) =>
    r.obiettivo === obiettivo && r.numero === edit.numero;
  if (edit.elemento === "Fase") {
    const record = model.fasi.find(match);
    return record ? { kind: "Fase", record } : null;
  }
  const record = model.indicatori.find(match);
  return record ? { kind: "Indicatore", record } : null;
}

export function currentValue(
  target: Target,
  campo: RilevazioneEdit["campo"],
): string | number | null {
  const v = (target.record as unknown as Record<string, unknown>)[campo];
  return typeof v === "string" || typeof v === "number" ? v : null;
}
