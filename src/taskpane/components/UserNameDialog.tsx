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
  Input,
} from "@fluentui/react-components";
import { useMessages } from "../i18n";

export interface UserNameDialogProps {
  readonly open: boolean;
  readonly onDone: (name: string | null) => void;
}

/** Asks once for the name written in the log; null when the user cancels. */
export function UserNameDialog({ open, onDone }: UserNameDialogProps) {
  const text = useMessages().common;
  const [name, setName] = useState("");
  const [tried, setTried] = useState(false);
  const empty = name.trim() === "";
  const submit = () => {
    setTried(true);
    if (!empty) onDone(name.trim());
  };
  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onDone(null)}>
      <DialogSurface aria-describedby="user-name-intro">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{text.userNameTitle}</DialogTitle>
            <DialogContent>
              <p id="user-name-intro">{text.userNameIntro}</p>
              <Field
                label={text.userNameLabel}
                required
                validationMessage={tried && empty ? text.userNameRequired : undefined}
              >
                <Input value={name} onChange={(_e, d) => setName(d.value)} autoComplete="name" />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                type="submit"
                onClick={(e) => {
                  e.preventDefault(); // Enter in the field clicks this button too
                  submit();
                }}
              >
                {text.userNameSave}
              </Button>
              <Button onClick={() => onDone(null)}>{text.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
