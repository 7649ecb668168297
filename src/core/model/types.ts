/**
 * The plain-data model of a PEG workbook. No behaviour here: readers build it from table
 * rows, the computation and the layout read it, writers turn changes back into cells.
 *
 * Units: every percentage is 0–100 (never 0–1). Dates are ISO `YYYY-MM-DD` strings, months
 * `YYYY-MM`; `null` means "empty cell", never zero.
 */
import type {
  ELEMENTI_RILEVAZIONE,
  ORIGINI_RILEVAZIONE,
  FREQUENZE_RILEVAZIONE,
  POLARITA,
  REGOLE_CALCOLO,
  STATI_OBIETTIVO,
  TIPI_INDICATORE,
  UNITA_INDICATORE,
} from "../schema/enums";

/** `YYYY-MM-DD`; branded so an Excel serial or a display string cannot be passed by mistake */
export type IsoDate = string & { readonly __brand: "IsoDate" };
/** `YYYY-MM` */
export type Month = string & { readonly __brand: "Month" };
/** a percentage on the 0–100 scale */
export type Percent = number;

export type StatoObiettivo = (typeof STATI_OBIETTIVO)[number];
export type TipoIndicatore = (typeof TIPI_INDICATORE)[number];
export type UnitaIndicatore = (typeof UNITA_INDICATORE)[number];
export type Polarita = (typeof POLARITA)[number];
export type RegolaCalcolo = (typeof REGOLE_CALCOLO)[number];
export type ElementoRilevazione = (typeof ELEMENTI_RILEVAZIONE)[number];
export type OrigineRilevazione = (typeof ORIGINI_RILEVAZIONE)[number];
export type FrequenzaRilevazione = (typeof FREQUENZE_RILEVAZIONE)[number];

/** Where a record came from: its 0-based index in the table's data body. */
export interface RowOrigin {
  readonly row: number;
}

/**
 * The PIAO links of an objective. Optional columns: a workbook without them reads them as
 * empty (see docs/piao.md).
 */
export interface ObiettivoPiao {
  valorePubblicoCodice: string;
  valorePubblico: string;
  strategicoDupCodice: string;
  strategicoDup: string;
  /** cross-cutting areas (AMBITI_TRASVERSALI), several separated by ";": text as typed */
  ambiti: string;
}

/**
 * The PIAO fields of an indicator, optional columns like ObiettivoPiao. The target of the
 * plan year is `valoreAtteso`; these add the baseline and the targets of the next two years.
 */
export interface IndicatorePiao {
  baseline: number | null;
  annoBaseline: number | null;
  valoreAttesoAnnoDopo: number | null;
  valoreAttesoDueAnniDopo: number | null;
  fonte: string;
  frequenza: FrequenzaRilevazione | null;
}

/**
 * The Nucleo di valutazione's judgement of an objective, beside the computed achievement and
 * never over it. Optional columns like ObiettivoPiao; once validated, a change needs a
 * motivazione written in the log (docs/ciclo.md, «La validazione del Nucleo»).
 */
export interface ValidazioneNucleo {
  /** null: not validated yet */
  raggiungimentoValidato: Percent | null;
  notaNucleo: string;
  dataValidazione: IsoDate | null;
}

export interface Obiettivo extends ObiettivoPiao, ValidazioneNucleo {
  codice: string;
  anno: number | null;
  assessorato: string;
  centroResponsabilita: string;
  settore: string;
  descrizione: string;
  responsabile: string;
  mandatoCodice: string;
  mandato: string;
  missioneCodice: string;
  missione: string;
  programmaCodice: string;
  programma: string;
  /** null when the cell holds a value outside STATI_OBIETTIVO (reported by validation) */
  stato: StatoObiettivo | null;
  statoAttuazione: string;
  modalitaAttuazione: string;
  peso: number | null;
  note: string;
  origin?: RowOrigin;
}

export interface Fase {
  obiettivo: string;
  numero: number;
  descrizione: string;
  inizioPrevista: IsoDate | null;
  finePrevista: IsoDate | null;
  inizioEffettiva: IsoDate | null;
  fineEffettiva: IsoDate | null;
  /** share of the objective, 0–100; null when missing (a validation error, kept as is) */
  peso: Percent | null;
  /** 0–100; null = not yet measured (not the same as 0) */
  avanzamento: Percent | null;
  responsabile: string;
  centroResponsabilita: string;
  note: string;
  origin?: RowOrigin;
}

export interface Indicatore extends IndicatorePiao {
  obiettivo: string;
  numero: number;
  descrizione: string;
  tipo: TipoIndicatore | null;
  unita: UnitaIndicatore | null;
  polarita: Polarita | null;
  regola: RegolaCalcolo | null;
  /** lower bound for the "soglia" rule */
  valoreMinimo: number | null;
  valoreAtteso: number | null;
  /** value reached in the plan year; null = not measured yet */
  valoreRaggiunto: number | null;
  /** value reached in anno − 1 and anno − 2 (2020 and 2019 for the 2021 plan) */
  valoreAnnoPrecedente: number | null;
  valoreDueAnniPrima: number | null;
  /** weight among the objective's indicators; null = equal weights */
  peso: number | null;
  cumulativo: boolean;
  nonValutabile: boolean;
  motivoNonValutabile: string;
  /** achievement decided by the evaluator, kept beside the computed one, never over it */
  raggiungimentoForzato: Percent | null;
  motivazioneForzatura: string;
  note: string;
  origin?: RowOrigin;
}

export interface Soggetto {
  obiettivo: string;
  nominativo: string;
  relazione: string;
  impegno: Percent | null;
  dataInizio: IsoDate | null;
  dataFine: IsoDate | null;
  origin?: RowOrigin;
}

/** One line of the monthly log: what changed, when, by whom. */
export interface Rilevazione {
  periodo: Month;
  obiettivo: string;
  elemento: ElementoRilevazione;
  /** phase or indicator number; null for objective- or period-level entries */
  numero: number | null;
  campo: string;
  valorePrecedente: string | number | null;
  valoreNuovo: string | number | null;
  nota: string;
  utente: string;
  /** ISO date-time, local time of the user, `YYYY-MM-DDTHH:mm:ss` */
  timestamp: string;
  /** "foglio": typed straight into a table and logged afterwards; absent or null: not said */
  origine?: OrigineRilevazione | null;
  origin?: RowOrigin;
}

export interface Impostazioni {
  ente: string;
  anno: number;
  vista: string;
  periodoRiferimento: Month;
  /** percentage points behind the expected progress still "in linea" */
  tolleranzaRitardo: Percent;
  /** percentage points behind beyond which the objective is "critico" */
  sogliaCritico: Percent;
  /** share of the overall achievement given by indicators (the rest by phases) */
  pesoIndicatori: Percent;
  periodiChiusi: Month[];
  /** fewer than 50 employees: the columns only the full PIAO asks for are hidden */
  entePiccolo: boolean;
  /** the PIAO quality warnings of the verifica, as a group */
  controlliQualita: boolean;
  /** where each achievement band of the Relazione starts (0–100, the first always 0) */
  fasceRaggiungimento: Percent[];
}

export interface PegModel {
  impostazioni: Impostazioni;
  obiettivi: Obiettivo[];
  fasi: Fase[];
  indicatori: Indicatore[];
  soggetti: Soggetto[];
  rilevazioni: Rilevazione[];
}
