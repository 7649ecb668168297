/**
 * Model-level checks: the rules a single cell cannot show (weights summing to 100, dates in
 * order, codes unique, objectives existing…). Problems point at cells: each record's
 * `origin.row` plus the table's position in its sheet. Pass the positions the parser
 * returned (`parseWorkbook(raw).positions`); without them the canonical layout is assumed
 * (header in row 1, first column A, schema column order), which is what the structure
 * preparation creates.
 *
 * Severity: "error" for what breaks the computation or the integrity of the data, "warning"
 * for what deserves a look but leaves the results right.
 */
import type { PegModel } from "../model/types";
import type { LoadedWorkbook } from "../ports";
import type { RawWorkbook } from "../schema/raw";
import { parseWorkbook, type ParseResult } from "../parse";
import type { TablePositions } from "../parse/positions";
import type { Problem } from "./problem";
import type { Lang } from "../text/lang";
import { ModelCheck, type Rule } from "./context";
import { phaseWeights } from "./rules/weights";
import { numericRanges } from "./rules/ranges";
import { indicatorRules } from "./rules/indicators";
import { dateRules } from "./rules/dates";
import { integrityRules } from "./rules/integrity";
import { textLength } from "./rules/text";
import { ambitiRule, qualityRules } from "./rules/qualita";
import { validazioneRules } from "./rules/validazione";
import { missingTableProblems } from "./structure";

const RULES: readonly Rule[] = [
  integrityRules,
  phaseWeights,
  numericRanges,
  dateRules,
  indicatorRules,
  textLength,
  ambitiRule,
  qualityRules,
  validazioneRules,
];

export function checkModel(
  model: PegModel,
  positions?: TablePositions,
  lang: Lang = "it",
): Problem[] {
  const v = new ModelCheck(model, positions, lang);
  for (const rule of RULES) rule(v);
  return v.problems;
}

/**
 * Parse problems first, then the model checks, leaving out a model-check problem on a cell
 * the parser already reported as an error (a peso "trenta" is not also "missing").
 */
export function mergeProblems(parsed: readonly Problem[], checked: readonly Problem[]): Problem[] {
  const badCells = new Set(
    parsed.filter((p) => p.severity === "error" && p.cell).map((p) => p.cell),
  );
  return [...parsed, ...checked.filter((p) => p.cell === null || !badCells.has(p.cell))];
}

/**
 * Every problem of a read workbook, as the verifica lists them wherever it runs (pane,
 * ribbon, command line): the optional tables missing, then the parse problems and the model
 * checks (mergeProblems). Parse `parsed` in the same `lang`.
 */
export function checkParsed(parsed: LoadedWorkbook, lang: Lang = "it"): Problem[] {
  return [
    ...missingTableProblems(parsed.missingTables, lang),
    ...mergeProblems(parsed.problems, checkModel(parsed.model, parsed.positions, lang)),
  ];
}

/** Parse and check in one go: what a reader of the workbook usually wants. */
export function checkWorkbook(raw: RawWorkbook, lang: Lang = "it"): ParseResult {
  const parsed = parseWorkbook(raw, lang);
  return { ...parsed, problems: checkParsed(parsed, lang) };
}

export { ESSENTIAL_TABLES, missingTableProblems, unusableReasons } from "./structure";
export { WEIGHT_TOLERANCE } from "./rules/weights";
export { EXCEL_CELL_CHARS } from "./rules/text";
export type { Problem, Severity, ProposedFix } from "./problem";
