/**
 * «Prepara l'anno successivo»: the open workbook's tables, read once, become next year's plan
 * with the same rule as `schede-peg nuovo-anno` (core/cycle/next-year.ts); its .xlsx, built as
 * the command line builds it, opens as a new workbook in Excel. The open workbook is only read.
 */
import { planNextYear, type NextYearReport } from "../../../core/cycle/next-year";
import { checkLines, fateLines } from "../../../core/cycle/next-year-text";
import type { WorkbookPort } from "../../../core/ports";
import type { Lang } from "../../../core/text/lang";
import { unusableReasons } from "../../../core/verifica";
import { fmt } from "../../components/format";
import type { Messages } from "../../i18n";
import type { NewWorkbook, OpenOutcome } from "../types";

export interface NextYearChoice {
  /** the new plan's year; the year after the plan's when null */
  readonly anno: number | null;
  /** leave out the objectives Concluso or Annullato */
  readonly withoutConcluded: boolean;
}

export interface NextYearPrepared {
  /** what was asked for */
  readonly choice: NextYearChoice;
  readonly from: number;
  readonly to: number;
  readonly report: NextYearReport;
  /** what happened to the columns, the log and the settings, in the pane's language */
  readonly fates: readonly string[];
  /** what to check by hand in the new plan */
  readonly checks: readonly string[];
  /** the new workbook's .xlsx */
  readonly bytes: Uint8Array;
  /** opened in Excel, or why not: then the pane offers `bytes` to download */
  readonly opened: OpenOutcome;
}

/** A plan the pane will not carry over, and why, in the pane's language. */
export class NextYearRefused extends Error {}

export async function prepareNextYear(
  port: WorkbookPort,
  newWorkbook: NewWorkbook,
  choice: NextYearChoice,
  messages: Messages,
  lang: Lang,
): Promise<NextYearPrepared> {
  const text = messages.nuovoAnno;
  const loaded = await port.load();
  const unusable = unusableReasons({ ...loaded, positions: loaded.positions ?? {} }, lang);
  if (unusable.length > 0) throw new NextYearRefused(unusable.join(" "));
  const outcome = planNextYear(
    loaded.model,
    !loaded.missingTables.includes("impostazioni"),
    choice,
  );
  switch (outcome.kind) {
    case "noYear":
      throw new NextYearRefused(text.noYear);
    case "notLater":
      throw new NextYearRefused(fmt(text.notLater, { from: outcome.from, to: outcome.to }));
    case "collisions":
      throw new NextYearRefused(fmt(text.collisions, { codes: outcome.codes.join(", ") }));
    case "ready":
      break;
  }
  const { from, to, result } = outcome;
  const bytes = await newWorkbook.bytesOf(result.model);
  return {
    choice,
    from,
    to,
    report: result.report,
    fates: fateLines(result, { from, to }, lang),
    checks: checkLines(
      loaded.model,
      { from, to },
      choice.withoutConcluded,
      text.leaveOutHint,
      lang,
    ),
    bytes,
    opened: await newWorkbook.open(bytes),
  };
}
