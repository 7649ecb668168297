import { TextPromptDialog } from "../../components/TextPromptDialog";
import { fmt } from "../../components/format";
import { useMessages } from "../../i18n";

export interface ReopenDialogProps {
  readonly month: string;
  readonly onCancel: () => void;
  readonly onConfirm: (reason: string) => void;
}

/** Reopening a closed month needs a reason, which the log keeps. */
export function ReopenDialog({ month, onCancel, onConfirm }: ReopenDialogProps) {
  const text = useMessages().impostazioni;
  return (
    <TextPromptDialog
      open
      title={fmt(text.reopenTitle, { month })}
      label={text.reason}
      requiredMessage={text.reasonRequired}
      confirmLabel={text.reopen}
      multiline
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
