import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissAction } from "../../components/DismissAction";
import { ErrorBar } from "../../components/ErrorBar";
import { fmt, fmtCount } from "../../components/format";
import { useMessages } from "../../i18n";
import type { SaveState } from "./use-save";

/** What the last save did: written cells, refusal reasons, or a failure. */
export function SaveOutcome({ state, onDismiss }: { state: SaveState; onDismiss: () => void }) {
  const messages = useMessages();
  const text = messages.rilevazione;
  if (state.kind === "error") return <ErrorBar error={state.error} title={text.saveFailed} />;
  if (state.kind !== "done") return null;
  const { result } = state;
  const close = <DismissAction onDismiss={onDismiss} />;
  if (result.kind === "saved") {
    return (
      <MessageBar intent="success" role="status">
        <MessageBarBody>
          {result.cellsWritten === result.logRows
            ? fmtCount(text.saved, result.cellsWritten)
            : fmt(text.savedApart, {
                cells: fmtCount(text.savedCells, result.cellsWritten),
                rows: fmtCount(text.savedRows, result.logRows),
              })}
        </MessageBarBody>
        {close}
      </MessageBar>
    );
  }
  if (result.kind === "refused") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.refused}</MessageBarTitle>
          <ul>
            {result.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </MessageBarBody>
        {close}
      </MessageBar>
    );
  }
  return null;
}
