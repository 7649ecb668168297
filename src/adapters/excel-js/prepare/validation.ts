/**
 * Native data validation of a table column: the core's rule for the column, in the Excel JS
 * API's terms (learn.microsoft.com, "Add data validation to Excel ranges").
 */
import type { ColumnDef } from "../../../core/schema/types";
import {
  validationRuleFor,
  type ValidationCheck,
  type ValidationOperator,
} from "../../../core/schema/validation-rules";

export interface ColumnValidation {
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
  readonly prompt: Excel.DataValidationPrompt | null;
}

const OPERATOR: Record<ValidationOperator, Excel.BasicDataValidation["operator"]> = {
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
  equal: "EqualTo",
};

function excelRule(check: ValidationCheck): Excel.DataValidationRule {
  if (check.type === "list") {
    return { list: { inCellDropDown: true, source: check.values.join(",") } };
  }
  const operator = OPERATOR[check.operator];
  if (check.type === "date") {
    // ISO 8601 strings are accepted as operands (Excel.DateTimeDataValidation)
    return { date: { operator, formula1: check.values[0], formula2: check.values[1] } };
  }
  const [formula1, formula2] = check.values;
  const basic: Excel.BasicDataValidation =
    formula2 === undefined ? { operator, formula1 } : { operator, formula1, formula2 };
  if (check.type === "whole") return { wholeNumber: basic };
  return check.type === "decimal" ? { decimal: basic } : { textLength: basic };
}

/** The validation of a column, or null when any value is acceptable. */
export function validationFor(col: ColumnDef): ColumnValidation | null {
  const v = validationRuleFor(col);
  if (!v?.check || !v.error) return null;
  return {
    rule: excelRule(v.check),
    errorAlert: { showAlert: true, style: "Stop", ...v.error },
    prompt: v.prompt ? { showPrompt: true, ...v.prompt } : null,
  };
}
