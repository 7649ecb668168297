import fc from "fast-check";
import { parseWorkbook } from "../../../src/core/parse";
import { enumKey, EXCEL_ERRORS } from "../../../src/core/parse/cells";
import { modelToRows } from "../../../src/core/schema/rows";
import {
  FASI,
  INDICATORI,
  OBIETTIVI,
  RILEVAZIONI,
  SOGGETTI,
} from "../../../src/core/schema/tables";
import type { CellValue } from "../../../src/core/schema/raw";
import type { ColumnDef, TableDef } from "../../../src/core/schema/types";
import type { PegModel } from "../../../src/core/model/types";
import { cellAddress } from "../../../src/core/schema/address";
import { MAX_DATE_SERIAL } from "../../../src/core/text/dates";
import { anyCell, validValue } from "./arbitraries";
import { rawTable } from "./helpers";

const DATA_TABLES = [OBIETTIVI, FASI, INDICATORI, SOGGETTI, RILEVAZIONI] as const;
type DataId = (typeof DATA_TABLES)[number]["id"];

/** Keys without which a row is left out of the model (see parse/records.ts). */
const NEEDED: Record<DataId, readonly string[]> = {
  obiettivi: [],
  fasi: ["numero"],
  indicatori: ["numero"],
  soggetti: [],
  rilevazioni: ["periodo", "elemento", "timestamp"],
};

function recordArb(def: TableDef): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const col of def.columns) {
    if (col.computed) continue;
    shape[col.key] = validValue(col, !NEEDED[def.id as DataId].includes(col.key));
  }
  // the log keeps old and new values as number or text
  if (def.id === "rilevazioni") {
    const v = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc
        .string({ minLength: 1, maxLength: 10 })
        .filter((s) => s.trim() === s && s !== "" && !EXCEL_ERRORS.has(s.toUpperCase())),
    );
    shape.valorePrecedente = v;
    shape.valoreNuovo = v;
  }
  return fc.record(shape);
}

describe("model -> cells -> model", () => {
  it.each(DATA_TABLES.map((d) => [d.id, d] as const))(
    "is the identity for valid %s",
    (_id, def) => {
      fc.assert(
        fc.property(fc.array(recordArb(def), { maxLength: 5 }), (records) => {
          const rows = modelToRows(def, records);
          const { model, problems } = parseWorkbook({ [def.id]: rawTable(def, rows) });
          expect(problems).toEqual([]);
          const kept = records
            .map((r, i) => ({ ...r, origin: { row: i } }))
            .filter((_, i) => rows[i].some((c) => c !== ""));
          expect(model[def.id as keyof PegModel]).toEqual(kept);
        }),
      );
    },
  );
});

/** Independent statement of what each column type accepts without complaint. */
function acceptable(col: ColumnDef, v: CellValue): boolean {
  if (v === null || (typeof v === "string" && v.trim() === "")) return true;
  if (typeof v === "string" && EXCEL_ERRORS.has(v.trim().toUpperCase())) return false;
  switch (col.type) {
    case "text":
      return true;
    case "number":
    case "percent":
      return typeof v === "number" && Number.isFinite(v);
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
    case "date":
    case "datetime": {
      const day = typeof v === "number" ? Math.floor(v) : NaN;
      return day >= 1 && day <= MAX_DATE_SERIAL && day !== 60;
    }
    case "enum":
      return typeof v === "string" && (col.allowed ?? []).some((a) => enumKey(a) === enumKey(v));
    case "flag":
      return (
        typeof v === "boolean" ||
        v === 0 ||
        v === 1 ||
        (typeof v === "string" && /^(si|sì|no|vero|falso|true|false|1|0)$/i.test(v.trim()))
      );
    case "month":
      return (
        typeof v === "string" &&
        (/^\s*(19|[2-9]\d)\d{2}-(0?[1-9]|1[0-2])\s*$/.test(v) ||
          /^\s*(0?[1-9]|1[0-2])[/.-](19|[2-9]\d)\d{2}\s*$/.test(v))
      );
  }
}

describe("the parser on arbitrary cells", () => {
  it.each(DATA_TABLES.map((d) => [d.id, d] as const))(
    "never throws and flags every unfit cell of %s",
    (_id, def) => {
      const width = def.columns.length;
      const headers = [...def.columns.map((c) => c.header), "Extra"];
      fc.assert(
        fc.property(
          fc.array(fc.array(anyCell, { minLength: width + 1, maxLength: width + 1 }), {
            maxLength: 6,
          }),
          fc.integer({ min: 1, max: 50 }),
          fc.integer({ min: 0, max: 30 }),
          (rows, headerRow, firstColumn) => {
            const raw = rawTable(def, rows, { headers, headerRow, firstColumn });
            const { problems } = parseWorkbook({ [def.id]: raw });
            const flagged = new Set(problems.map((p) => p.cell));
            rows.forEach((line, i) => {
              def.columns.forEach((col, c) => {
                const at = cellAddress(def.sheet, headerRow + 1 + i, firstColumn + c);
                if (!acceptable(col, line[c])) expect(flagged).toContain(at);
                else
                  expect(
                    problems.filter((p) => p.cell === at && !p.rule.endsWith("riga.ignorata")),
                  ).toEqual([]);
              });
            });
          },
        ),
        { numRuns: 200 },
      );
    },
  );

  it("never throws on whole random workbooks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 30 }), { maxLength: 5 }),
        fc.array(fc.oneof(fc.string(), fc.constantFrom(...FASI.columns.map((c) => c.header))), {
          maxLength: 15,
        }),
        (rows, headers) => {
          expect(() => parseWorkbook({ fasi: rawTable(FASI, rows, { headers }) })).not.toThrow();
        },
      ),
    );
  });
});
