import { Field, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import type { StoppableState } from "../state/use-stoppable";
import { ErrorBar } from "./ErrorBar";
import { fmt } from "./format";

export interface RunProgressProps {
  readonly label: string;
  readonly done: number;
  readonly total: number;
  /** said before Excel has written anything */
  readonly waiting: string;
  /** "{done} di {total}" */
  readonly progress: string;
}

/** The progress of a long write to Excel, counted in round trips or sheets. */
export function RunProgress({ label, done, total, waiting, progress }: RunProgressProps) {
  return (
    <Field
      label={label}
      validationState="none"
      validationMessage={done === 0 ? waiting : fmt(progress, { done, total })}
    >
      {/* nothing to count until Excel has written a first batch: a moving bar meanwhile */}
      <ProgressBar value={done === 0 ? undefined : done} max={Math.max(total, 1)} />
    </Field>
  );
}

export interface RunStatusProps {
  readonly state: StoppableState<unknown>;
  readonly texts: {
    readonly progressLabel: string;
    readonly progressWaiting: string;
    readonly progress: string;
    /** said when the user stopped it: what was written stays */
    readonly stopped: string;
    readonly failed: string;
  };
}

/** A stoppable write while it runs, stopped or failed (the view says what it did when done). */
export function RunStatus({ state, texts }: RunStatusProps) {
  return (
    <>
      {state.kind === "running" && (
        <RunProgress
          label={texts.progressLabel}
          done={state.done}
          total={state.total}
          waiting={texts.progressWaiting}
          progress={texts.progress}
        />
      )}
      {state.kind === "cancelled" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{texts.stopped}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "error" && <ErrorBar error={state.error} title={texts.failed} />}
    </>
  );
}
