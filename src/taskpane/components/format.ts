/** Small text helpers of the views: templates, percentages, months, error details. */
import type { Month } from "../../core/model/types";
import { formatNumberIt } from "../../core/text/numbers";
import { plural, type Plural } from "../../core/text/plural";

/** fills "{name}" placeholders of a translated template */
export function fmt(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** fills the form of a counted message that agrees with `count` ("1 errore", "3 errori") */
export function fmtCount(
  forms: Plural,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fmt(plural(count, forms), { count, ...values });
}

/** "3.500,5" (the core's Italian format) or "3,500.5" (English) */
export function formatNumber(value: number, locale: string): string {
  return locale === "it-IT"
    ? formatNumberIt(value)
    : value.toLocaleString(locale, { maximumFractionDigits: 6 });
}

/** "45,5%" (Italian) or "45.5%" (English); a dash when nothing is measured */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value == null || !Number.isFinite(value)) return "—";
  const rounded = Math.round(value * 10) / 10;
  return `${formatNumber(rounded === 0 ? 0 : rounded, locale)}%`;
}

/** "aprile 2021" / "April 2021"; the month text itself when it is not a valid month */
export function monthLabel(month: Month | string, locale: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return date.toLocaleDateString(locale, { month: "long", year: "numeric", timeZone: "UTC" });
}

/** the twelve months of a plan year */
export function monthsOf(year: number): Month[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}` as Month);
}

/** the first words of a long description, cut at a word boundary */
export function shortText(text: string, max = 90): string {
  const s = text.trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** what went wrong, in the words of whoever threw it, never the stack */
export function errorDetail(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return "";
}

/** true when an operation stopped because its AbortSignal fired */
export function isAbort(error: unknown): boolean {
  // a DOMException is not an Error in every browser: look at the name only
  return (
    typeof error === "object" && error !== null && "name" in error && error.name === "AbortError"
  );
}
