import { useId, useState, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { FieldInput } from "./FieldInput";
import { textOf, type FieldSpec } from "./form";
import type { RilevazioneFormState } from "./use-rilevazione-form";

export interface NoteToggleProps {
  readonly spec: FieldSpec;
  readonly form: RilevazioneFormState;
  readonly label: string;
  /** "Fase 2, ": the button and the field say whose note it is */
  readonly context: string;
  readonly disabled: boolean;
}

/**
 * The note of a phase or an indicator behind a disclosure button: most months have none and
 * an empty text box would double the block's height. A note with text starts open.
 */
export function useNoteToggle({ spec, form, label, context, disabled }: NoteToggleProps): {
  readonly button: ReactNode;
  readonly field: ReactNode;
} {
  const written = (form.form.drafts[spec.key] ?? textOf(spec.kind, spec.loaded)) !== "";
  // null until the user chooses: then a note with text shows, an empty one does not
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? written;
  const id = useId();
  const button = (
    <Button
      size="small"
      appearance="subtle"
      aria-expanded={shown}
      aria-controls={shown ? id : undefined}
      onClick={() => setOpen(!shown)}
    >
      <VisuallyHidden>{context}</VisuallyHidden>
      {label}
    </Button>
  );
  const field = shown && (
    <div id={id}>
      <FieldInput
        spec={spec}
        form={form}
        label={label}
        context={context}
        disabled={disabled}
        // the user opened it to write: the focus goes there (not when it starts open)
        autoFocus={open === true}
      />
    </div>
  );
  return { button, field };
}
