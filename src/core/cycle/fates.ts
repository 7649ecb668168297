/**
 * What becomes of every column and every setting when a plan is carried into the next year
 * (`nuovo-anno`). This is the one place that decides it: `next-year.ts` applies these fates
 * column by column, the documentation lists them, and a test fails when a schema column or a
 * setting has no fate here, so a new column cannot be forgotten.
 */
import type { SettingKey } from "../schema/settings";
import type { TableId } from "../schema/tables";

export type FieldFate =
  /** copied as it is */
  | { readonly kind: "kept" }
  /** an objective code (or a reference to one): the old year at its start becomes the new one */
  | { readonly kind: "code" }
  /** a year: moved forward by as many years as the plan */
  | { readonly kind: "year" }
  /** a planned date: moved forward by as many years as the plan (29/02 -> 28/02) */
  | { readonly kind: "date" }
  /** belongs to the year that ends: emptied */
  | { readonly kind: "emptied" }
  /**
   * the value reached `yearsBefore` years before the plan year (0 = the plan year itself):
   * each value moves to the column of one year further back, the plan year's is emptied
   */
  | { readonly kind: "history"; readonly yearsBefore: number }
  /**
   * the plan's target `yearsAfter` years after the plan year (0 = Valore atteso): each target
   * moves to the column of one year nearer; the farthest is emptied. The plan year's target
   * takes the next year's when the plan names one, and is kept otherwise
   */
  | { readonly kind: "target"; readonly yearsAfter: number }
  /** computed by the add-in from the other columns: not carried, computed again */
  | { readonly kind: "computed" };

const kept: FieldFate = { kind: "kept" };
const code: FieldFate = { kind: "code" };
const year: FieldFate = { kind: "year" };
const date: FieldFate = { kind: "date" };
const emptied: FieldFate = { kind: "emptied" };
const computed: FieldFate = { kind: "computed" };
const history = (yearsBefore: number): FieldFate => ({ kind: "history", yearsBefore });
const target = (yearsAfter: number): FieldFate => ({ kind: "target", yearsAfter });

/** Every column of every schema table, by table id and column key. */
export const COLUMN_FATES: Readonly<Record<TableId, Readonly<Record<string, FieldFate>>>> = {
  obiettivi: {
    codice: code,
    anno: year,
    assessorato: kept,
    centroResponsabilita: kept,
    settore: kept,
    descrizione: kept,
    responsabile: kept,
    mandatoCodice: kept,
    mandato: kept,
    missioneCodice: kept,
    missione: kept,
    programmaCodice: kept,
    programma: kept,
    // the user decides whether a concluded objective goes on (or uses --senza-conclusi)
    stato: kept,
    // the account of how far the objective got: written again during the new year
    statoAttuazione: emptied,
    modalitaAttuazione: kept,
    peso: kept,
    note: kept,
    // PIAO links: they hold for the whole plan
    valorePubblicoCodice: kept,
    valorePubblico: kept,
    strategicoDupCodice: kept,
    strategicoDup: kept,
    ambiti: kept,
    // the Nucleo judges the year that ends: the new year is not validated yet
    raggiungimentoValidato: emptied,
    notaNucleo: emptied,
    dataValidazione: emptied,
    avanzamentoFasi: computed,
    raggiungimentoIndicatori: computed,
    raggiungimento: computed,
    esito: computed,
  },
  fasi: {
    obiettivo: code,
    numero: kept,
    descrizione: kept,
    inizioPrevista: date,
    finePrevista: date,
    inizioEffettiva: emptied,
    fineEffettiva: emptied,
    peso: kept,
    avanzamento: emptied,
    responsabile: kept,
    centroResponsabilita: kept,
    note: kept,
  },
  indicatori: {
    obiettivo: code,
    numero: kept,
    descrizione: kept,
    tipo: kept,
    unita: kept,
    polarita: kept,
    regola: kept,
    valoreMinimo: kept,
    // the plan's target for year N+1 is next year's Valore atteso (docs/ciclo.md)
    valoreAtteso: target(0),
    valoreRaggiunto: history(0),
    valoreAnnoPrecedente: history(1),
    valoreDueAnniPrima: history(2),
    peso: kept,
    cumulativo: kept,
    // decisions of the evaluation of the year that ends
    nonValutabile: emptied,
    motivoNonValutabile: emptied,
    raggiungimentoForzato: emptied,
    motivazioneForzatura: emptied,
    note: kept,
    // the baseline keeps its year
    baseline: kept,
    annoBaseline: kept,
    valoreAttesoAnnoDopo: target(1),
    valoreAttesoDueAnniDopo: target(2),
    fonte: kept,
    frequenza: kept,
    raggiungimento: computed,
  },
  soggetti: {
    obiettivo: code,
    nominativo: kept,
    relazione: kept,
    impegno: kept,
    dataInizio: date,
    dataFine: date,
  },
  // the monthly log belongs to the year that ends: the new workbook starts with none
  rilevazioni: {
    periodo: emptied,
    obiettivo: emptied,
    elemento: emptied,
    numero: emptied,
    campo: emptied,
    valorePrecedente: emptied,
    valoreNuovo: emptied,
    nota: emptied,
    utente: emptied,
    timestamp: emptied,
    origine: emptied,
  },
  impostazioni: {
    chiave: kept,
    valore: kept,
    descrizione: kept,
  },
};

export type SettingFate =
  | { readonly kind: "kept" }
  /** the new plan year */
  | { readonly kind: "year" }
  /** the first month of the new year: monitoring starts again */
  | { readonly kind: "firstMonth" }
  | { readonly kind: "emptied" };

/** Every setting of the Impostazioni table (whose valore column is "kept" row by row). */
export const SETTING_FATES: Readonly<Record<SettingKey, SettingFate>> = {
  ente: { kind: "kept" },
  anno: { kind: "year" },
  // "DUP 2021-2023" may still hold for the new year: the report says when to look at it
  vista: { kind: "kept" },
  periodoRiferimento: { kind: "firstMonth" },
  tolleranzaRitardo: { kind: "kept" },
  sogliaCritico: { kind: "kept" },
  pesoIndicatori: { kind: "kept" },
  // every month of the new year is open
  periodiChiusi: { kind: "emptied" },
  entePiccolo: { kind: "kept" },
  controlliQualita: { kind: "kept" },
  fasceRaggiungimento: { kind: "kept" },
};
