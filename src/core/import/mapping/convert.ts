/**
 * A source value -> the value of a table column. What the column cannot take (a tipo
 * outside the list, "n.d." in a number column) is kept as the source's text, for `verifica`
 * to report at its cell; only empty means empty.
 */
import type { CellValue } from "../../schema/raw";
import type { ColumnDef } from "../../schema/types";
import { emptyValue, isEmptyCell, parseCell, textOf } from "../../parse/cells";
import { parseNumberText } from "../../text/numbers";
import { keepLines, oneLine } from "../text";
import type { ImportValue } from "../types";

export type DecimalSeparator = "," | ".";

/** Text columns where a line break is part of the text. */
const MULTILINE = new Set([
  "statoAttuazione",
  "modalitaAttuazione",
  "note",
  "motivoNonValutabile",
  "motivazioneForzatura",
]);

/** "1.234,5", "12,5", and three or more groups "1.234.567": only Italian numbers read so */
const ITALIAN = [
  /^-?\d{1,3}(\.\d{3})+,\d+$/,
  /^-?\d+,(\d{1,2}|\d{4,})$/,
  /^-?\d{1,3}(\.\d{3}){2,}$/,
];
/** "1,234.5", "12.5", "1,234,567" */
const ENGLISH = [
  /^-?\d{1,3}(,\d{3})+\.\d+$/,
  /^-?\d+\.(\d{1,2}|\d{4,})$/,
  /^-?\d{1,3}(,\d{3}){2,}$/,
];

function numberText(text: string): string {
  return text
    .replace(/[\s\u00a0]/g, "")
    .replace(/%$/, "")
    .replace(/^€|€$/g, "");
}

/**
 * The decimal separator of the numbers written as text in a file, from a sample of its
 * cells: the one the unambiguous numbers use ("12,5" or "12.5"; "1.234" could be either).
 * Italian when the sample does not tell.
 */
export function detectDecimalSeparator(cells: Iterable<CellValue>): DecimalSeparator {
  let italian = 0;
  let english = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const s = numberText(cell);
    if (ITALIAN.some((re) => re.test(s))) italian++;
    else if (ENGLISH.some((re) => re.test(s))) english++;
  }
  return english > italian ? "." : ",";
}

/** A number written as text with the given decimal separator; null when it is not one. */
export function readNumber(text: string, decimal: DecimalSeparator): number | null {
  let s = numberText(text);
  if (decimal === ",") return parseNumberText(s)?.value ?? null;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : null;
}

/** Values people write for the list columns whose canonical spelling is less obvious. */
const SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  unita: {
    "%": "percentuale",
    perc: "percentuale",
    "perc.": "percentuale",
    percento: "percentuale",
    n: "numero",
    "n.": "numero",
    nr: "numero",
    "nr.": "numero",
    num: "numero",
    "num.": "numero",
    "sì/no": "si/no",
    "si-no": "si/no",
    booleano: "si/no",
  },
  polarita: {
    "+": "crescente",
    "-": "decrescente",
    "più è meglio": "crescente",
    "meno è meglio": "decrescente",
  },
};

function textValue(col: ColumnDef, raw: CellValue): string {
  const text = typeof raw === "string" ? raw : textOf(raw);
  return MULTILINE.has(col.key) ? keepLines(text) : oneLine(text);
}

function withScale(n: number, scala: number | null): number {
  // 0.145 * 100 is 14.499999999999998: keep the digits the source has
  return scala === null ? n : Number((n * scala).toPrecision(12));
}

/**
 * `raw` (a CSV field, or a cell as the .xlsx reader gives it) as the value of column `col`;
 * `scala` multiplies numbers.
 */
export function convertValue(
  col: ColumnDef,
  raw: CellValue,
  decimal: DecimalSeparator,
  scala: number | null = null,
): ImportValue {
  if (isEmptyCell(raw)) return emptyValue(col);
  if (col.type === "text") return textValue(col, raw);
  const text = oneLine(textOf(raw));
  if (col.type === "number" || col.type === "percent" || col.type === "integer") {
    const n = typeof raw === "number" ? raw : readNumber(text, decimal);
    return n === null ? text : withScale(n, scala);
  }
  if (col.type === "enum") {
    const synonym = SYNONYMS[col.key]?.[text.toLowerCase()];
    if (synonym !== undefined) return synonym;
  }
  // a date exported by a database carries a time of midnight: "2024-03-31 00:00:00"
  const cell =
    col.type === "date" && typeof raw === "string"
      ? text.replace(/[ T]00:00(:00(\.0+)?)?Z?$/, "")
      : raw;
  const out = parseCell(col, cell);
  if (out.issue?.severity === "error") return text;
  return out.value;
}
