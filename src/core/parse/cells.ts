/**
 * One cell, exactly as Excel returns it, read by its column type. Never throws: a value that
 * does not fit gives an issue (what is wrong and what to write) and the empty value.
 */
import type { CellLook, CellValue } from "../schema/raw";
import type { ColumnDef } from "../schema/types";
import type { ProposedFix, Severity } from "../verifica/problem";
import type { Lang, Texts } from "../text/lang";
import { formatNumber, formatNumberEn, formatNumberIt, parseNumberText } from "../text/numbers";
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
  /** text after the cell reference, in the language asked: what is wrong, then what to do */
  readonly text: string;
  readonly fix?: ProposedFix;
}

export interface CellOutcome {
  /** the model value: string, number, boolean or null according to the column type */
  readonly value: string | number | boolean | null;
  readonly issue?: CellIssue;
}

/** An outcome with its issue in every language, before `parseCell` picks one. */
interface Outcome {
  readonly value: CellOutcome["value"];
  readonly issue?: Omit<CellIssue, "text" | "fix"> & {
    readonly text: Texts;
    readonly fix?: { readonly value: CellValue; readonly label: Texts };
  };
}

function inLang(out: Outcome, lang: Lang): CellOutcome {
  const issue = out.issue;
  if (!issue) return out as CellOutcome;
  const { fix, text, ...rest } = issue;
  const picked = { ...rest, text: text[lang] };
  return {
    value: out.value,
    issue: fix ? { ...picked, fix: { value: fix.value, label: fix.label[lang] } } : picked,
  };
}

export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * A cell value shown inside a message: text in «» in Italian, "" in English, numbers the way
 * the language writes them.
 */
export function showValue(v: CellValue, lang: Lang = "it"): string {
  if (typeof v === "number") return formatNumber(v, lang);
  if (typeof v === "boolean") return { it: v ? "VERO" : "FALSO", en: v ? "TRUE" : "FALSE" }[lang];
  const text = `${String(v).slice(0, 60)}${String(v).length > 60 ? "…" : ""}`;
  return lang === "en" ? `"${text}"` : `«${text}»`;
}

/** `showValue` in every language */
function shown(v: CellValue): Texts {
  return { it: showValue(v, "it"), en: showValue(v, "en") };
}

/** 0.14 -> 14, without the float noise of the product (0.145 * 100 = 14.499999999999998). */
function fromPercent(n: number): number {
  return Number((n * 100).toPrecision(12));
}

/** A code or text Excel turned into a date when it was typed (e.g. "1-5" or "2021-05"). */
function dateAsText(serial: number): Outcome {
  const iso = serialToIso(serial);
  const read = iso === null ? String(serial) : formatDateIt(iso);
  return {
    value: read,
    issue: {
      severity: "warning",
      kind: "data-testo",
      text: {
        it: `Excel ha trasformato in data quello che era stato scritto: si legge «${read}». Se non è una data, riscriverlo nella cella formattata come testo.`,
        en: `Excel turned what was typed into a date: it reads "${read}". If it is not a date, type it again in the cell formatted as text.`,
      },
      fix: {
        value: read,
        label: { it: `Scrivi «${read}» come testo`, en: `Write "${read}" as text` },
      },
    },
  };
}

function bad(kind: string, text: Texts, empty: CellOutcome["value"] = null): Outcome {
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
  lang: Lang = "it",
): CellOutcome {
  return inLang(read(col, raw, look), lang);
}

