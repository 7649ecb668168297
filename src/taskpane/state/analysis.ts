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
import type { Lang } from "../../core/text/lang";
import { languageOf, useMessages } from "../i18n";

export interface Analysis {
  readonly result: ComputeResult;
  /** every problem of the verifica (core/verifica checkParsed) */
  readonly problems: readonly Problem[];
}

/** `lang`: the language of the problems' messages, the pane's. */
export function analyse(loaded: LoadedWorkbook, lang: Lang = "it"): Analysis {
  return {
    result: computeAll(loaded.model),
    problems: checkParsed(loaded, lang),
  };
}

export function useAnalysis(loaded: LoadedWorkbook): Analysis {
  const lang = languageOf(useMessages().locale);
  return useMemo(() => analyse(loaded, lang), [loaded, lang]);
}
