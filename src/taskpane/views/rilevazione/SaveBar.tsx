import type { ReactNode } from "react";
import { Body1, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { fmt, fmtCount } from "../../components/format";
import { useMessages } from "../../i18n";
import { SaveOutcome } from "./SaveOutcome";
import type { SaveState } from "./use-save";

// stays at the bottom of the pane while the fields scroll under it
const useStyles = makeStyles({
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`,
    paddingInline: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
  },
  // the state line shares its row with Aggiorna, so Salva and Annulla fit one row at 320 px
  status: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  state: { flex: "1 1 12em", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SaveBarProps {
  readonly pending: number;
  readonly errors: number;
  /** something was typed, even if it equals the saved value */
  readonly dirty: boolean;
  readonly canSave: boolean;
  readonly busy: boolean;
  readonly refreshing: boolean;
  readonly state: SaveState;
  readonly onSave: () => void;
  readonly onDiscard: () => void;
  readonly onRefresh: () => void;
  readonly onDismiss: () => void;
  readonly children?: ReactNode;
}

/** What is waiting to be saved, or what the last save did; Aggiorna beside it, then Salva and Annulla. */
export function SaveBar(props: SaveBarProps) {
  const styles = useStyles();
  const messages = useMessages();
  const text = messages.rilevazione;
  const { pending, errors, dirty, busy, state } = props;
  // a refusal or a failure stays while the user corrects; "saved" until they type again
  const showOutcome =
    state.kind === "error" ||
    (state.kind === "done" && state.result.kind === "refused") ||
    (!dirty && state.kind === "done" && state.result.kind === "saved");
  return (
    <div className={styles.bar} role="region" aria-label={text.saveBar}>
      <div className={styles.status}>
        <div className={styles.state}>
          {busy ? (
            <Spinner size="tiny" label={text.saving} />
          ) : showOutcome ? (
            <SaveOutcome state={state} onDismiss={props.onDismiss} />
          ) : (
            <Body1 aria-live="polite">
              {errors > 0
                ? fmt(text.fixErrors, { count: errors })
                : pending === 0
                  ? text.nothingPending
                  : fmtCount(text.pending, pending)}
            </Body1>
          )}
        </div>
        <Button
          size="small"
          appearance="subtle"
          disabled={busy || props.refreshing}
          onClick={props.onRefresh}
        >
          {messages.common.refresh}
        </Button>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!props.canSave} onClick={props.onSave}>
          {text.save}
        </Button>
        {/* stays focusable when disabled: the focus is not lost after a click */}
        <Button disabledFocusable={busy || !dirty} onClick={props.onDiscard}>
          {text.discard}
        </Button>
      </div>
      {props.children}
    </div>
  );
}
