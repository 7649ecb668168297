/**
 * One cell, exactly as Excel returns it, read by its column type. Never throws: a value that
 * does not fit gives an issue (what is wrong and what to write) and the empty value.
 */
import type { CellLook, CellValue } from "../schema/raw";
import type { ColumnDef } from "../schema/types";
import type { ProposedFix, Severity } from "../verifica/problem";
import { formatNumberIt, parseNumberText } from "../text/numbers";
import {
  dateTimeToSerial,
  formatDateIt,
  isoToSerial,
  monthOf,
  parseDateText,
  parseDateTimeText,
  parseMonthText,
  serialToDateTime,
  serialToIso,
} from "../text/dates";

/** What `Range.values` gives for a cell holding an error. */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#FIELD!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

export interface CellIssue {
  readonly severity: Severity;
  /** last part of the rule id, e.g. "non-numero" in "fasi.peso.non-numero" */
  readonly kind: string;
  /** Italian text after the cell reference: what is wrong, then what to do */
  readonly text: string;
  readonly fix?: ProposedFix;
}

export interface CellOutcome {
  /** the model value: string, number, boolean or null according to the column type */
  readonly value: string | number | boolean | null;
  readonly issue?: CellIssue;
}

export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A cell value shown inside a message: text in «» (Italian quotes), numbers the Italian way. */
export function showValue(v: CellValue): string {
  if (typeof v === "number") return formatNumberIt(v);
  if (typeof v === "boolean") return v ? "VERO" : "FALSO";
  return `«${String(v).slice(0, 60)}${String(v).length > 60 ? "…" : ""}»`;
}

/** 0.14 -> 14, without the float noise of the product (0.145 * 100 = 14.499999999999998). */
function fromPercent(n: number): number {
  return Number((n * 100).toPrecision(12));
}

/** A code or text Excel turned into a date when it was typed (e.g. "1-5" or "2021-05"). */
function dateAsText(serial: number): CellOutcome {
  const iso = serialToIso(serial);
  const shown = iso === null ? String(serial) : formatDateIt(iso);
  return {
    value: shown,
    issue: {
      severity: "warning",
      kind: "data-testo",
      text: `Excel ha trasformato in data quello che era stato scritto: si legge «${shown}». Se non è una data, riscriverlo nella cella formattata come testo.`,
      fix: { value: shown, label: `Scrivi «${shown}» come testo` },
    },
  };
}

function bad(kind: string, text: string, empty: CellOutcome["value"] = null): CellOutcome {
  return { value: empty, issue: { severity: "error", kind, text } };
}

/** The value for an empty cell of this column. */
export function emptyValue(col: ColumnDef): CellOutcome["value"] {
  if (col.type === "text") return "";
  if (col.type === "flag") return false;
  return null;
}

/**
 * `look`: what the file says of the cell (see `CellLook`). A percent-formatted number means
 * the percentage it shows (0.14 shown as 14 % is 14, the scale of every percentage here); a
 * date where text was expected is read as the date Excel shows; a formula never calculated
 * has no value to read.
 */
export function parseCell(
  col: ColumnDef,
  raw: CellValue | undefined,
  look?: CellLook,
): CellOutcome {
  if (look === "uncalculated") {
    return bad(
      "formula-non-calcolata",
      "la cella contiene una formula mai calcolata (il file è stato scritto da un programma che " +
        "non calcola le formule). Aprire il file in Excel o LibreOffice, salvarlo e ripetere.",
      emptyValue(col),
    );
  }
  if (isEmptyCell(raw)) return { value: emptyValue(col) };
  const v = look === "percent" && typeof raw === "number" ? fromPercent(raw) : (raw as CellValue);
  if (look === "date" && typeof v === "number" && col.type === "text") return dateAsText(v);
  if (typeof v === "string" && EXCEL_ERRORS.has(v.trim().toUpperCase())) {
    const kept = col.type === "text" ? v : emptyValue(col);
    return bad(
      "errore-excel",
      `la cella contiene l'errore ${v.trim()}. Correggere la formula o scrivere il valore.`,
      kept,
    );
  }
  switch (col.type) {
    case "text":
      return { value: textOf(v) };
    case "number":
    case "percent":
    case "integer":
      return numeric(col, v);
    case "date":
      return date(v);
    case "datetime":
      return dateTime(v);
    case "enum":
      return enumeration(col, v);
    case "flag":
      return flag(v);
    case "month":
      return month(v);
  }
}

/** Numbers and booleans in a text column become the text Excel shows (Italian Excel: VERO). */
export function textOf(v: CellValue): string {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "VERO" : "FALSO";
  return String(v ?? "").trim();
}

function numberHint(col: ColumnDef): string {
  if (col.type === "integer") {
    return col.min !== undefined && col.min >= 1900
      ? "Scrivere un anno a quattro cifre, es. 2021."
      : "Scrivere un numero intero, es. 1, 2, 3.";
  }
  if (col.min !== undefined && col.max !== undefined)
    return `Scrivere un numero da ${formatNumberIt(col.min)} a ${formatNumberIt(col.max)}.`;
  if (col.min !== undefined) return `Scrivere un numero da ${formatNumberIt(col.min)} in su.`;
  return "Scrivere un numero, es. 3.500,50.";
}

