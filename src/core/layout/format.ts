/** Small text formatters for the printed sheets (Italian conventions). */
import type { Month, Percent } from "../model/types";
import type { Lang } from "../text/lang";
import { FONT, SIZE_TEXT } from "./styles";

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

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `YYYY-MM` → "aprile 2021" ("April 2021" with `lang` "en"). */
export function meseIt(month: Month | string, lang: Lang = "it"): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const name = (lang === "en" ? MONTHS : MESI)[Number(m[2]) - 1];
  return name ? `${name} ${m[1]}` : month;
}

/** "50%" or "33,3%": one decimal only when needed, Italian comma ("33.3%" with `lang` "en"). */
export function percentText(value: Percent, lang: Lang = "it"): string {
  const rounded = Math.round(value * 10) / 10;
  const text = String(rounded);
  return `${lang === "en" ? text : text.replace(".", ",")}%`;
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

/**
 * Page header and footer of a printed sheet: ente, title (bold) and page number above, date
 * and PEG year below. Each section opens with the body's font and size, or Excel and
 * LibreOffice would use their own default (Calibri 11, Carlito), unlike the sheet. The size
 * code comes before the font, so a section starting with a digit stays text.
 */
export function headerFooter(
  ente: string,
  title: string,
  dataElaborazione: string | null,
  anno: number,
): { header: string; footer: string } {
  const font = `&${SIZE_TEXT}&"${FONT},Regular"`;
  const left = ente === "" ? "" : `&L${font}${headerText(ente)}`;
  return {
    header: `${left}&C${font}&B${headerText(title)}&B&R${font}Pagina &P di &N`,
    footer: `&L${font}Data elaborazione ${dataIt(dataElaborazione)}&R${font}PEG ${anno}`,
  };
}
