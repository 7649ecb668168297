/**
 * The core's reading of a loaded workbook: computed figures and model checks, derived once
 * per reading (memoised), never while typing.
 */
import { useMemo } from "react";
import { computeAll } from "../../core/compute";
import type { ComputeResult } from "../../core/compute/types";
import type { LoadedWorkbook } from "../../core/ports";
import { mergeProblems, checkModel } from "../../core/verifica";
import type { Problem } from "../../core/verifica/problem";

export interface Analysis {
  readonly result: ComputeResult;
  /** problems met while reading the tables, then those of the model's rules */
  readonly problems: readonly Problem[];
}

export function analyse(loaded: LoadedWorkbook): Analysis {
  return {
    result: computeAll(loaded.model),
    problems: mergeProblems(loaded.problems, checkModel(loaded.model, loaded.positions)),
  };
}

export function useAnalysis(loaded: LoadedWorkbook): Analysis {
  return useMemo(() => analyse(loaded), [loaded]);
}
