import { validationRuleFor } from "../../../src/core/schema/validation-rules";
import type { ColumnDef } from "../../../src/core/schema/types";

function column(over: Partial<ColumnDef>): ColumnDef {
  return {
    key: "x",
    header: "Colonna",
    type: "text",
    required: false,
    numberFormat: "@",
    width: 10,
    ...over,
  };
}

describe("validationRuleFor", () => {
  it.each<[string, Partial<ColumnDef>, unknown, string]>([
    [
      "enum: a list of the allowed values",
      { type: "enum", allowed: ["In Corso", "Concluso"] },
      { type: "list", values: ["In Corso", "Concluso"] },
      "Scegliere un valore dall'elenco: In Corso, Concluso.",
    ],
    [
      "flag: si / no",
      { type: "flag" },
      { type: "list", values: ["si", "no"] },
      "Scegliere un valore dall'elenco: si, no.",
    ],
    [
      "percent without bounds: 0 to 100",
      { type: "percent" },
      { type: "decimal", operator: "between", values: [0, 100] },
      "Inserire un numero tra 0 e 100.",
    ],
    [
      "integer with a minimum",
      { type: "integer", min: 1 },
      { type: "whole", operator: "greaterThanOrEqual", values: [1] },
      "Inserire un numero intero maggiore o uguale a 1.",
    ],
    [
      "number with a maximum",
      { type: "number", max: 5 },
      { type: "decimal", operator: "lessThanOrEqual", values: [5] },
      "Inserire un numero minore o uguale a 5.",
    ],
    [
      "date: a plausible range",
      { type: "date" },
      { type: "date", operator: "between", values: ["2000-01-01", "2100-12-31"] },
      "Inserire una data nel formato gg/mm/aaaa.",
    ],
    [
      "month: seven characters",
      { type: "month" },
      { type: "textLength", operator: "equal", values: [7] },
      "Scrivere il mese come AAAA-MM, per esempio 2021-04.",
    ],
  ])("%s", (_, over, check, message) => {
    const rule = validationRuleFor(column(over));
    expect(rule?.check).toEqual(check);
    expect(rule?.error).toEqual({ title: "Valore non valido: Colonna", message });
    expect(rule?.prompt).toBeNull();
  });

  it("gives nothing for free text or an unbounded number without help", () => {
    expect(validationRuleFor(column({ type: "text" }))).toBeNull();
    expect(validationRuleFor(column({ type: "number" }))).toBeNull();
  });

  it("keeps the input message of a text column, without a check", () => {
    expect(validationRuleFor(column({ help: "Scrivere il nome." }))).toEqual({
      check: null,
      error: null,
      prompt: { title: "Colonna", message: "Scrivere il nome." },
    });
  });

  it("clips titles to 32 characters and messages to 255, as Excel requires", () => {
    const header = "Un'intestazione molto più lunga del consentito";
    const rule = validationRuleFor(column({ header, type: "flag", help: "h".repeat(300) }));
    expect(rule?.error?.title).toHaveLength(32);
    expect(rule?.error?.title.endsWith("…")).toBe(true);
    expect(rule?.prompt?.title).toHaveLength(32);
    expect(rule?.prompt?.message).toHaveLength(255);
  });
});
