/**
 * The report's table rows as `pdftotext` prints them, one line each: empty cells leave no
 * trace, so each row is read from its fixed parts (dates, numbers, the indicator's type).
 */
import type { IsoDate } from "../../model/types";
import { TIPI_INDICATORE } from "../../schema/enums";
import {
  dateOf,
  isDateToken,
  isNumberToken,
  isUpperCase,
  numberOf,
  tokens,
  wordKey,
} from "./lines";

export interface PhaseValues {
  readonly inizioPrevista: IsoDate;
  readonly finePrevista: IsoDate;
  /** the numbers after the dates: peso, then avanzamento */
  readonly numbers: readonly number[];
  /** responsabile and centro di responsabilità, not yet told apart */
  readonly people: string;
}

/** "01/01/2021 31/12/2021 34,00 DAL PIAZ BARBARA SERVIZIO CENTRALITA'" */
export function phaseValues(text: string): PhaseValues | null {
  const parts = tokens(text);
  if (parts.length < 2 || !isDateToken(parts[0]) || !isDateToken(parts[1])) return null;
  let i = 2;
  const numbers: number[] = [];
  while (i < parts.length && numbers.length < 2 && isNumberToken(parts[i])) {
    numbers.push(numberOf(parts[i]) as number);
    i++;
  }
  return {
    inizioPrevista: dateOf(parts[0]) as IsoDate,
    finePrevista: dateOf(parts[1]) as IsoDate,
    numbers,
    people: parts.slice(i).join(" "),
  };
}

export interface IndicatorValues {
  /** the end of the description printed on the same line, before the type */
  readonly descriptionTail: string;
  readonly tipo: string;
  readonly numbers: readonly number[];
  /** the Note column */
  readonly note: string;
}

