/** Calendar helpers on ISO strings, in whole days, with no time zone involved. */
import type { IsoDate, Month } from "../model/types";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** day number (days since 1970-01-01) of a valid ISO date; null for anything else */
export function dayNumber(iso: string | null): number | null {
  if (iso == null) return null;
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // rejects 2021-02-30 and the like, which Date.UTC would roll over silently
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return Math.round(t / 86_400_000);
}

export function isIsoDate(v: unknown): v is IsoDate {
  return typeof v === "string" && dayNumber(v) !== null;
}

export function isMonth(v: unknown): v is Month {
  if (typeof v !== "string") return false;
  const m = ISO_MONTH.exec(v);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** last day of a `YYYY-MM` month as ISO date; null when the month is not valid */
export function lastDayOfMonth(month: string): IsoDate | null {
  if (!isMonth(month)) return null;
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}` as IsoDate;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** the user's local calendar date of `now` */
export function localIsoDate(now: Date): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

/** local date-time `YYYY-MM-DDTHH:mm:ss`, as the log stores it */
export function localTimestamp(now: Date): string {
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  return `${localIsoDate(now)}T${time}`;
}
