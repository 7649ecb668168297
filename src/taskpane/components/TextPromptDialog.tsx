import { useId, useState } from "react";
import { Field, Input, Textarea } from "@fluentui/react-components";
import { FormDialog } from "./FormDialog";

export interface TextPromptDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** a sentence above the field, read out as the dialog's description */
  readonly intro?: string;
  readonly label: string;
  /** shown when the user confirms with an empty field */
  readonly requiredMessage: string;
  readonly confirmLabel: string;
  /** a text area instead of a one-line input */
  readonly multiline?: boolean;
  readonly autoComplete?: string;
  /** the text, trimmed and not empty */
  readonly onConfirm: (text: string) => void;
  readonly onCancel: () => void;
  /** once the dialog has gone (its exit animation over) */
  readonly onClosed?: () => void;
}

/** Asks for one required text. */
export function TextPromptDialog(props: TextPromptDialogProps) {
  const { open, title, intro, label, requiredMessage, confirmLabel, multiline } = props;
  const introId = useId();
  const [value, setValue] = useState("");
  const [tried, setTried] = useState(false);
  const empty = value.trim() === "";
  const confirm = () => {
    setTried(true);
    if (!empty) props.onConfirm(value.trim());
  };
  return (
    <FormDialog
      open={open}
      title={title}
      describedBy={intro ? introId : undefined}
      confirmLabel={confirmLabel}
      onConfirm={confirm}
      onCancel={props.onCancel}
      onClosed={props.onClosed}
    >
      {intro && <p id={introId}>{intro}</p>}
      <Field
        label={label}
        required
        validationMessage={tried && empty ? requiredMessage : undefined}
      >
        {multiline ? (
          <Textarea value={value} onChange={(_e, d) => setValue(d.value)} />
        ) : (
          <Input
            value={value}
            onChange={(_e, d) => setValue(d.value)}
            autoComplete={props.autoComplete}
          />
        )}
      </Field>
    </FormDialog>
  );
}
