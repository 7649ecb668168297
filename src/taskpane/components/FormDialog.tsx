import { useRef, useState, type ReactNode } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useMessages } from "../i18n";

export interface FormDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** id of an element in `children` that describes the dialog */
  readonly describedBy?: string;
  readonly confirmLabel: string;
  /** the confirm button or Enter in a field; the caller checks the fields */
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** once the dialog has gone: its exit animation over, the focus back where it was */
  readonly onClosed?: () => void;
  readonly children: ReactNode;
}

/** A modal form: title, fields, a confirm button and Annulla. */
export function FormDialog(props: FormDialogProps) {
  const { open, title, describedBy, confirmLabel, onConfirm, onCancel, children } = props;
  const cancel = useMessages().common.cancel;
  // opened from code, not from a DialogTrigger: Fluent does not know where the focus was
  const opener = useRef<Element | null>(null);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) opener.current = document.activeElement;
  }
  const finished = (_e: unknown, data: { direction: "enter" | "exit" }) => {
    if (data.direction !== "exit") return;
    const back = opener.current;
    opener.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    props.onClosed?.();
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(_e, d) => !d.open && onCancel()}
      surfaceMotion={{ onMotionFinish: finished }}
    >
      <DialogSurface aria-describedby={describedBy}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onConfirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent>{children}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                onClick={(e) => {
                  // handled here, not only on submit: Enter in a field clicks this button too
                  e.preventDefault();
                  onConfirm();
                }}
              >
                {confirmLabel}
              </Button>
              <Button onClick={onCancel}>{cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
