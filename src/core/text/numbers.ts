/**
 * Numbers as Italian users type them: "3.500,00", "90%", "1,5", "€ 1.200". Used when a number
 * cell holds text (the cell was formatted as text, or the value was pasted from a document).
 */
import type { Lang } from "./lang";

export interface ParsedNumber {
  readonly value: number;
  /** the text ended with "%" ("90%" is read as 90, on the 0–100 scale) */
  readonly percent: boolean;
}

/** Italian grouping: 1 to 3 digits, then groups of 3 after dots; optional decimal comma. */
const ITALIAN = /^\d{1,3}(\.\d{3})+(,\d+)?$/;
/** Plain digits with a decimal comma ("1,5", "3500,00") or none ("12"). */
const COMMA_DECIMAL = /^\d+(,\d+)?$/;
/** Plain digits with a decimal point: read as a decimal only when it cannot be grouping. */
const DOT_DECIMAL = /^\d*\.\d+$/;

/**
 * Reads a number written as text. Returns null when the text is not unambiguously a number.
 *
 * A dot followed by exactly three digits is thousands grouping ("3.500" is 3500), as an
 * Italian user means it; "3500.5" and "3.5" have no other reading and are decimals.
 * Mixed English grouping ("1,234.5") is refused rather than guessed.
 */
export function parseNumberText(text: string): ParsedNumber | null {
  // \s covers the non-breaking spaces word processors put around numbers; spaces inside the
  // digits are refused ("1 2" is not twelve)
  let s = text.trim();
  const percent = s.endsWith("%");
  s = s.replace(/\s*%$/, "").replace(/^€\s*/, "").replace(/\s*€$/, "");
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    sign = s.startsWith("-") ? -1 : 1;
    s = s.slice(1).trimStart();
  }
  const value = unsigned(s);
  if (value === null) return null;
  // avoid -0 so that "-0" compares equal to 0 everywhere
  return { value: value === 0 ? 0 : sign * value, percent };
}

function unsigned(s: string): number | null {
  if (ITALIAN.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (COMMA_DECIMAL.test(s)) return Number(s.replace(",", "."));
  if (DOT_DECIMAL.test(s) && !/^\d{1,3}\.\d{3}$/.test(s)) return Number(s);
  return null;
}

/** How each language separates thousands and decimals. */
const SEPARATORS: Record<Lang, { readonly group: string; readonly decimal: string }> = {
  it: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * Formats a number for messages in `lang`: "3.500,5" in Italian, "3,500.5" in English.
 * `decimals` fixes the number of decimals; otherwise up to 6 are shown, trailing zeros dropped.
 */
export function formatNumber(n: number, lang: Lang, decimals?: number): string {
  // toFixed switches to exponent notation from 1e21 on: no grouping to do there
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const { group, decimal } = SEPARATORS[lang];
  const fixed = decimals === undefined ? trimZeros(n.toFixed(6)) : n.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = frac ? `${grouped}${decimal}${frac}` : grouped;
  // "-0" after rounding (e.g. -0.0000001) reads as zero
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** The Italian way: "3.500,5", "-0,25", "1.234.567". */
export function formatNumberIt(n: number, decimals?: number): string {
  return formatNumber(n, "it", decimals);
}

/** The English way: "3,500.5", "-0.25", "1,234,567". */
export function formatNumberEn(n: number, decimals?: number): string {
  return formatNumber(n, "en", decimals);
}

function trimZeros(s: string): string {
  return s.includes(".") ? s.replace(/\.?0+$/, "") : s;
}
