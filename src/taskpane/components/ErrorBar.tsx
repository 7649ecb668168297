import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useMessages } from "../i18n";
import { errorDetail } from "./format";

export interface ErrorBarProps {
  readonly error: unknown;
  /** what the user was doing, e.g. "Salvataggio non riuscito"; a generic title otherwise */
  readonly title?: string;
  readonly onRetry?: () => void;
}

/** A failed operation, said plainly: what happened and what to do; never a stack trace. */
export function ErrorBar({ error, title, onRetry }: ErrorBarProps) {
  const text = useMessages().common;
  const detail = errorDetail(error);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? text.errorTitle}</MessageBarTitle>
        {detail ? `${detail} ` : ""}
        {text.errorHint}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {text.retry}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
