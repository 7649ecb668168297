/**
 * What saving a rilevazione does, decided before anything is written (pure): refused by the
 * rules (rules.ts), or a conflict when a cell no longer holds what the form showed (a
 * colleague saved in between: each edit's `previous` against the value now), or the cells to
 * write and the log rows to append. An edit whose value is already there writes nothing.
 * The Excel adapter runs it on a fresh read just before writing; the test ports run it too.
 */
import type { Fase, Indicatore, PegModel, Rilevazione } from "../model/types";
import type { Lang } from "../text/lang";
import { checkRilevazione } from "./rules";
import { normalized, sameValue } from "./same";
import { currentValue, findTarget } from "./target";
import type { Conflict, RilevazioneEdit, RilevazioneSave, SaveResult } from "./types";

/** one cell to write: the edit and the record whose row it is */
export interface CellWrite {
  readonly edit: RilevazioneEdit;
  readonly record: Fase | Indicatore;
}

export type SavePlan =
  | Extract<SaveResult, { kind: "refused" } | { kind: "conflict" }>
  | {
      readonly kind: "write";
      readonly writes: readonly CellWrite[];
      readonly logRows: readonly Rilevazione[];
    };

/** `lang`: the language of the refusals */
export function planSave(
  model: PegModel,
  save: RilevazioneSave,
  now: Date,
  lang: Lang = "it",
): SavePlan {
  const check = checkRilevazione(model, save, now, lang);
  if (check.refusals.length > 0) return { kind: "refused", reasons: check.refusals };
  const conflicts: Conflict[] = [];
  const writes: CellWrite[] = [];
  for (const edit of save.edits) {
    const target = findTarget(model, save.obiettivo, edit);
    if (!target) continue;
    const current = currentValue(target, edit.campo);
    if (sameValue(current, edit.value)) continue;
    if (!sameValue(current, edit.previous)) {
      conflicts.push({ edit, theirs: normalized(current) ?? "" });
      continue;
    }
    writes.push({ edit, record: target.record });
  }
  if (conflicts.length > 0) return { kind: "conflict", conflicts };
  return { kind: "write", writes, logRows: check.logRows };
}