function read(col: ColumnDef, raw: CellValue | undefined, look?: CellLook): Outcome {
  if (look === "uncalculated") {
    return bad(
      "formula-non-calcolata",
      {
        it:
          "la cella contiene una formula mai calcolata (il file è stato scritto da un programma che " +
          "non calcola le formule). Aprire il file in Excel o LibreOffice, salvarlo e ripetere.",
        en:
          "the cell holds a formula never calculated (the file was written by a program that " +
          "does not calculate formulas). Open the file in Excel or LibreOffice, save it and repeat.",
      },
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
      {
        it: `la cella contiene l'errore ${v.trim()}. Correggere la formula o scrivere il valore.`,
        en: `the cell holds the error ${v.trim()}. Fix the formula or enter the value.`,
      },
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

function numberHint(col: ColumnDef): Texts {
  if (col.type === "integer") {
    return col.min !== undefined && col.min >= 1900
      ? {
          it: "Scrivere un anno a quattro cifre, es. 2021.",
          en: "Enter a four-digit year, e.g. 2021.",
        }
      : {
          it: "Scrivere un numero intero, es. 1, 2, 3.",
          en: "Enter a whole number, e.g. 1, 2, 3.",
        };
  }
  const { min, max } = col;
  if (min !== undefined && max !== undefined)
    return {
      it: `Scrivere un numero da ${formatNumberIt(min)} a ${formatNumberIt(max)}.`,
      en: `Enter a number from ${formatNumberEn(min)} to ${formatNumberEn(max)}.`,
    };
  if (min !== undefined)
    return {
      it: `Scrivere un numero da ${formatNumberIt(min)} in su.`,
      en: `Enter a number from ${formatNumberEn(min)} up.`,
    };
  return { it: "Scrivere un numero, es. 3.500,50.", en: "Enter a number, e.g. 3,500.50." };
}

/** "«x» non è …" / `"x" is not …`, then the hint: the common shape of an unreadable cell */
function notA(kind: string, v: CellValue, what: Texts, hint: Texts): Outcome {
  const s = shown(v);
  return bad(kind, {
    it: `${s.it} non è ${what.it}. ${hint.it}`,
    en: `${s.en} is not ${what.en}. ${hint.en}`,
  });
}

function numeric(col: ColumnDef, v: CellValue): Outcome {
  let n: number | null = null;
  let fromText = false;
  if (typeof v === "number") n = Number.isFinite(v) ? v : null;
  else if (typeof v === "string") {
    n = parseNumberText(v)?.value ?? null;
    fromText = true;
  }
  if (n === null)
    return notA("non-numero", v, { it: "un numero", en: "a number" }, numberHint(col));
  if (col.type === "integer" && !Number.isInteger(n))
    return notA("non-intero", v, { it: "un numero intero", en: "a whole number" }, numberHint(col));
  if (!fromText) return { value: n };
  const [s, it, en] = [shown(v), formatNumberIt(n), formatNumberEn(n)];
  return {
    value: n,
    issue: {
      severity: "warning",
      kind: "testo-numero",
      text: {
        it: `il numero è scritto come testo (${s.it}) ed è letto come ${it}. Scriverlo come numero.`,
        en: `the number is written as text (${s.en}) and read as ${en}. Enter it as a number.`,
      },
      fix: { value: n, label: { it: `Scrivi ${it}`, en: `Write ${en}` } },
    },
  };
}

const DATE_HINT: Texts = {
  it: "Scrivere la data come gg/mm/aaaa, es. 31/12/2021.",
  en: "Enter the date as dd/mm/yyyy, e.g. 31/12/2021.",
};
const VALID_DATE: Texts = { it: "una data valida", en: "a valid date" };

function date(v: CellValue): Outcome {
  if (typeof v === "number") {
    const iso = serialToIso(v);
    return iso ? { value: iso } : notA("non-data", v, VALID_DATE, DATE_HINT);
  }
  const iso = typeof v === "string" ? parseDateText(v) : null;
  const serial = iso === null ? null : isoToSerial(iso);
  if (iso === null || serial === null) return notA("non-data", v, VALID_DATE, DATE_HINT);
  const [s, read] = [shown(v), formatDateIt(iso)];
  return {
    value: iso,
    issue: {
      severity: "warning",
      kind: "testo-data",
      text: {
        it: `la data è scritta come testo (${s.it}) ed è letta come ${read}. Scriverla come data.`,
        en: `the date is written as text (${s.en}) and read as ${read}. Enter it as a date.`,
      },
      fix: { value: serial, label: { it: `Scrivi ${read}`, en: `Write ${read}` } },
    },
  };
}

function dateTime(v: CellValue): Outcome {
  const hint: Texts = {
    it: "Scrivere data e ora come gg/mm/aaaa hh:mm.",
    en: "Enter date and time as dd/mm/yyyy hh:mm.",
  };
  if (typeof v === "number") {
    const text = serialToDateTime(v);
    return text ? { value: text } : notA("non-data", v, { it: "una data", en: "a date" }, hint);
  }
  const text = typeof v === "string" ? parseDateTimeText(v) : null;
  const serial = text === null ? null : dateTimeToSerial(text);
  if (text === null || serial === null)
    return notA("non-data", v, { it: "una data con ora", en: "a date with time" }, hint);
  const s = shown(v);
  return {
    value: text,
    issue: {
      severity: "warning",
      kind: "testo-data",
      text: {
        it: `data e ora sono scritte come testo (${s.it}). Scriverle come data.`,
        en: `date and time are written as text (${s.en}). Enter them as a date.`,
      },
      fix: { value: serial, label: { it: "Scrivi come data", en: "Write as a date" } },
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

interface EnumIndex {
  /** comparison key -> canonical spelling */
  readonly byKey: ReadonlyMap<string, string>;
  /** text as written -> its canonical spelling (or none): a column repeats a few spellings */
  readonly seen: Map<string, string | undefined>;
}

/** per list of allowed values */
const enumIndex = new WeakMap<readonly string[], EnumIndex>();
const SEEN_MAX = 1_000;

function canonical(allowed: readonly string[], v: CellValue): string | undefined {
  let index = enumIndex.get(allowed);
  if (!index) {
    index = { byKey: new Map(allowed.map((a) => [enumKey(a), a])), seen: new Map() };
    enumIndex.set(allowed, index);
  }
  const text = textOf(v);
  if (index.seen.has(text)) return index.seen.get(text);
  const found = index.byKey.get(enumKey(text));
  if (index.seen.size < SEEN_MAX) index.seen.set(text, found);
  return found;
}

function enumeration(col: ColumnDef, v: CellValue): Outcome {
  const allowed = col.allowed ?? [];
  const match = canonical(allowed, v);
  if (match !== undefined) return { value: match };
  const list = allowed.join(", ");
  return notA(
    "non-ammesso",
    v,
    { it: "un valore ammesso", en: "an allowed value" },
    { it: `Scegliere tra: ${list}.`, en: `Choose among: ${list}.` },
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

function flag(v: CellValue): Outcome {
  const b = flagOf(v);
  if (b !== null) return { value: b };
  const s = shown(v);
  return bad(
    "non-ammesso",
    {
      it: `${s.it} non è ammesso. Scrivere «si» o «no».`,
      en: `${s.en} is not allowed. Enter "si" (yes) or "no".`,
    },
    false,
  );
}

function month(v: CellValue): Outcome {
  const hint: Texts = {
    it: "Scrivere il mese come AAAA-MM, es. 2021-04.",
    en: "Enter the month as YYYY-MM, e.g. 2021-04.",
  };
  const aMonth: Texts = { it: "un mese", en: "a month" };
  if (typeof v === "number") {
    // Excel turns "2021-04" typed in a non-text cell into the date 01/04/2021
    const iso = serialToIso(v);
    if (iso === null) return notA("non-mese", v, aMonth, hint);
    const [m, day] = [monthOf(iso), formatDateIt(iso)];
    return {
      value: m,
      issue: {
        severity: "warning",
        kind: "data-mese",
        text: {
          it: `il mese è registrato come data (${day}) ed è letto come ${m}. Scriverlo come testo AAAA-MM.`,
          en: `the month is stored as a date (${day}) and read as ${m}. Enter it as text YYYY-MM.`,
        },
        fix: { value: m, label: { it: `Scrivi ${m}`, en: `Write ${m}` } },
      },
    };
  }
  const m = typeof v === "string" ? parseMonthText(v) : null;
  if (m === null) return notA("non-mese", v, aMonth, hint);
  return { value: m };
}
