import { Button, MessageBarActions } from "@fluentui/react-components";
import { useMessages } from "../i18n";

/** The × that closes a MessageBar, named for screen readers. */
export function DismissAction({ onDismiss }: { readonly onDismiss: () => void }) {
  const messages = useMessages();
  return (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          size="small"
          aria-label={messages.common.dismiss}
          onClick={onDismiss}
        >
          ×
        </Button>
      }
    />
  );
}
