import fc from "fast-check";
import {
  MAX_DATE_SERIAL,
  dateTimeToSerial,
  formatDateIt,
  isIsoDate,
  isoToSerial,
  lastDayOfMonth,
  parseDateText,
  parseDateTimeText,
  parseMonthText,
  serialToDateTime,
  serialToIso,
} from "../../../src/core/text/dates";
import type { Month } from "../../../src/core/model/types";

describe("Excel serial <-> ISO date", () => {
  it.each<[number, string | null]>([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, null], // the 29/02/1900 that never existed
    [61, "1900-03-01"],
    [44197, "2021-01-01"],
    [44561, "2021-12-31"],
    [44561.75, "2021-12-31"],
    [MAX_DATE_SERIAL, "9999-12-31"],
    [0, null],
    [-5, null],
    [MAX_DATE_SERIAL + 1, null],
    [Number.NaN, null],
  ])("serial %p -> %p", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    if (iso !== null && Number.isInteger(serial)) expect(isoToSerial(iso)).toBe(serial);
  });

  it("round-trips every serial except the fake leap day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_DATE_SERIAL }), (serial) => {
        fc.pre(serial !== 60);
        const iso = serialToIso(serial);
        expect(iso).not.toBeNull();
        expect(isoToSerial(iso as string)).toBe(serial);
      }),
    );
  });

  it("keeps consecutive days consecutive around the fake leap day", () => {
    expect(isoToSerial("1900-03-01")! - isoToSerial("1900-02-28")!).toBe(2);
    expect(isoToSerial("2021-03-01")! - isoToSerial("2021-02-28")!).toBe(1);
  });

  it("refuses strings that are not real dates", () => {
    for (const s of ["2021-02-29", "2021-13-01", "2021-1-01", "31/12/2021", ""]) {
      expect(isoToSerial(s)).toBeNull();
      expect(isIsoDate(s)).toBe(false);
    }
    expect(isIsoDate("2024-02-29")).toBe(true);
  });
});

describe("parseDateText", () => {
  it.each<[string, string | null]>([
    ["31/12/2021", "2021-12-31"],
    ["31-12-2021", "2021-12-31"],
    ["31.12.2021", "2021-12-31"],
    ["1/2/2021", "2021-02-01"],
    [" 2021-12-31 ", "2021-12-31"],
    ["2021-2-1", "2021-02-01"],
    ["31/02/2021", null],
    ["29/02/2021", null],
    ["29/02/2024", "2024-02-29"],
    ["31/12/21", null],
    ["12/31/2021", null],
    ["31/12-2021", null],
    ["oggi", null],
  ])("%j -> %p", (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it("formats ISO dates the Italian way", () => {
    expect(formatDateIt("2021-12-31")).toBe("31/12/2021");
    expect(formatDateIt("non una data")).toBe("non una data");
  });
});

describe("date-times", () => {
  it.each<[number, string]>([
    [44316.4270833333, "2021-04-30T10:15:00"],
    [44316, "2021-04-30T00:00:00"],
    [44316.99998, "2021-04-30T23:59:58"],
    [44316.9999999, "2021-05-01T00:00:00"],
  ])("serial %p -> %p", (serial, text) => {
    expect(serialToDateTime(serial)).toBe(text);
  });

  it("round-trips to the second", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61 * 86400, max: MAX_DATE_SERIAL * 86400 - 1 }), (secs) => {
        const text = serialToDateTime(secs / 86400);
        expect(text).not.toBeNull();
        const back = dateTimeToSerial(text as string);
        expect(Math.round((back as number) * 86400)).toBe(secs);
      }),
    );
  });

  it.each<[string, string | null]>([
    ["30/04/2021 10:15", "2021-04-30T10:15:00"],
    ["2021-04-30T10:15:30", "2021-04-30T10:15:30"],
    ["2021-04-30 10:15", "2021-04-30T10:15:00"],
    ["30/04/2021 25:00", null],
    ["31/04/2021 10:00", null],
  ])("parses %j", (text, expected) => {
    expect(parseDateTimeText(text)).toBe(expected);
  });
});

describe("months", () => {
  it.each<[string, string | null]>([
    ["2021-04", "2021-04"],
    ["2021-4", "2021-04"],
    ["04/2021", "2021-04"],
    ["4-2021", "2021-04"],
    ["2021-13", null],
    ["2021-00", null],
    ["aprile", null],
  ])("%j -> %p", (text, month) => {
    expect(parseMonthText(text)).toBe(month);
  });

  it.each<[string, string]>([
    ["2021-02", "2021-02-28"],
    ["2024-02", "2024-02-29"],
    ["2021-04", "2021-04-30"],
    ["2021-12", "2021-12-31"],
  ])("last day of %s is %s", (month, iso) => {
    expect(lastDayOfMonth(month as Month)).toBe(iso);
  });
});
