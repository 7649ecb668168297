/** Shared setup: a fake workbook, one or two users' Excel on it, and the port under test. */
import { createExcelPort } from "../../../src/adapters/excel-js";
import type { WorkbookPort } from "../../../src/core/ports";
import {
  createFakeExcel,
  FakeWorkbook,
  type FakeExcel,
  type WorkbookSnapshot,
} from "../../fakes/excel";

export interface User {
  readonly fake: FakeExcel;
  readonly port: WorkbookPort;
  /** runs one port call with this user's Excel as the global one */
  run<T>(call: (port: WorkbookPort) => Promise<T>): Promise<T>;
}

const bag = globalThis as unknown as { Excel?: unknown };

export function userOf(book: FakeWorkbook): User {
  const fake = createFakeExcel(book);
  const port = createExcelPort();
  return {
    fake,
    port,
    run<T>(call: (p: WorkbookPort) => Promise<T>): Promise<T> {
      const before = bag.Excel;
      bag.Excel = fake.Excel;
      try {
        // Excel.run is entered synchronously, so the batch keeps this user's Excel
        return call(port);
      } finally {
        bag.Excel = before;
      }
    },
  };
}

export function freshBook(): { book: FakeWorkbook; user: User } {
  const book = new FakeWorkbook();
  return { book, user: userOf(book) };
}

/** A prepared workbook with the sample in it, and stats reset. */
export async function sampleBook(): Promise<{ book: FakeWorkbook; user: User }> {
  const { book, user } = freshBook();
  await user.run((p) => p.loadSample());
  user.fake.resetStats();
  return { book, user };
}

/** Round trips and the largest payloads of what ran since the last reset. */
export function syncs(user: User): number {
  return user.fake.stats().syncs;
}

export function calls(user: User, name: string): number {
  return user.fake.stats().calls[name] ?? 0;
}

export function sheetOf(snap: WorkbookSnapshot, name: string): WorkbookSnapshot["sheets"][number] {
  const sheet = snap.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
