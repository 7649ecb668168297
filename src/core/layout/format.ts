/** Small text formatters for the printed sheets (Italian conventions). */
import type { Month, Percent } from "../model/types";

/** number formats written on numeric cells (codes are stored locale-independent) */
export const FMT_DECIMAL = "#,##0.00";
export const FMT_PERCENT = '0.0"%"';

const MESI = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre",
];

/** `YYYY-MM-DD` → `DD/MM/YYYY`; anything else is returned unchanged, null → "". */
export function dataIt(iso: string | null): string {
  if (iso === null) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** `YYYY-MM` → "aprile 2021". */
export function meseIt(month: Month | string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const name = MESI[Number(m[2]) - 1];
  return name ? `${name} ${m[1]}` : month;
}

/** "50%" or "33,3%": one decimal only when needed, Italian comma. */
export function percentText(value: Percent): string {
  const rounded = Math.round(value * 10) / 10;
  return `${String(rounded).replace(".", ",")}%`;
}

export const BAR_CELLS = 20;

/**
 * A bar made of characters, so it prints in black and white and needs no colour to read:
 * one full block per 5 %, rounded down (99 % never looks complete).
 */
export function textBar(value: Percent, cells = BAR_CELLS): string {
  const clamped = Math.min(100, Math.max(0, value));
  const full = Math.floor((clamped / 100) * cells + 1e-9);
  return "█".repeat(full) + "░".repeat(cells - full);
}

/** Literal text for an Excel header/footer: a lone & starts a code, so it is doubled. */
export function headerText(value: string): string {
  return value.replace(/&/g, "&&");
}
