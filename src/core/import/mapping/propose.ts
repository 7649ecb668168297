/**
 * A mapping proposed from a file's headers, for when the user gives none: each table column
 * takes the file column whose header is one of its Italian synonyms («cod. obiettivo»,
 * «target», «consuntivo», «peso %», «CdR», …). The result is a mapping file (the public
 * format) that the command prints, so the user can save it, correct it and pass it back
 * with --mappa.
 */
import { quoted, type Texts } from "../../text/lang";
import type { CellValue } from "../../schema/raw";
import { textOf } from "../../parse/cells";
import { parseDateText, parseMonthText, serialToIso } from "../../text/dates";
import { MAPPED_TABLES, type FieldJson, type MappedTable, type MappingJson } from "./contract";
import { convertValue, type DecimalSeparator } from "./convert";

/** Synonyms of each table column, most specific first, written as `matchKey` gives them. */
const SYNONYMS: Readonly<Record<MappedTable, Readonly<Record<string, readonly string[]>>>> = {
  obiettivi: {
    codice: [
      "codice obiettivo",
      "cod obiettivo",
      "cod ob",
      "id obiettivo",
      "codice",
      "cod",
      "obiettivo codice",
      "n obiettivo",
      "numero obiettivo",
      "nr obiettivo",
      "codice obiettivo peg",
    ],
    descrizione: [
      "descrizione obiettivo",
      "obiettivo",
      "titolo obiettivo",
      "denominazione obiettivo",
      "obiettivo descrizione",
      "nome obiettivo",
      "obiettivo peg",
      "obiettivo operativo",
      "obiettivo di peg",
    ],
    anno: ["anno", "esercizio", "anno di riferimento", "anno riferimento"],
    centroResponsabilita: [
      "centro di responsabilita",
      "centro responsabilita",
      "cdr",
      "c d r",
      "struttura",
      "servizio",
      "ufficio",
      "unita organizzativa",
      "uo",
      "direzione",
      "area",
      "settore",
    ],
    settore: ["settore"],
    responsabile: ["responsabile", "dirigente", "responsabile obiettivo", "referente", "titolare"],
    assessorato: ["assessorato", "assessore", "delega", "assessore di riferimento"],
    mandatoCodice: ["codice mandato", "cod mandato"],
    mandato: ["obiettivo di mandato", "linea di mandato", "mandato", "obiettivo strategico"],
    missioneCodice: ["codice missione", "cod missione"],
    missione: ["missione", "obiettivo di missione"],
    programmaCodice: ["codice programma", "cod programma"],
    programma: ["programma", "obiettivo di programma"],
    stato: ["stato", "stato obiettivo"],
    statoAttuazione: ["stato di attuazione", "stato attuazione"],
    modalitaAttuazione: ["modalita di attuazione", "modalita attuazione"],
    peso: ["peso obiettivo", "peso ob"],
    note: ["note obiettivo"],
  },
  fasi: {
    descrizione: [
      "descrizione fase",
      "fase",
      "azione",
      "attivita",
      "descrizione attivita",
      "descrizione azione",
      "fasi",
      "azioni",
      "attivita fase",
    ],
    numero: ["n fase", "numero fase", "nr fase", "progressivo fase", "cod fase", "codice fase"],
    inizioPrevista: ["inizio previsto", "data inizio prevista", "data inizio", "inizio", "dal"],
    finePrevista: [
      "fine prevista",
      "data fine prevista",
      "data fine",
      "fine",
      "scadenza",
      "termine",
      "al",
    ],
    inizioEffettiva: ["inizio effettivo", "data inizio effettiva"],
    fineEffettiva: ["fine effettiva", "data fine effettiva", "data conclusione"],
    peso: ["peso fase", "peso %", "peso", "peso percentuale", "% peso"],
    avanzamento: [
      "avanzamento",
      "avanzamento %",
      "% avanzamento",
      "percentuale avanzamento",
      "stato avanzamento",
      "% realizzazione",
    ],
    responsabile: ["responsabile fase"],
    note: ["note fase"],
  },
  indicatori: {
    descrizione: [
      "descrizione indicatore",
      "indicatore",
      "nome indicatore",
      "denominazione indicatore",
      "indicatori",
    ],
    numero: [
      "n indicatore",
      "numero indicatore",
      "nr indicatore",
      "codice indicatore",
      "cod indicatore",
      "id indicatore",
    ],
    tipo: ["tipo indicatore", "tipologia indicatore", "tipo", "tipologia", "dimensione"],
    unita: ["unita di misura", "unita", "um", "unita misura"],
    polarita: ["polarita", "verso", "andamento atteso"],
    valoreAtteso: [
      "valore atteso",
      "target",
      "atteso",
      "valore target",
      "target annuale",
      "valore obiettivo",
      "risultato atteso",
      "previsto",
      "valore previsto",
    ],
    valoreRaggiunto: [
      "valore raggiunto",
      "consuntivo",
      "raggiunto",
      "valore rilevato",
      "rilevato",
      "valore effettivo",
      "risultato",
      "valore consuntivo",
      "valore misurato",
      "valore",
    ],
    valoreAnnoPrecedente: [
      "valore anno precedente",
      "anno precedente",
      "baseline",
      "valore di partenza",
      "valore iniziale",
    ],
    valoreMinimo: ["valore minimo", "soglia minima", "soglia"],
    peso: ["peso indicatore"],
    note: ["note indicatore", "note", "commento", "annotazioni"],
  },
  soggetti: {
    nominativo: ["nominativo", "soggetto coinvolto", "dipendente"],
    relazione: ["relazione", "ruolo"],
    impegno: ["impegno", "impegno %", "% impegno"],
  },
};

