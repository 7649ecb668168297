/**
 * Parsed rows -> model records, one builder per table. Rows that cannot become a record (a
 * phase without its number, a log line without its month) are left out of the model with an
 * error at the cell; the sheet keeps them untouched.
 */
import type { Fase, Indicatore, Obiettivo, Rilevazione, Soggetto } from "../model/types";
import type { CellValue } from "../schema/raw";
import {
  ELEMENTI_RILEVAZIONE,
  POLARITA,
  REGOLE_CALCOLO,
  STATI_OBIETTIVO,
  TIPI_INDICATORE,
  UNITA_INDICATORE,
} from "../schema/tables";
import type { Problem } from "../verifica/problem";
import { isEmptyCell, textOf } from "./cells";
import type { ParsedRow, TableSpot } from "./table";
import { bool, date, month, num, oneOf, str } from "./values";

export type Builder<T> = (row: ParsedRow, spot: TableSpot, problems: Problem[]) => T | null;

/** Reports a row left out of the model because `key` has no usable value. */
function skip(
  row: ParsedRow,
  spot: TableSpot,
  problems: Problem[],
  key: string,
  what: string,
): null {
  const objective = str(row.values, "obiettivo") || null;
  problems.push(
    spot.problem(row.index, key, {
      severity: "error",
      rule: `${spot.def.id}.riga.ignorata`,
      text: `${what}: la riga non viene considerata finché non è corretta.`,
      objective,
    }),
  );
  return null;
}

export const obiettivo: Builder<Obiettivo> = ({ values: v, index }) => ({
  codice: str(v, "codice"),
  anno: num(v, "anno"),
  assessorato: str(v, "assessorato"),
  centroResponsabilita: str(v, "centroResponsabilita"),
  settore: str(v, "settore"),
  descrizione: str(v, "descrizione"),
  responsabile: str(v, "responsabile"),
  mandatoCodice: str(v, "mandatoCodice"),
  mandato: str(v, "mandato"),
  missioneCodice: str(v, "missioneCodice"),
  missione: str(v, "missione"),
  programmaCodice: str(v, "programmaCodice"),
  programma: str(v, "programma"),
  stato: oneOf(v, "stato", STATI_OBIETTIVO),
  statoAttuazione: str(v, "statoAttuazione"),
  modalitaAttuazione: str(v, "modalitaAttuazione"),
  peso: num(v, "peso"),
  note: str(v, "note"),
  origin: { row: index },
});

export const fase: Builder<Fase> = (row, spot, problems) => {
  const v = row.values;
  const numero = num(v, "numero");
  if (numero === null) return skip(row, spot, problems, "numero", "manca il numero della fase");
  return {
    obiettivo: str(v, "obiettivo"),
    numero,
    descrizione: str(v, "descrizione"),
    inizioPrevista: date(v, "inizioPrevista"),
    finePrevista: date(v, "finePrevista"),
    inizioEffettiva: date(v, "inizioEffettiva"),
    fineEffettiva: date(v, "fineEffettiva"),
    peso: num(v, "peso"),
    avanzamento: num(v, "avanzamento"),
    responsabile: str(v, "responsabile"),
    centroResponsabilita: str(v, "centroResponsabilita"),
    note: str(v, "note"),
    origin: { row: row.index },
  };
};

export const indicatore: Builder<Indicatore> = (row, spot, problems) => {
  const v = row.values;
  const numero = num(v, "numero");
  if (numero === null)
    return skip(row, spot, problems, "numero", "manca il numero dell'indicatore");
  return {
    obiettivo: str(v, "obiettivo"),
    numero,
    descrizione: str(v, "descrizione"),
    tipo: oneOf(v, "tipo", TIPI_INDICATORE),
    unita: oneOf(v, "unita", UNITA_INDICATORE),
    polarita: oneOf(v, "polarita", POLARITA),
    regola: oneOf(v, "regola", REGOLE_CALCOLO),
    valoreMinimo: num(v, "valoreMinimo"),
    valoreAtteso: num(v, "valoreAtteso"),
    valoreRaggiunto: num(v, "valoreRaggiunto"),
    valoreAnnoPrecedente: num(v, "valoreAnnoPrecedente"),
    valoreDueAnniPrima: num(v, "valoreDueAnniPrima"),
    peso: num(v, "peso"),
    cumulativo: bool(v, "cumulativo"),
    nonValutabile: bool(v, "nonValutabile"),
    motivoNonValutabile: str(v, "motivoNonValutabile"),
    raggiungimentoForzato: num(v, "raggiungimentoForzato"),
    motivazioneForzatura: str(v, "motivazioneForzatura"),
    note: str(v, "note"),
    origin: { row: row.index },
  };
};

export const soggetto: Builder<Soggetto> = ({ values: v, index }) => ({
  obiettivo: str(v, "obiettivo"),
  nominativo: str(v, "nominativo"),
  relazione: str(v, "relazione"),
  impegno: num(v, "impegno"),
  dataInizio: date(v, "dataInizio"),
  dataFine: date(v, "dataFine"),
  origin: { row: index },
});

/** Old and new values of the log keep numbers as numbers and text as text. */
function logValue(cell: CellValue | undefined): string | number | null {
  if (cell === undefined || isEmptyCell(cell)) return null;
  return typeof cell === "number" && Number.isFinite(cell) ? cell : textOf(cell);
}

export const rilevazione: Builder<Rilevazione> = (row, spot, problems) => {
  const v = row.values;
  const periodo = month(v, "periodo");
  const elemento = oneOf(v, "elemento", ELEMENTI_RILEVAZIONE);
  const timestamp = str(v, "timestamp");
  if (periodo === null)
    return skip(row, spot, problems, "periodo", "manca il mese della rilevazione");
  if (elemento === null) return skip(row, spot, problems, "elemento", "manca l'elemento rilevato");
  if (timestamp === "") return skip(row, spot, problems, "timestamp", "mancano data e ora");
  return {
    periodo,
    obiettivo: str(v, "obiettivo"),
    elemento,
    numero: num(v, "numero"),
    campo: str(v, "campo"),
    valorePrecedente: logValue(row.cells.valorePrecedente),
    valoreNuovo: logValue(row.cells.valoreNuovo),
    nota: str(v, "nota"),
    utente: str(v, "utente"),
    timestamp,
    origin: { row: row.index },
  };
};