function numeric(col: ColumnDef, v: CellValue): CellOutcome {
  let n: number | null = null;
  let fromText = false;
  if (typeof v === "number") n = Number.isFinite(v) ? v : null;
  else if (typeof v === "string") {
    n = parseNumberText(v)?.value ?? null;
    fromText = true;
  }
  if (n === null) return bad("non-numero", `${showValue(v)} non è un numero. ${numberHint(col)}`);
  if (col.type === "integer" && !Number.isInteger(n))
    return bad("non-intero", `${showValue(v)} non è un numero intero. ${numberHint(col)}`);
  if (!fromText) return { value: n };
  const shown = formatNumberIt(n);
  return {
    value: n,
    issue: {
      severity: "warning",
      kind: "testo-numero",
      text: `il numero è scritto come testo (${showValue(v)}) ed è letto come ${shown}. Scriverlo come numero.`,
      fix: { value: n, label: `Scrivi ${shown}` },
    },
  };
}

const DATE_HINT = "Scrivere la data come gg/mm/aaaa, es. 31/12/2021.";

function date(v: CellValue): CellOutcome {
  if (typeof v === "number") {
    const iso = serialToIso(v);
    return iso
      ? { value: iso }
      : bad("non-data", `${showValue(v)} non è una data valida. ${DATE_HINT}`);
  }
  const iso = typeof v === "string" ? parseDateText(v) : null;
  const serial = iso === null ? null : isoToSerial(iso);
  if (iso === null || serial === null)
    return bad("non-data", `${showValue(v)} non è una data valida. ${DATE_HINT}`);
  const shown = formatDateIt(iso);
  return {
    value: iso,
    issue: {
      severity: "warning",
      kind: "testo-data",
      text: `la data è scritta come testo (${showValue(v)}) ed è letta come ${shown}. Scriverla come data.`,
      fix: { value: serial, label: `Scrivi ${shown}` },
    },
  };
}

function dateTime(v: CellValue): CellOutcome {
  const hint = "Scrivere data e ora come gg/mm/aaaa hh:mm.";
  if (typeof v === "number") {
    const text = serialToDateTime(v);
    return text ? { value: text } : bad("non-data", `${showValue(v)} non è una data. ${hint}`);
  }
  const text = typeof v === "string" ? parseDateTimeText(v) : null;
  const serial = text === null ? null : dateTimeToSerial(text);
  if (text === null || serial === null)
    return bad("non-data", `${showValue(v)} non è una data con ora. ${hint}`);
  return {
    value: text,
    issue: {
      severity: "warning",
      kind: "testo-data",
      text: `data e ora sono scritte come testo (${showValue(v)}). Scriverle come data.`,
      fix: { value: serial, label: "Scrivi come data" },
    },
  };
}

/** Compares enum spellings ignoring case, accents, apostrophes and spaces. */
export function enumKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’`\s]/g, "")
    .toLowerCase();
}

/** comparison key -> canonical spelling, per list of allowed values */
const enumIndex = new WeakMap<readonly string[], Map<string, string>>();

function canonical(allowed: readonly string[], v: CellValue): string | undefined {
  let index = enumIndex.get(allowed);
  if (!index) {
    index = new Map(allowed.map((a) => [enumKey(a), a]));
    enumIndex.set(allowed, index);
  }
  return index.get(enumKey(textOf(v)));
}

function enumeration(col: ColumnDef, v: CellValue): CellOutcome {
  const allowed = col.allowed ?? [];
  const match = canonical(allowed, v);
  if (match !== undefined) return { value: match };
  return bad(
    "non-ammesso",
    `${showValue(v)} non è un valore ammesso. Scegliere tra: ${allowed.join(", ")}.`,
  );
}

/** what people type, plus what Italian Excel shows for booleans (VERO/FALSO) */
const YES = new Set(["si", "sì", "vero", "true", "1"]);
const NO = new Set(["no", "falso", "false", "0"]);

/** si/no (and VERO/FALSO, 1/0) as a boolean; null when it is neither. */
export function flagOf(v: CellValue): boolean | null {
  if (typeof v === "boolean") return v;
  const s = typeof v === "number" ? String(v) : String(v).trim().toLowerCase();
  return YES.has(s) ? true : NO.has(s) ? false : null;
}

function flag(v: CellValue): CellOutcome {
  const b = flagOf(v);
  if (b !== null) return { value: b };
  return bad("non-ammesso", `${showValue(v)} non è ammesso. Scrivere «si» o «no».`, false);
}

function month(v: CellValue): CellOutcome {
  const hint = "Scrivere il mese come AAAA-MM, es. 2021-04.";
  if (typeof v === "number") {
    // Excel turns "2021-04" typed in a non-text cell into the date 01/04/2021
    const iso = serialToIso(v);
    if (iso === null) return bad("non-mese", `${showValue(v)} non è un mese. ${hint}`);
    const m = monthOf(iso);
    return {
      value: m,
      issue: {
        severity: "warning",
        kind: "data-mese",
        text: `il mese è registrato come data (${formatDateIt(iso)}) ed è letto come ${m}. Scriverlo come testo AAAA-MM.`,
        fix: { value: m, label: `Scrivi ${m}` },
      },
    };
  }
  const m = typeof v === "string" ? parseMonthText(v) : null;
  if (m === null) return bad("non-mese", `${showValue(v)} non è un mese. ${hint}`);
  return { value: m };
}
