import { Field, ProgressBar } from "@fluentui/react-components";
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
