import { useState } from "react";
import { Field, Input, Textarea } from "@fluentui/react-components";
import { FormDialog } from "../../components/FormDialog";
import { useMessages } from "../../i18n";
import { parseField, type FieldSpec } from "./form";

export interface TargetDialogProps {
  readonly open: boolean;
  readonly spec: FieldSpec;
  readonly onCancel: () => void;
  /** the typed value and the reason, both checked */
  readonly onConfirm: (value: string, motivazione: string) => void;
}

/** Changing a valore atteso is exceptional: it needs the new value and a reason. */
export function TargetDialog({ open, spec, onCancel, onConfirm }: TargetDialogProps) {
  const text = useMessages().rilevazione;
  const [value, setValue] = useState("");
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const parsed = parseField(spec.kind === "yesno" ? "yesno" : "number", value);
  const valueError = !parsed.ok
    ? text.errors[parsed.error]
    : parsed.value === null
      ? text.targetRequired
      : undefined;
  const reasonError = reason.trim() === "" ? text.reasonRequired : undefined;

  const confirm = () => {
    setTried(true);
    if (valueError || reasonError) return;
    onConfirm(value, reason.trim());
    setValue("");
    setReason("");
    setTried(false);
  };

  return (
    <FormDialog
      open={open}
      title={text.targetTitle}
      confirmLabel={text.targetConfirm}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <Field
        label={text.targetNew}
        required
        hint={spec.kind === "yesno" ? text.yesNoHint : undefined}
        validationMessage={tried ? valueError : undefined}
      >
        <Input value={value} onChange={(_e, d) => setValue(d.value)} />
      </Field>
      <Field label={text.reason} required validationMessage={tried ? reasonError : undefined}>
        <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} />
      </Field>
    </FormDialog>
  );
}
