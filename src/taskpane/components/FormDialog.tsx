import type { ReactNode } from "react";
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
  readonly children: ReactNode;
}

/** A modal form: title, fields, a confirm button and Annulla. */
export function FormDialog(props: FormDialogProps) {
  const { open, title, describedBy, confirmLabel, onConfirm, onCancel, children } = props;
  const cancel = useMessages().common.cancel;
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onCancel()}>
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
