import { useMessages } from "../i18n";
import { TextPromptDialog } from "./TextPromptDialog";

export interface UserNameDialogProps {
  readonly open: boolean;
  readonly onDone: (name: string | null) => void;
  /** once the dialog has gone (its exit animation over) */
  readonly onClosed?: () => void;
}

/** Asks once for the name written in the log; null when the user cancels. */
export function UserNameDialog({ open, onDone, onClosed }: UserNameDialogProps) {
  const text = useMessages().common;
  return (
    <TextPromptDialog
      open={open}
      title={text.userNameTitle}
      intro={text.userNameIntro}
      label={text.userNameLabel}
      requiredMessage={text.userNameRequired}
      confirmLabel={text.userNameSave}
      autoComplete="name"
      onConfirm={onDone}
      onCancel={() => onDone(null)}
      onClosed={onClosed}
    />
  );
}
