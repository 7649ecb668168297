/** Generating schede through the port, with progress and stop (see use-stoppable.ts). */
import { useCallback } from "react";
import type { GenerateOptions, GenerateReport, WorkbookPort } from "../../../core/ports";
import { useStoppable, type StoppableState } from "../../state/use-stoppable";

export type GenerateState = StoppableState<GenerateReport>;

const wasStopped = (report: GenerateReport) => Boolean(report.cancelled);

export function useGenerate(port: WorkbookPort) {
  const run = useCallback(
    (
      options: GenerateOptions,
      onProgress: Parameters<WorkbookPort["generate"]>[1],
      signal: AbortSignal,
    ) => port.generate(options, onProgress, signal),
    [port],
  );
  return useStoppable(run, wasStopped);
}