const PERIOD = [
  "periodo",
  "trimestre",
  "mese",
  "semestre",
  "quadrimestre",
  "bimestre",
  "periodo di riferimento",
  "mese di riferimento",
  "data rilevazione",
  "data di rilevazione",
];
const YEAR = ["anno", "esercizio", "anno di riferimento"];

/** A header as the synonyms are written: lowercase, no accents, punctuation as spaces. */
export function matchKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** 0.. for a header equal to a synonym (the first synonym best), 100.. when it contains one. */
function score(header: string, synonyms: readonly string[]): number | null {
  const key = matchKey(header);
  const exact = synonyms.indexOf(key);
  if (exact >= 0) return exact;
  const words = ` ${key} `;
  const within = synonyms.findIndex(
    (s) => (s.includes(" ") || s.length >= 6) && words.includes(` ${s} `),
  );
  return within >= 0 ? 100 + within : null;
}

/** "OB01 - Ridurre…": the code at the start of a description */
const CODE_AT_START = "^\\s*([A-Za-z]*[._/-]?\\d+(?:[._/-]\\d+)*)";

function values(sample: readonly (readonly CellValue[])[], at: number): CellValue[] {
  return sample.map((r) => r[at] ?? null).filter((v) => textOf(v).trim() !== "");
}

function share(list: readonly CellValue[], test: (v: CellValue) => boolean): number {
  return list.length === 0 ? 0 : list.filter(test).length / list.length;
}

/** "1", "I", "T1", "1° trimestre", "Q1" -> 1 */
function ordinal(v: CellValue): number | null {
  const t = textOf(v).trim().toUpperCase();
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"].indexOf(
    t.replace(/^(T|Q|S)?\s*/, "").split(/\s|°/)[0],
  );
  if (roman >= 0) return roman + 1;
  const m = /^(?:T|Q|S)?\s*(\d{1,2})\s*°?/.exec(t);
  return m ? Number(m[1]) : null;
}

function isMonthLike(v: CellValue): boolean {
  if (typeof v === "number") return serialToIso(v) !== null && v > 1000;
  const t = textOf(v).trim();
  return parseMonthText(t) !== null || parseDateText(t.replace(/[ T].*$/, "")) !== null;
}

export interface Proposal {
  readonly mapping: MappingJson;
  /** what the user should check, in Italian */
  /** what to check in the proposal, in every language */
  readonly notes: readonly Texts[];
}

interface Candidate {
  readonly table: MappedTable;
  readonly key: string;
  readonly at: number;
  readonly score: number;
}

/**
 * The proposed mapping for a file with these headers; `sample` (the first rows) helps with
 * the objective code inside a description, the periods and the list columns.
 */
export function proposeMapping(
  headers: readonly string[],
  sample: readonly (readonly CellValue[])[],
  decimal: DecimalSeparator,
): Proposal {
  const notes: Texts[] = [];
  const mapping: MappingJson = {};
  const used = new Set<number>();
  const period = headers.findIndex((h) => PERIOD.includes(matchKey(h)));
  const year = headers.findIndex((h) => YEAR.includes(matchKey(h)));
  const years =
    year < 0 ? [] : [...new Set(values(sample, year).map((v) => textOf(v).trim()))].sort();
  if (period >= 0) used.add(period);
  if (years.length > 1) {
    used.add(year);
    mapping.filtro = { [headers[year]]: years[years.length - 1] };
    const [column, last] = [headers[year], years[years.length - 1]];
    notes.push({
      it:
        `La colonna «${column}» ha più valori (${years.join(", ")}): si importano solo le ` +
        `righe del ${last} (vedi «filtro»).`,
      en:
        `The column "${column}" has several values (${years.join(", ")}): only the rows of ` +
        `${last} are imported (see "filtro").`,
    });
  }

  const candidates: Candidate[] = [];
  for (const def of MAPPED_TABLES) {
    for (const [key, synonyms] of Object.entries(SYNONYMS[def.id])) {
      headers.forEach((h, at) => {
        const s = score(h, synonyms);
        if (s !== null) candidates.push({ table: def.id, key, at, score: s });
      });
    }
  }
  candidates.sort((a, b) => a.score - b.score || a.at - b.at);
  const chosen = new Map<string, number>();
  for (const c of candidates) {
    const field = `${c.table}.${c.key}`;
    if (chosen.has(field) || used.has(c.at) || !fits(c, sample, decimal)) continue;
    chosen.set(field, c.at);
    used.add(c.at);
  }

  const code = codeSource(headers, sample, chosen);
  if (code === null) {
    notes.push({
      it: "Nessuna colonna sembra il codice dell'obiettivo: indicarla in «obiettivi › Codice».",
      en: 'No column looks like the objective\'s code: give it in "obiettivi › Codice".',
    });
  }
  for (const def of MAPPED_TABLES) {
    const identity = def.id === "soggetti" ? "nominativo" : "descrizione";
    if (def.id !== "obiettivi" && !chosen.has(`${def.id}.${identity}`)) continue;
    const table: Record<string, FieldJson> = {};
    if (code !== null) table[def.id === "obiettivi" ? "Codice" : "Obiettivo"] = code;
    for (const col of def.columns) {
      const at = chosen.get(`${def.id}.${col.key}`);
      if (at !== undefined && col.key !== "codice") table[col.header] = headers[at];
    }
    if (Object.keys(table).length > (code === null ? 0 : 1)) mapping[def.id] = table;
  }
  if (period >= 0) {
    const periodYear = years.length > 0 ? years[years.length - 1] : null;
    mapping.periodo = periodSource(headers[period], values(sample, period), periodYear, notes);
  }
  // the order of the documented example: filtro, periodo, then the tables
  const ordered: MappingJson = {};
  if (mapping.filtro) ordered.filtro = mapping.filtro;
  if (mapping.periodo) ordered.periodo = mapping.periodo;
  for (const def of MAPPED_TABLES) if (mapping[def.id]) ordered[def.id] = mapping[def.id];

  const unused = headers.filter((h, at) => h !== "" && !used.has(at) && !isCodeColumn(code, h));
  if (unused.length > 0)
    notes.push({
      it: `Colonne non usate: ${unused.map((h) => quoted(h, "it")).join(", ")}.`,
      en: `Columns not used: ${unused.map((h) => quoted(h, "en")).join(", ")}.`,
    });
  return { mapping: ordered, notes };
}

