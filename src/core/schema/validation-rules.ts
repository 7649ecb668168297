/**
 * The native data validation a column's schema type calls for, as plain data: a drop-down for
 * enum and flag columns, bounds for numbers, a date range, the AAAA-MM length of months, with
 * the Italian input and error messages. The Excel add-in and the .xlsx writer only translate
 * it to their API, so workbooks made either way check the same things.
 */
import type { ColumnDef } from "./types";

export type ValidationOperator = "between" | "greaterThanOrEqual" | "lessThanOrEqual" | "equal";

export type ValidationCheck =
  | { readonly type: "list"; readonly values: readonly string[] }
  | {
      readonly type: "whole" | "decimal" | "textLength";
      readonly operator: ValidationOperator;
      readonly values: readonly number[];
    }
  /** ISO dates `YYYY-MM-DD`, inclusive */
  | { readonly type: "date"; readonly operator: "between"; readonly values: readonly string[] };

export interface ValidationText {
  readonly title: string;
  readonly message: string;
}

export interface ValidationRule {
  /** null: any value is accepted (the column only has an input message) */
  readonly check: ValidationCheck | null;
  /** the alert shown when a typed value fails the check; null when there is no check */
  readonly error: ValidationText | null;
  /** the input message shown on the selected cell, from the column's help */
  readonly prompt: ValidationText | null;
}

/** Excel limits: titles 32 characters, messages 255 */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

interface Check {
  readonly check: ValidationCheck;
  readonly message: string;
}

function list(values: readonly string[]): Check {
  return {
    check: { type: "list", values },
    message: `Scegliere un valore dall'elenco: ${values.join(", ")}.`,
  };
}

function bounds(col: ColumnDef, type: "whole" | "decimal", what: string): Check | null {
  const { min, max } = col;
  if (min !== undefined && max !== undefined) {
    return {
      check: { type, operator: "between", values: [min, max] },
      message: `Inserire ${what} tra ${min} e ${max}.`,
    };
  }
  if (min !== undefined) {
    return {
      check: { type, operator: "greaterThanOrEqual", values: [min] },
      message: `Inserire ${what} maggiore o uguale a ${min}.`,
    };
  }
  if (max !== undefined) {
    return {
      check: { type, operator: "lessThanOrEqual", values: [max] },
      message: `Inserire ${what} minore o uguale a ${max}.`,
    };
  }
  return null;
}

function checkFor(col: ColumnDef): Check | null {
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
        check: { type: "date", operator: "between", values: ["2000-01-01", "2100-12-31"] },
        message: "Inserire una data nel formato gg/mm/aaaa.",
      };
    case "month":
      return {
        check: { type: "textLength", operator: "equal", values: [7] },
        message: "Scrivere il mese come AAAA-MM, per esempio 2021-04.",
      };
    case "text":
      return null;
  }
}

/** The validation of a column, or null when it has neither a check nor a help text. */
export function validationRuleFor(col: ColumnDef): ValidationRule | null {
  const c = checkFor(col);
  if (!c && !col.help) return null;
  return {
    check: c?.check ?? null,
    error: c
      ? { title: clip(`Valore non valido: ${col.header}`, 32), message: clip(c.message, 255) }
      : null,
    prompt: col.help ? { title: clip(col.header, 32), message: clip(col.help, 255) } : null,
  };
}
