/**
 * A PEG workbook in the Excel fake: every schema table on its own sheet, as the structure
 * preparation lays it out. Shared by the tests and the bench (scripts may import test/fakes).
 */
import type { PegModel } from "../../src/core/model/types";
import { tableRows } from "../../src/core/schema/rows";
import { TABLES } from "../../src/core/schema/tables";
import type { FakeWorkbook } from "./excel";
import { columnLetters } from "./excel/address";

type Scalar = string | number | boolean;

/** Every schema table on its own sheet at A1, as `prepare` would lay it out. */
export function seedModel(book: FakeWorkbook, model: PegModel): void {
  for (const def of TABLES) {
    book.addSheet(def.sheet);
    const headers = def.columns.map((c) => c.header);
    const rows = tableRows(model, def.id).map((r) => r.map((v): Scalar => v ?? ""));
    const body = rows.length > 0 ? rows : [headers.map(() => "")];
    book.setValues(`'${def.sheet}'!A1`, [headers, ...body]);
    const last = columnLetters(headers.length - 1);
    book.addTable(`'${def.sheet}'!A1:${last}${body.length + 1}`, def.table);
  }
}
