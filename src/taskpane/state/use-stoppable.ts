/**
 * A long operation on the workbook the user can follow and stop: progress from its callback,
 * stop through an AbortController (Excel stops between round trips), its report when done.
 * Leaving the view stops it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Progress } from "../../core/ports";
import { isAbort } from "../components/format";

export type StoppableState<R> =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly report: R }
  | { readonly kind: "cancelled" }
  | { readonly kind: "error"; readonly error: unknown };

/**
 * `run` starts the operation; `stopped` tells a report of a run that was stopped midway.
 * Both must be stable (useCallback or module functions).
 */
export function useStoppable<A, R>(
  run: (args: A, onProgress: Progress, signal: AbortSignal) => Promise<R>,
  stopped: (report: R) => boolean,
) {
  const [state, setState] = useState<StoppableState<R>>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (args: A, total: number) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ kind: "running", done: 0, total });
      try {
        const report = await run(
          args,
          (done, all) => {
            if (!abort.signal.aborted) setState({ kind: "running", done, total: all });
          },
          abort.signal,
        );
        // Excel stops only between round trips: a run that ended anyway is reported as done
        setState(stopped(report) ? { kind: "cancelled" } : { kind: "done", report });
      } catch (error) {
        setState(
          abort.signal.aborted || isAbort(error) ? { kind: "cancelled" } : { kind: "error", error },
        );
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [run, stopped],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
