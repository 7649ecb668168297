/**
 * Generating schede through the port: progress from its callback, cancel through an
 * AbortController, the report when done.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { GenerateOptions, GenerateReport, WorkbookPort } from "../../../core/ports";
import { isAbort } from "../../components/format";

export type GenerateState =
  | { readonly kind: "idle" }
  | { readonly kind: "running"; readonly done: number; readonly total: number }
  | { readonly kind: "done"; readonly report: GenerateReport }
  | { readonly kind: "cancelled" }
  | { readonly kind: "error"; readonly error: unknown };

export function useGenerate(port: WorkbookPort) {
  const [state, setState] = useState<GenerateState>({ kind: "idle" });
  const controller = useRef<AbortController | null>(null);

  // leaving the view stops a generation still running
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (options: GenerateOptions, total: number) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ kind: "running", done: 0, total });
      try {
        const report = await port.generate(
          options,
          (done, all) => {
            if (!abort.signal.aborted) setState({ kind: "running", done, total: all });
          },
          abort.signal,
        );
        // Excel stops only between batches: a run that ended anyway is reported as done
        setState(report.cancelled ? { kind: "cancelled" } : { kind: "done", report });
      } catch (error) {
        setState(
          abort.signal.aborted || isAbort(error) ? { kind: "cancelled" } : { kind: "error", error },
        );
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [port],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
