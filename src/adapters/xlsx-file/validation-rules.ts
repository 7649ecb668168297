/**
 * Native Excel data validation and conditional formats for the data sheets, so colleagues
 * without the add-in get a drop-down, an input message and a red cell where a value is wrong.
 */
import type ExcelJS from "exceljs";
import { columnIndex } from "../../core/schema/tables";
import type { ColumnDef, TableDef } from "../../core/schema/types";
import { columnLetters } from "./cells";

/** Rules reach this many rows below the data, so rows typed later are checked too. */
export const SPARE_ROWS = 500;

/** Excel limits: titles 32 characters, messages 255 */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

type Check = Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae"> & { error: string };

function list(values: readonly string[]): Check {
  return {
    type: "list",
    formulae: [`"${values.join(",")}"`],
    error: `Scegliere un valore dall'elenco: ${values.join(", ")}.`,
  };
}

function bounds(col: ColumnDef, type: "whole" | "decimal", what: string): Check | null {
  const { min, max } = col;
  if (min !== undefined && max !== undefined) {
    return {
      type,
      operator: "between",
      formulae: [min, max],
      error: `Inserire ${what} tra ${min} e ${max}.`,
    };
  }
  if (min !== undefined) {
    return {
      type,
      operator: "greaterThanOrEqual",
      formulae: [min],
      error: `Inserire ${what} maggiore o uguale a ${min}.`,
    };
  }
  if (max !== undefined) {
    return {
      type,
      operator: "lessThanOrEqual",
      formulae: [max],
      error: `Inserire ${what} minore o uguale a ${max}.`,
    };
  }
  return null;
}

const FIRST_DATE = new Date(Date.UTC(2000, 0, 1));
const LAST_DATE = new Date(Date.UTC(2100, 11, 31));

/** The check a column's type calls for; null when any value is acceptable. */
export function checkFor(col: ColumnDef): Check | null {
  switch (col.type) {
    case "enum":
      return list(col.allowed ?? []);
    case "flag":
      return list(["si", "no"]);
    case "percent":
      return bounds({ ...col, min: col.min ?? 0, max: col.max ?? 100 }, "decimal", "un numero");
    case "integer":
      return bounds(col, "whole", "un numero intero");
    case "number":
      return bounds(col, "decimal", "un numero");
    case "date":
    case "datetime":
      return {
        type: "date",
        operator: "between",
        formulae: [FIRST_DATE, LAST_DATE],
        error: "Inserire una data nel formato gg/mm/aaaa.",
      };
    case "month":
      return {
        type: "textLength",
        operator: "equal",
        formulae: [7],
        error: "Scrivere il mese come AAAA-MM, per esempio 2021-04.",
      };
    case "text":
      return null;
  }
}

/** The full data-validation rule of a column, or null when it has neither check nor help. */
export function validationFor(col: ColumnDef): ExcelJS.DataValidation | null {
  const check = checkFor(col);
  if (!check && !col.help) return null;
  const prompt = col.help
    ? { showInputMessage: true, promptTitle: clip(col.header, 32), prompt: clip(col.help, 255) }
    : {};
  if (!check) {
    // "any value" with an input message: ExcelJS writes it but its typings lack the type
    return { type: "any", formulae: [], ...prompt } as unknown as ExcelJS.DataValidation;
  }
  return {
    type: check.type,
    operator: check.operator,
    formulae: check.formulae,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: clip(`Valore non valido: ${col.header}`, 32),
    error: clip(check.error, 255),
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
