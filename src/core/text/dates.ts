/**
 * Dates and months, the one home: between Excel and the model, as Italian text, and in whole
 * days for the formulas. Excel stores a date as a serial number of days in the 1900 date
 * system; the model keeps ISO `YYYY-MM-DD` strings. All arithmetic is in UTC so the user's
 * time zone can never move a date by one day (only the user's clock, `local*`, is local).
 *
 * Excel counts 29/02/1900, a day that never existed (kept for Lotus 1-2-3 compatibility):
 * serials 1–59 are 01/01/1900–28/02/1900, 60 is the fake 29/02/1900, 61 is 01/03/1900.
 */
import type { IsoDate, Month } from "../model/types";
import type { Lang } from "./lang";

const DAY_MS = 86_400_000;
/** day 0 for serials ≥ 61: 30/12/1899, which absorbs the fake leap day */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** serial of 31/12/9999, the last date Excel accepts */
export const MAX_DATE_SERIAL = 2_958_465;
/** the serial of the day that does not exist */
export const FAKE_LEAP_DAY_SERIAL = 60;
/** Days between serial 0 of the 1900 date system and of the 1904 one (old Mac workbooks). */
export const DAYS_1904 = 1462;

/** A date serial of the 1900 system as a workbook in the 1904 system stores it. */
export function serialForBook(serial: number, date1904: boolean): number {
  return date1904 ? serial - DAYS_1904 : serial;
}

/**
 * Remembers a pure function's results: a workbook holds few distinct dates, read thousands of
 * times. Bounded, so a long-running pane never grows it without limit.
 */
function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const known = new Map<K, V>();
  return (k) => {
    if (known.has(k)) return known.get(k) as V;
    if (known.size >= 4096) known.clear();
    const v = f(k);
    known.set(k, v);
    return v;
  };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function isoFromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` as IsoDate;
}

function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

/** Builds an IsoDate from its parts, or null when the date does not exist (31/02, month 13). */
export function makeIsoDate(year: number, month1: number, day: number): IsoDate | null {
  if (![year, month1, day].every(Number.isInteger)) return null;
  if (year < 1900 || year > 9999 || month1 < 1 || month1 > 12) return null;
  if (day < 1 || day > daysInMonth(year, month1)) return null;
  return `${pad(year, 4)}-${pad(month1)}-${pad(day)}` as IsoDate;
}

/** True for a real calendar date written exactly as `YYYY-MM-DD`. */
export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === "string" && validIso(s);
}

const validIso = memo((s: string): boolean => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && makeIsoDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
});

/**
 * The date of an Excel serial; a time fraction is ignored. Null for serials that are not a
 * date: below 1, the fake 29/02/1900, beyond 31/12/9999, not finite.
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  return dayToIso(Math.floor(serial));
}

const dayToIso = memo((day: number): IsoDate | null => {
  if (day < 1 || day > MAX_DATE_SERIAL || day === FAKE_LEAP_DAY_SERIAL) return null;
  const offset = day < FAKE_LEAP_DAY_SERIAL ? day + 1 : day;
  return isoFromUtc(EPOCH_MS + offset * DAY_MS);
});

/** The Excel serial of an ISO date, or null when the text is not a valid date. */
export function isoToSerial(iso: string): number | null {
  if (!isIsoDate(iso)) return null;
  const [y, m, d] = iso.split("-").map(Number);
  const days = Math.round((Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS);
  return days < FAKE_LEAP_DAY_SERIAL + 1 ? days - 1 : days;
}

/**
 * Reads a date typed as text: "31/12/2021", "31-12-2021", "31.12.2021", "1/2/2021" (day first,
 * as in Italy) or ISO "2021-12-31". Two-digit years are refused: the century would be a guess.
 */
export function parseDateText(text: string): IsoDate | null {
  const s = text.trim();
  const it = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (it) return makeIsoDate(Number(it[4]), Number(it[3]), Number(it[1]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return makeIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

/** "2021-12-31" -> "31/12/2021"; any other text is returned unchanged. */
export function formatDateIt(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** A date as each language reads it: "31/12/2021" in Italian, "2021-12-31" in English. */
export function formatDate(iso: string, lang: Lang): string {
  return lang === "en" ? iso : formatDateIt(iso);
}

/** Excel serial (date + fraction of day) -> "YYYY-MM-DDTHH:mm:ss", rounded to the second. */
export function serialToDateTime(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const seconds = Math.round(serial * 86_400);
  const day = Math.floor(seconds / 86_400);
  const date = serialToIso(day);
  if (date === null) return null;
  const rest = seconds - day * 86_400;
  const time = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor(rest / 60) % 60)}:${pad(rest % 60)}`;
  return `${date}T${time}`;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "YYYY-MM-DDTHH:mm[:ss]" -> Excel serial, or null when not a valid date-time. */
export function dateTimeToSerial(text: string): number | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const day = isoToSerial(m[1]);
  const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (day === null || h > 23 || min > 59 || sec > 59) return null;
  return day + (h * 3600 + min * 60 + sec) / 86_400;
}

/**
 * Reads a date-time typed as text: ISO "2021-04-30T10:15[:00]" or Italian
 * "30/04/2021 10:15[:00]"; returns the ISO form with seconds, or null.
 */
export function parseDateTimeText(text: string): string | null {
  const s = text.trim().replace(" ", "T");
  const it = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})T(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  const iso = it
    ? `${parseDateText(it[1]) ?? "x"}T${pad(Number(it[2]))}:${it[3]}:${it[4] ?? "00"}`
    : s;
  const serial = dateTimeToSerial(iso);
  return serial === null ? null : serialToDateTime(serial);
}

// ---- months -------------------------------------------------------------------------------

/** True for `YYYY-MM` with a month from 01 to 12. */
export function isMonth(s: unknown): s is Month {
  return typeof s === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}

/** Reads "2021-04", "2021-4", "04/2021" or "4-2021" as a month; null otherwise. */
export function parseMonthText(text: string): Month | null {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(s);
  const it = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  const [year, month] = iso ? [iso[1], iso[2]] : it ? [it[2], it[1]] : [null, null];
  if (year === null || month === null) return null;
  const candidate = `${year}-${pad(Number(month))}`;
  return isMonth(candidate) && Number(year) >= 1900 ? candidate : null;
}

/** The month of an ISO date: "2021-04-30" -> "2021-04". */
export function monthOf(iso: IsoDate): Month {
  return iso.slice(0, 7) as Month;
}

export function firstDayOfMonth(month: Month): IsoDate {
  return `${month}-01` as IsoDate;
}

/** the last day of a `YYYY-MM` month; null when the month is not valid */
export function lastDayOfMonth(month: string): IsoDate | null {
  if (!isMonth(month)) return null;
  const [y, m] = month.split("-").map(Number);
  return `${month}-${pad(daysInMonth(y, m))}` as IsoDate;
}

// ---- days and the user's clock ------------------------------------------------------------

/**
 * Day number (days since 1970-01-01) of a valid ISO date, for arithmetic in whole days;
 * null for anything else (2021-02-30 included, which Date.UTC would roll over silently).
 */
export function dayNumber(iso: string | null): number | null {
  return iso == null ? null : isoDay(iso);
}

const isoDay = memo((iso: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return Math.round(t / DAY_MS);
});

/** the user's local calendar date of `now` */
export function localIsoDate(now: Date): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

/** local date-time `YYYY-MM-DDTHH:mm:ss`, as the log stores it */
export function localTimestamp(now: Date): string {
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  return `${localIsoDate(now)}T${time}`;
}
