/** Tiny builders of model records for the computation tests: defaults plus what a test sets. */
import type {
  Fase,
  Impostazioni,
  Indicatore,
  IsoDate,
  Month,
  Obiettivo,
  PegModel,
} from "../../../src/core/model/types";

export const iso = (s: string): IsoDate => s as IsoDate;
export const month = (s: string): Month => s as Month;

export function impostazioni(over: Partial<Impostazioni> = {}): Impostazioni {
  return {
    ente: "Comune di prova",
    anno: 2021,
    vista: "",
    periodoRiferimento: month("2021-04"),
    tolleranzaRitardo: 10,
    sogliaCritico: 25,
    pesoIndicatori: 50,
    periodiChiusi: [],
    ...over,
  };
}

export function obiettivo(codice: string, over: Partial<Obiettivo> = {}): Obiettivo {
  return {
    codice,
    anno: 2021,
    assessorato: "",
    centroResponsabilita: "SETTORE A",
    settore: "SETTORE A",
    descrizione: `Obiettivo ${codice}`,
    responsabile: "ROSSI",
    mandatoCodice: "",
    mandato: "",
    missioneCodice: "",
    missione: "",
    programmaCodice: "",
    programma: "",
    stato: "In Corso",
    statoAttuazione: "",
    modalitaAttuazione: "",
    peso: null,
    note: "",
    ...over,
  };
}

export function fase(obiettivoCodice: string, numero: number, over: Partial<Fase> = {}): Fase {
  return {
    obiettivo: obiettivoCodice,
    numero,
    descrizione: `Fase ${numero}`,
    inizioPrevista: iso("2021-01-01"),
    finePrevista: iso("2021-12-31"),
    inizioEffettiva: null,
    fineEffettiva: null,
    peso: null,
    avanzamento: null,
    responsabile: "",
    centroResponsabilita: "",
    note: "",
    ...over,
  };
}

export function indicatore(
  obiettivoCodice: string,
  numero: number,
  over: Partial<Indicatore> = {},
): Indicatore {
  return {
    obiettivo: obiettivoCodice,
    numero,
    descrizione: `Indicatore ${numero}`,
    tipo: "EFFICACIA",
    unita: "numero",
    polarita: "crescente",
    regola: "lineare",
    valoreMinimo: null,
    valoreAtteso: null,
    valoreRaggiunto: null,
    valoreAnnoPrecedente: null,
    valoreDueAnniPrima: null,
    peso: null,
    cumulativo: false,
    nonValutabile: false,
    motivoNonValutabile: "",
    raggiungimentoForzato: null,
    motivazioneForzatura: "",
    note: "",
    ...over,
  };
}

export function model(over: Partial<PegModel> = {}): PegModel {
  return {
    impostazioni: impostazioni(),
    obiettivi: [],
    fasi: [],
    indicatori: [],
    soggetti: [],
    rilevazioni: [],
    ...over,
  };
}
