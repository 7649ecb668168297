/** fast-check generators of valid model values, driven by the schema's column types. */
import fc from "fast-check";
import type { ColumnDef } from "../../../src/core/schema/types";
import type { CellValue } from "../../../src/core/schema/raw";
import { EXCEL_ERRORS } from "../../../src/core/parse/cells";
import { MAX_DATE_SERIAL, serialToDateTime, serialToIso } from "../../../src/core/text/dates";

const dateSerial = fc.integer({ min: 61, max: MAX_DATE_SERIAL });
const finite = fc
  .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .map((n) => (Object.is(n, -0) ? 0 : n));

/** Text as the parser keeps it: trimmed, and never an Excel error code. */
export const cleanText = fc
  .string({ maxLength: 40 })
  .map((s) => s.trim())
  .filter((s) => !EXCEL_ERRORS.has(s.toUpperCase()));

/** A valid model value for `col`; `nullable` false for the keys a record cannot do without. */
export function validValue(col: ColumnDef, nullable = true): fc.Arbitrary<unknown> {
  const orNull = <T>(a: fc.Arbitrary<T>) => (nullable ? fc.option(a, { nil: null }) : a);
  switch (col.type) {
    case "text":
      return cleanText;
    case "number":
      return orNull(finite);
    case "percent":
      return orNull(
        fc.double({ min: 0, max: 100, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
      );
    case "integer":
      return orNull(fc.integer({ min: col.min ?? -1000, max: col.max ?? 100_000 }));
    case "date":
      return orNull(dateSerial.map((s) => serialToIso(s)));
    case "datetime":
      return orNull(
        fc
          .integer({ min: 61 * 86400, max: MAX_DATE_SERIAL * 86400 - 1 })
          .map((s) => serialToDateTime(s / 86400)),
      );
    case "enum":
      return orNull(fc.constantFrom(...(col.allowed ?? [""])));
    case "flag":
      return fc.boolean();
    case "month":
      return orNull(dateSerial.map((s) => (serialToIso(s) as string).slice(0, 7)));
  }
}

/** Anything `Range.values` (or a careless reader) could hand over for one cell. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.constant("   "),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer({ min: -10, max: MAX_DATE_SERIAL + 10 }),
  fc.boolean(),
  fc.constantFrom(
    ...EXCEL_ERRORS,
    "3.500,00",
    "90%",
    "1,5",
    "31/12/2021",
    "31/02/2021",
    "2021-04",
    "si",
    "Sì",
    "NO",
    "vero",
    "EFFICACIA",
    "efficienza",
    "In corso",
    "si/no",
    "=A1",
  ),
);
