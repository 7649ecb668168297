/**
 * Browser and test entry: defines `globalThis.Excel` on a fake workbook. End-to-end pages bundle
 * this file and call `installFakeExcel(book)` before the task pane boots; the returned handle
 * (also kept on `globalThis.__fakeExcel`) gives the test its stats and snapshots.
 */
import { type FakeExcel, createFakeExcel } from "./create";
import type { FakeWorkbook } from "./fake-workbook";
import { forgetTableShapes } from "../../../src/adapters/excel-js/read-tables";

export function installFakeExcel(book: FakeWorkbook, target: object = globalThis): FakeExcel {
  const fake = createFakeExcel(book);
  // a new workbook is a freshly opened pane: nothing known of its tables' sizes
  forgetTableShapes();
  Object.assign(target, { Excel: fake.Excel, __fakeExcel: fake });
  return fake;
}

/** Removes what `installFakeExcel` defined. */
export function uninstallFakeExcel(target: object = globalThis): void {
  const bag = target as Record<string, unknown>;
  delete bag.Excel;
  delete bag.__fakeExcel;
}
