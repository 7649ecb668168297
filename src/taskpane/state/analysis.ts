/**
 * The core's reading of a loaded workbook: computed figures and model checks, derived once
 * per reading (memoised), never while typing.
 */
import { useMemo } from "react";
import { computeAll } from "../../core/compute";
import type { ComputeResult } from "../../core/compute/types";
import type { LoadedWorkbook } from "../../core/ports";
import { checkParsed } from "../../core/verifica";
import type { Problem } from "../../core/verifica/problem";

export interface Analysis {
  readonly result: ComputeResult;
  /** every problem of the verifica (core/verifica checkParsed) */
  readonly problems: readonly Problem[];
}

export function analyse(loaded: LoadedWorkbook): Analysis {
  return {
    result: computeAll(loaded.model),
    problems: checkParsed(loaded),
  };
}

export function useAnalysis(loaded: LoadedWorkbook): Analysis {
  return useMemo(() => analyse(loaded), [loaded]);
}
