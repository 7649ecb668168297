/**
 * Sending a rilevazione and handling what comes back: saved, refused, or a conflict with a
 * colleague's change, resolved cell by cell and sent again with the updated `previous`.
 */
import { useCallback, useState } from "react";
import type { Month } from "../../../core/model/types";
import type { WorkbookPort } from "../../../core/ports";
import type { Conflict, RilevazioneEdit, SaveResult } from "../../../core/rilevazione/types";
import { modelValue } from "./form";

export type Choice = "mine" | "theirs";

export type SaveState =
  | { readonly kind: "idle" }
  | { readonly kind: "busy" }
  | {
      readonly kind: "done";
      readonly result: SaveResult;
      readonly edits: readonly RilevazioneEdit[];
    }
  | { readonly kind: "error"; readonly error: unknown };

function sameTarget(a: RilevazioneEdit, b: RilevazioneEdit): boolean {
  return a.elemento === b.elemento && a.numero === b.numero && a.campo === b.campo;
}

/**
 * The edits to send after the user's choices: "mine" keeps the edit with the colleague's
 * value as the new `previous`; "theirs" drops it, so the colleague's value stays.
 */
export function resolveConflicts(
  edits: readonly RilevazioneEdit[],
  conflicts: readonly Conflict[],
  choices: readonly Choice[],
): RilevazioneEdit[] {
  const out: RilevazioneEdit[] = [];
  for (const edit of edits) {
    const i = conflicts.findIndex((c) => sameTarget(c.edit, edit));
    if (i < 0) out.push(edit);
    else if (choices[i] === "mine") {
      out.push({ ...edit, previous: modelValue(edit.campo, conflicts[i].theirs) });
    }
  }
  return out;
}

export function useSave(
  port: WorkbookPort,
  target: { periodo: Month; obiettivo: string },
  onSaved: () => Promise<void>,
) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const { periodo, obiettivo } = target;

  const save = useCallback(
    async (edits: readonly RilevazioneEdit[], utente: string) => {
      setState({ kind: "busy" });
      try {
        const request = { periodo, obiettivo, utente, edits, origine: "riquadro" as const };
        const result = await port.saveRilevazione(request);
        setState({ kind: "done", result, edits });
        if (result.kind === "saved") await onSaved();
      } catch (error) {
        setState({ kind: "error", error });
      }
    },
    [port, periodo, obiettivo, onSaved],
  );

  const resolve = useCallback(
    async (choices: readonly Choice[], utente: string) => {
      if (state.kind !== "done" || state.result.kind !== "conflict") return;
      const edits = resolveConflicts(state.edits, state.result.conflicts, choices);
      if (edits.length === 0) {
        // every conflicting cell keeps the colleague's value and nothing else was changed
        setState({ kind: "idle" });
        await onSaved();
        return;
      }
      await save(edits, utente);
    },
    [state, save, onSaved],
  );

  const dismiss = useCallback(() => setState({ kind: "idle" }), []);
  return { state, save, resolve, dismiss };
}
