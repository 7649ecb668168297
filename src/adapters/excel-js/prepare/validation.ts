/**
 * Native data validation of a table column, from its schema type: a drop-down for enum and
 * flag columns, bounds for numbers, a date range, the AAAA-MM shape of months. Italian input
 * messages from the schema's `help`, Italian error alerts. Mirrors the rules the .xlsx writer
 * gives files made outside Excel, so both kinds of workbook behave the same.
 * (learn.microsoft.com, "Add data validation to Excel ranges".)
 */
import type { ColumnDef } from "../../../core/schema/types";

export interface ColumnValidation {
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
  readonly prompt: Excel.DataValidationPrompt | null;
}

/** Excel limits: titles 32 characters, messages 255 */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

interface Check {
  readonly rule: Excel.DataValidationRule;
  readonly message: string;
}

function list(values: readonly string[]): Check {
  return {
    rule: { list: { inCellDropDown: true, source: values.join(",") } },
    message: `Scegliere un valore dall'elenco: ${values.join(", ")}.`,
  };
}

function bounds(col: ColumnDef, kind: "wholeNumber" | "decimal", what: string): Check | null {
  const { min, max } = col;
  let rule: Excel.BasicDataValidation;
  let message: string;
  if (min !== undefined && max !== undefined) {
    rule = { operator: "Between", formula1: min, formula2: max };
    message = `Inserire ${what} tra ${min} e ${max}.`;
  } else if (min !== undefined) {
    rule = { operator: "GreaterThanOrEqualTo", formula1: min };
    message = `Inserire ${what} maggiore o uguale a ${min}.`;
  } else if (max !== undefined) {
    rule = { operator: "LessThanOrEqualTo", formula1: max };
    message = `Inserire ${what} minore o uguale a ${max}.`;
  } else {
    return null;
  }
  return { rule: kind === "wholeNumber" ? { wholeNumber: rule } : { decimal: rule }, message };
}

function check(col: ColumnDef): Check | null {
  switch (col.type) {
    case "enum":
      return list(col.allowed ?? []);
    case "flag":
      return list(["si", "no"]);
    case "percent":
      return bounds({ ...col, min: col.min ?? 0, max: col.max ?? 100 }, "decimal", "un numero");
    case "integer":
      return bounds(col, "wholeNumber", "un numero intero");
    case "number":
      return bounds(col, "decimal", "un numero");
    case "date":
    case "datetime":
      // ISO 8601 strings are accepted as operands (Excel.DateTimeDataValidation)
      return {
        rule: { date: { operator: "Between", formula1: "2000-01-01", formula2: "2100-12-31" } },
        message: "Inserire una data nel formato gg/mm/aaaa.",
      };
    case "month":
      return {
        rule: { textLength: { operator: "EqualTo", formula1: 7 } },
        message: "Scrivere il mese come AAAA-MM, per esempio 2021-04.",
      };
    case "text":
      return null;
  }
}

/** The validation of a column, or null when any value is acceptable. */
export function validationFor(col: ColumnDef): ColumnValidation | null {
  const c = check(col);
  if (!c) return null;
  return {
    rule: c.rule,
    errorAlert: {
      showAlert: true,
      style: "Stop",
      title: clip(`Valore non valido: ${col.header}`, 32),
      message: clip(c.message, 255),
    },
    prompt: col.help
      ? { showPrompt: true, title: clip(col.header, 32), message: clip(col.help, 255) }
      : null,
  };
}
