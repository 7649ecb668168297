/**
 * Native Excel data validation and conditional formats for the data sheets, so colleagues
 * without the add-in get a drop-down, an input message and a red cell where a value is wrong.
 * Both are defined in the core schema; here they are written with ExcelJS.
 */
import type ExcelJS from "exceljs";
import { conditionalRulesFor, WARN_FILL, WARN_FONT } from "../../core/schema/conditional-rules";
import type { ColumnDef, TableDef } from "../../core/schema/types";
import {
  validationRuleFor,
  type ValidationCheck,
  type ValidationOperator,
} from "../../core/schema/validation-rules";
import { columnLetters } from "../../core/schema/address";

/** Rules reach this many rows below the data, so rows typed later are checked too. */
export const SPARE_ROWS = 500;

const OPERATOR: Record<ValidationOperator, ExcelJS.DataValidationOperator> = {
  between: "between",
  greaterThanOrEqual: "greaterThanOrEqual",
  lessThanOrEqual: "lessThanOrEqual",
  equal: "equal",
};

type Check = Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae">;

function excelCheck(check: ValidationCheck): Check {
  switch (check.type) {
    case "list":
      return { type: "list", formulae: [`"${check.values.join(",")}"`] };
    case "date":
      return {
        type: "date",
        operator: OPERATOR[check.operator],
        formulae: check.values.map((iso) => new Date(`${iso}T00:00:00Z`)),
      };
    default:
      return { type: check.type, operator: OPERATOR[check.operator], formulae: [...check.values] };
  }
}

/** The full data-validation rule of a column, or null when it has neither check nor help. */
export function validationFor(col: ColumnDef): ExcelJS.DataValidation | null {
  const v = validationRuleFor(col);
  if (!v) return null;
  const prompt = v.prompt
    ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message }
    : {};
  if (!v.check || !v.error) {
    // "any value" with an input message: ExcelJS writes it but its typings lack the type
    return { type: "any", formulae: [], ...prompt } as unknown as ExcelJS.DataValidation;
  }
  return {
    ...excelCheck(v.check),
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.message,
    ...prompt,
  };
}

/** ExcelJS keeps validations by range in `dataValidations`, which its typings leave out. */
interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function rangeValidations(ws: ExcelJS.Worksheet): RangeValidations {
  return (ws as unknown as { dataValidations: RangeValidations }).dataValidations;
}

export function addValidations(ws: ExcelJS.Worksheet, def: TableDef, lastRow: number): void {
  const target = rangeValidations(ws);
  def.columns.forEach((col, i) => {
    const rule = validationFor(col);
    const letter = columnLetters(i);
    if (rule) target.add(`${letter}2:${letter}${lastRow + SPARE_ROWS}`, rule);
  });
}

/** "#RRGGBB" as ExcelJS's opaque ARGB */
const argb = (hex: string) => `FF${hex.slice(1)}`;

const WARN: Partial<ExcelJS.Style> = {
  fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(WARN_FILL) } },
  font: { color: { argb: argb(WARN_FONT) } },
};

/** The core's conditional formats, each on its column from row 2 down past the data. */
export function addConditionalFormats(ws: ExcelJS.Worksheet, def: TableDef, lastRow: number): void {
  const end = lastRow + SPARE_ROWS;
  const letterOf = (key: string) => {
    const i = def.columns.findIndex((c) => c.key === key);
    return i < 0 ? null : columnLetters(i);
  };
  conditionalRulesFor(def).forEach((rule, i) => {
    const c = letterOf(rule.key);
    const formula = rule.formula(letterOf, 2);
    if (c === null || formula === null) return;
    ws.addConditionalFormatting({
      ref: `${c}2:${c}${end}`,
      rules: [{ type: "expression", priority: i + 1, formulae: [formula], style: WARN }],
    });
  });
}
