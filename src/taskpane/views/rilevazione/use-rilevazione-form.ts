/**
 * Typed texts of the rilevazione form for one objective of one reading of the workbook. A new
 * reading (after a save or "Aggiorna") or another objective starts from a clean form.
 */
import { useCallback, useMemo, useState } from "react";
import type { Month, PegModel } from "../../../core/model/types";
import { checkRilevazione } from "../../../core/rilevazione/rules";
import type { RilevazioneEdit } from "../../../core/rilevazione/types";
import { withLoggedBefore } from "../../../core/rilevazione/history";
import { buildEdits, fieldsOf, type FieldKey, type FormState } from "./form";

interface Owned extends FormState {
  readonly model: PegModel | null;
  readonly codice: string;
}

const EMPTY: FormState = { drafts: {}, motivazioni: {} };

export function useRilevazioneForm(model: PegModel, codice: string, periodo: Month) {
  const [owned, setOwned] = useState<Owned>({ model: null, codice: "", ...EMPTY });
  const form: FormState = owned.model === model && owned.codice === codice ? owned : EMPTY;

  const update = useCallback(
    (change: (f: FormState) => FormState) =>
      setOwned((prev) => {
        const base = prev.model === model && prev.codice === codice ? prev : EMPTY;
        return { model, codice, ...change(base) };
      }),
    [model, codice],
  );

  const setDraft = useCallback(
    (key: FieldKey, text: string) =>
      update((f) => ({ ...f, drafts: { ...f.drafts, [key]: text } })),
    [update],
  );
  const setMotivazione = useCallback(
    (key: FieldKey, text: string) =>
      update((f) => ({ ...f, motivazioni: { ...f.motivazioni, [key]: text } })),
    [update],
  );
  /** forgets a field's typed text: it shows the loaded value again */
  const clearDraft = useCallback(
    (key: FieldKey) =>
      update((f) => {
        const drafts = { ...f.drafts };
        delete drafts[key];
        return { ...f, drafts };
      }),
    [update],
  );
  const reset = useCallback(() => update(() => EMPTY), [update]);

  const specs = useMemo(() => fieldsOf(model, codice), [model, codice]);
  // the value logged before the month goes with each valore raggiunto: the save then needs
  // no second read of the log for the cumulative rule
  const built = useMemo(() => {
    const b = buildEdits(specs, form);
    return { ...b, edits: withLoggedBefore(model.rilevazioni, codice, periodo, b.edits) };
  }, [specs, form, model.rilevazioni, codice, periodo]);
  // the core's rules say when to propose a fine effettiva (a phase just reached 100%)
  const proposals: RilevazioneEdit[] = useMemo(() => {
    if (built.edits.length === 0) return [];
    const save = { periodo, obiettivo: codice, utente: "-", edits: built.edits };
    return checkRilevazione(model, save, new Date()).proposals;
  }, [model, codice, periodo, built.edits]);

  return { specs, form, built, proposals, setDraft, setMotivazione, clearDraft, reset };
}

export type RilevazioneFormState = ReturnType<typeof useRilevazioneForm>;
