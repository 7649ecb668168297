/** Shared setup of the fake's own tests: a workbook, the global `Excel`, and error matching. */
import { FakeWorkbook } from "./fake-workbook";
import { type FakeExcel } from "./create";
import { installFakeExcel, uninstallFakeExcel } from "./install";

export function setup(book: FakeWorkbook = new FakeWorkbook()): {
  book: FakeWorkbook;
  fake: FakeExcel;
} {
  return { book, fake: installFakeExcel(book) };
}

export function teardown(): void {
  uninstallFakeExcel();
}

/** The promise rejects with an Office-shaped error of this code. */
export async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: "RichApi.Error", code });
}

/** The call throws an Office-shaped error of this code. */
export function throwsWith(fn: () => unknown, code: string): void {
  let caught: unknown = null;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toMatchObject({ name: "RichApi.Error", code });
}