function isCodeColumn(code: FieldJson | null, header: string): boolean {
  return (
    code !== null &&
    (code === header || (typeof code === "object" && "colonna" in code && code.colonna === header))
  );
}

/** A list column is proposed only when the file's values are (mostly) ones it accepts. */
function fits(
  c: Candidate,
  sample: readonly (readonly CellValue[])[],
  decimal: DecimalSeparator,
): boolean {
  const def = MAPPED_TABLES.find((t) => t.id === c.table);
  const col = def?.columns.find((k) => k.key === c.key);
  if (!col || col.type !== "enum") return true;
  const allowed = col.allowed ?? [];
  const list = values(sample, c.at);
  return share(list, (v) => allowed.includes(String(convertValue(col, v, decimal)))) >= 0.8;
}

/** The objective's code: its own column, else the code a description column starts with. */
function codeSource(
  headers: readonly string[],
  sample: readonly (readonly CellValue[])[],
  chosen: Map<string, number>,
): FieldJson | null {
  const own = chosen.get("obiettivi.codice");
  if (own !== undefined) return headers[own];
  const description = chosen.get("obiettivi.descrizione");
  if (description === undefined) return null;
  const re = new RegExp(CODE_AT_START);
  const list = values(sample, description);
  if (list.length === 0 || share(list, (v) => re.test(textOf(v))) < 0.8) return null;
  return { colonna: headers[description], estrai: CODE_AT_START };
}

const PERIOD_MONTHS: Readonly<Record<string, (n: number) => number>> = {
  trimestre: (n) => n * 3,
  quadrimestre: (n) => n * 4,
  semestre: (n) => n * 6,
  bimestre: (n) => n * 2,
};

/** The period column, with its values as months when they are quarters or the like. */
function periodSource(
  header: string,
  list: readonly CellValue[],
  periodYear: string | null,
  notes: Texts[],
): NonNullable<MappingJson["periodo"]> {
  if (list.length > 0 && share(list, isMonthLike) >= 0.8) return { colonna: header };
  const kind = Object.keys(PERIOD_MONTHS).find((k) => matchKey(header).includes(k)) ?? "mese";
  const monthOf = PERIOD_MONTHS[kind] ?? ((n: number) => n);
  const year = periodYear !== null && /^\d{4}$/.test(periodYear) ? periodYear : "AAAA";
  const valori: Record<string, string> = {};
  for (const v of [...new Set(list.map((x) => textOf(x).trim()))].sort()) {
    const n = ordinal(v);
    const month = n === null ? null : monthOf(n);
    valori[v] =
      month !== null && month >= 1 && month <= 12
        ? `${year}-${String(month).padStart(2, "0")}`
        : "AAAA-MM";
  }
  if (year === "AAAA" || Object.values(valori).includes("AAAA-MM")) {
    const noYear = year === "AAAA";
    notes.push({
      it:
        `La colonna «${header}» non contiene mesi: completare i «valori» del periodo con i mesi ` +
        `AAAA-MM${noYear ? " (l'anno non si ricava dal file)" : ""}.`,
      en:
        `The column "${header}" holds no months: complete the period's "valori" with the months ` +
        `as YYYY-MM${noYear ? " (the year cannot be told from the file)" : ""}.`,
    });
  }
  return { colonna: header, valori };
}
