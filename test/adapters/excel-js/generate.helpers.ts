/** Shared setup of the generation tests: the sample in a fake workbook, and bigger plans. */
import { TABLES } from "../../../src/core/schema/tables";
import type { PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import {
  FakeWorkbook,
  type FakeExcel,
  installFakeExcel,
  uninstallFakeExcel,
} from "../../fakes/excel";
import { seedModel } from "../../fakes/peg-workbook";
import type { SheetSnapshot, TableSnapshot } from "../../fakes/excel/snapshot";

/** The sample repeated until it has `count` objectives, each copy with new codes. */
export function repeatedSample(count: number): PegModel {
  const base = samplePeg();
  const out: PegModel = {
    ...base,
    obiettivi: [],
    fasi: [],
    indicatori: [],
    soggetti: [],
    rilevazioni: [],
  };
  for (let k = 0; out.obiettivi.length < count; k++) {
    const code = (c: string): string => (k === 0 ? c : `${c}_R${k}`);
    for (const o of base.obiettivi) {
      if (out.obiettivi.length >= count) break;
      out.obiettivi.push({ ...o, codice: code(o.codice) });
      out.fasi.push(
        ...base.fasi
          .filter((f) => f.obiettivo === o.codice)
          .map((f) => ({ ...f, obiettivo: code(o.codice) })),
      );
      out.indicatori.push(
        ...base.indicatori
          .filter((i) => i.obiettivo === o.codice)
          .map((i) => ({ ...i, obiettivo: code(o.codice) })),
      );
      out.soggetti.push(
        ...base.soggetti
          .filter((s) => s.obiettivo === o.codice)
          .map((s) => ({ ...s, obiettivo: code(o.codice) })),
      );
    }
  }
  return out;
}

export interface Setup {
  readonly book: FakeWorkbook;
  readonly fake: FakeExcel;
  readonly model: PegModel;
}

/** A fresh workbook (one user sheet, "Foglio1") holding `model`, with `Excel` installed. */
export function setupWorkbook(model: PegModel = samplePeg()): Setup {
  const book = new FakeWorkbook(["Foglio1"]);
  seedModel(book, model);
  const fake = installFakeExcel(book);
  fake.resetStats();
  return { book, fake, model };
}

export function teardown(): void {
  uninstallFakeExcel();
}

const DATA_SHEETS = new Set(TABLES.map((t) => t.sheet));

/** The data sheets and tables only, for before/after comparisons. */
export function dataSnapshot(book: FakeWorkbook): {
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
} {
  const snap = book.snapshot();
  return { sheets: snap.sheets.filter((s) => DATA_SHEETS.has(s.name)), tables: snap.tables };
}

export function sheetNames(book: FakeWorkbook): string[] {
  return book.state.sheets.map((s) => s.name);
}