const KNOWN_TYPES = new Set(TIPI_INDICATORE.map(wordKey));
/** a type the product does not know: one word in capitals, e.g. OUTCOME */
const OTHER_TYPE = /^[A-Z][A-Z'’]{3,}$/;

/**
 * The line that closes an indicator: "… descrizione EFFICACIA 1,00 0,00 1,00 si=1". The type
 * is the last word of the type column followed only by numbers and the note; a type the
 * product does not know counts only when at least one number follows it.
 */
export function indicatorValues(text: string): IndicatorValues | null {
  const parts = tokens(text);
  for (let t = parts.length - 1; t >= 0; t--) {
    const known = KNOWN_TYPES.has(wordKey(parts[t]));
    if (!known && !OTHER_TYPE.test(parts[t])) continue;
    let i = t + 1;
    while (i < parts.length && isNumberToken(parts[i])) i++;
    if (i === t + 1 && (!known || i < parts.length)) continue;
    return {
      descriptionTail: parts.slice(0, t).join(" "),
      tipo: parts[t],
      numbers: parts.slice(t + 1, i).map((p) => numberOf(p) as number),
      note: parts.slice(i).join(" "),
    };
  }
  return null;
}

export interface SubjectRow {
  readonly nominativo: string;
  readonly relazione: string;
  readonly impegno: number | null;
  readonly dataInizio: IsoDate | null;
  readonly dataFine: IsoDate | null;
}

/** "DAL PIAZ BARBARA Posizione Organizzativa 0,00% 01/01/2021 [31/12/2021]" */
export function subjectRow(text: string): SubjectRow | null {
  const parts = tokens(text);
  const dates: IsoDate[] = [];
  while (parts.length > 0 && dates.length < 2 && isDateToken(parts[parts.length - 1])) {
    dates.unshift(dateOf(parts.pop() as string) as IsoDate);
  }
  let impegno: number | null = null;
  const last = parts[parts.length - 1] ?? "";
  if (/%$/.test(last) && isNumberToken(last.slice(0, -1))) {
    impegno = numberOf(last.slice(0, -1));
    parts.pop();
  } else if (last === "%" && isNumberToken(parts[parts.length - 2] ?? "")) {
    impegno = numberOf(parts[parts.length - 2]);
    parts.splice(-2);
  }
  if (parts.length === 0 || (impegno === null && dates.length === 0)) return null;
  // the name is printed in capitals, the relation is not
  let split = parts.findIndex((p) => !isUpperCase(p) && /\p{L}/u.test(p));
  if (split < 0) split = parts.length;
  if (split === 0) return null;
  return {
    nominativo: parts.slice(0, split).join(" "),
    relazione: parts.slice(split).join(" "),
    impegno,
    dataInizio: dates[0] ?? null,
    dataFine: dates[1] ?? null,
  };
}

/** Words that open the name of an office: "SERVIZIO …", "SETT. …", "U.O. …" */
const OFFICE_WORDS = new Set(
  [
    "servizio",
    "servizi",
    "serv.",
    "settore",
    "sett.",
    "ufficio",
    "uff.",
    "area",
    "direzione",
    "dir.",
    "dipartimento",
    "dip.",
    "u.o.",
    "u.o.c.",
    "u.o.s.",
    "uo",
    "unita",
    "segreteria",
    "staff",
    "gabinetto",
    "avvocatura",
    "polizia",
    "corpo",
    "comando",
    "sportello",
    "istituzione",
  ].map(wordKey),
);

export function isOfficeWord(token: string): boolean {
  return OFFICE_WORDS.has(wordKey(token));
}

export interface PersonAndOffice {
  readonly responsabile: string;
  readonly centro: string;
  /** false when neither an office word nor a known name told them apart */
  readonly sure: boolean;
}

/**
 * Splits "DAL PIAZ BARBARA SERVIZIO CENTRALITA' PERSONA" into the person and the office: at
 * the first word that opens an office name, else after a name the report prints elsewhere
 * (an objective's responsabile, a soggetto), else at an office it prints elsewhere.
 */
export function splitPersonOffice(
  text: string,
  people: ReadonlySet<string>,
  offices: ReadonlySet<string>,
): PersonAndOffice {
  const parts = tokens(text);
  const at = parts.findIndex(isOfficeWord);
  if (at >= 0) {
    return {
      responsabile: parts.slice(0, at).join(" "),
      centro: parts.slice(at).join(" "),
      sure: true,
    };
  }
  const joined = parts.join(" ");
  for (let n = parts.length; n > 0; n--) {
    const head = parts.slice(0, n).join(" ");
    if (people.has(head))
      return { responsabile: head, centro: parts.slice(n).join(" "), sure: true };
  }
  for (let n = 0; n < parts.length; n++) {
    if (offices.has(parts.slice(n).join(" "))) {
      return {
        responsabile: parts.slice(0, n).join(" "),
        centro: parts.slice(n).join(" "),
        sure: true,
      };
    }
  }
  return { responsabile: "", centro: joined, sure: joined === "" };
}

/**
 * Splits the text printed after the objective's code ("<assessorato> <centro>") when the
 * centro di responsabilità stands on the same line: an office the report prints on its own
 * line elsewhere, else the trailing words in capitals from an office word on, else all of
 * them (two words at least).
 */
export function splitAssessoratoOffice(
  text: string,
  offices: ReadonlySet<string>,
): { assessorato: string; centro: string } | null {
  const parts = tokens(text);
  const known = [...offices]
    .filter((o) => text === o || text.endsWith(` ${o}`))
    .sort((a, b) => b.length - a.length)[0];
  if (known !== undefined) {
    return { assessorato: text.slice(0, text.length - known.length).trim(), centro: known };
  }
  let start = parts.length;
  while (start > 0 && !/\p{Ll}/u.test(parts[start - 1])) start--;
  const caps = parts.slice(start);
  const office = caps.findIndex(isOfficeWord);
  const from =
    office >= 0 ? start + office : caps.filter((p) => isUpperCase(p)).length >= 2 ? start : -1;
  if (from < 0) return null;
  return { assessorato: parts.slice(0, from).join(" "), centro: parts.slice(from).join(" ") };
}
