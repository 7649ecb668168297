/**
 * Native Excel data validation and conditional formats for the data sheets, so colleagues
 * without the add-in get a drop-down, an input message and a red cell where a value is wrong.
 */
import type ExcelJS from "exceljs";
import { columnIndex } from "../../core/schema/tables";
import type { ColumnDef, TableDef } from "../../core/schema/types";
import {
  validationRuleFor,
  type ValidationCheck,
  type ValidationOperator,
} from "../../core/schema/validation-rules";
import { columnLetters } from "./cells";

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
    const letter = columnLetters(i + 1);
    if (rule) target.add(`${letter}2:${letter}${lastRow + SPARE_ROWS}`, rule);
  });
}

const WARN: Partial<ExcelJS.Style> = {
  fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
  font: { color: { argb: "FF9C0006" } },
};

/**
 * Conditional formats: a percentage outside 0–100 (or not a number), and on Fasi every row
 * whose objective's phase weights do not add up to 100. Conditional formats cannot use
 * structured references, hence plain column references.
 */
export function addConditionalFormats(ws: ExcelJS.Worksheet, def: TableDef, lastRow: number): void {
  const end = lastRow + SPARE_ROWS;
  let priority = 1;
  def.columns.forEach((col, i) => {
    if (col.type !== "percent") return;
    const c = columnLetters(i + 1);
    ws.addConditionalFormatting({
      ref: `${c}2:${c}${end}`,
      rules: [
        {
          type: "expression",
          priority: priority++,
          formulae: [`AND(${c}2<>"",OR(NOT(ISNUMBER(${c}2)),${c}2<0,${c}2>100))`],
          style: WARN,
        },
      ],
    });
  });
  if (def.id === "fasi") {
    const obj = columnLetters(columnIndex(def, "obiettivo") + 1);
    const peso = columnLetters(columnIndex(def, "peso") + 1);
    const last = columnLetters(def.columns.length);
    const sum = `SUMIFS($${peso}:$${peso},$${obj}:$${obj},$${obj}2)`;
    ws.addConditionalFormatting({
      ref: `A2:${last}${end}`,
      rules: [
        {
          type: "expression",
          priority: priority++,
          formulae: [`AND($${obj}2<>"",ROUND(${sum},6)<>100)`],
          style: WARN,
        },
      ],
    });
  }
}
