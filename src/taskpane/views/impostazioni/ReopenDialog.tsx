import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from "@fluentui/react-components";
import { fmt } from "../../components/format";
import { useMessages } from "../../i18n";

export interface ReopenDialogProps {
  readonly month: string;
  readonly onCancel: () => void;
  readonly onConfirm: (reason: string) => void;
}

/** Reopening a closed month needs a reason, which the log keeps. */
export function ReopenDialog({ month, onCancel, onConfirm }: ReopenDialogProps) {
  const messages = useMessages();
  const text = messages.impostazioni;
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const missing = reason.trim() === "";
  const confirm = () => {
    setTried(true);
    if (!missing) onConfirm(reason.trim());
  };
  return (
    <Dialog open onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{fmt(text.reopenTitle, { month })}</DialogTitle>
            <DialogContent>
              <Field
                label={text.reason}
                required
                validationMessage={tried && missing ? text.reasonRequired : undefined}
              >
                <Textarea value={reason} onChange={(_e, d) => setReason(d.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                onClick={(e) => {
                  e.preventDefault(); // Enter in the field clicks this button too
                  confirm();
                }}
              >
                {text.reopen}
              </Button>
              <Button onClick={onCancel}>{messages.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
