import { useState } from "react";
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMessages } from "../../i18n";
import { useUserName } from "../../state/user-name";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "10em" },
});

/** The name written in the log; it belongs to this user on this computer. */
export function UserNamePanel() {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.impostazioni;
  const [stored, setStored] = useUserName();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? stored;
  return (
    <section aria-labelledby="user-title">
      <Subtitle2 as="h2" id="user-title">
        {text.userTitle}
      </Subtitle2>
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={messages.common.userNameLabel}
          hint={messages.common.userNameHint}
        >
          <Input value={value} onChange={(_e, d) => setDraft(d.value)} autoComplete="name" />
        </Field>
        <Button
          disabled={draft === null || draft.trim() === stored || draft.trim() === ""}
          onClick={() => {
            setStored(value);
            setDraft(null);
          }}
        >
          {messages.common.userNameSave}
        </Button>
      </div>
    </section>
  );
}
