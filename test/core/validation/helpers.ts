import type {
  Fase,
  Indicatore,
  IsoDate,
  Obiettivo,
  PegModel,
  Soggetto,
} from "../../../src/core/model/types";
import { emptyModel } from "../../../src/core/model/defaults";

export function obiettivo(codice: string, more: Partial<Obiettivo> = {}): Obiettivo {
  return {
    codice,
    anno: 2021,
    assessorato: "",
    centroResponsabilita: "SETTORE",
    settore: "",
    descrizione: "Obiettivo",
    responsabile: "ROSSI MARIO",
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
    ...more,
  };
}

export function fase(
  obiettivo: string,
  numero: number,
  peso: number | null,
  more: Partial<Fase> = {},
): Fase {
  return {
    obiettivo,
    numero,
    descrizione: "Fase",
    inizioPrevista: "2021-01-01" as IsoDate,
    finePrevista: "2021-12-31" as IsoDate,
    inizioEffettiva: null,
    fineEffettiva: null,
    peso,
    avanzamento: null,
    responsabile: "",
    centroResponsabilita: "",
    note: "",
    ...more,
  };
}

export function indicatore(
  obiettivo: string,
  numero: number,
  more: Partial<Indicatore> = {},
): Indicatore {
  return {
    obiettivo,
    numero,
    descrizione: "Indicatore",
    tipo: "EFFICACIA",
    unita: "numero",
    polarita: "crescente",
    regola: "lineare",
    valoreMinimo: null,
    valoreAtteso: 10,
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
    ...more,
  };
}

export function soggetto(
  obiettivo: string,
  nominativo: string,
  more: Partial<Soggetto> = {},
): Soggetto {
  return {
    obiettivo,
    nominativo,
    relazione: "",
    impegno: null,
    dataInizio: null,
    dataFine: null,
    ...more,
  };
}

/** A clean model with one objective, one phase weighing 100 and one indicator, plus `extra`. */
export function model(extra: Partial<PegModel> = {}): PegModel {
  const withOrigin = <T extends object>(list: T[]): T[] =>
    list.map((r, i) => ({ ...r, origin: { row: i } }));
  const m = { ...emptyModel(), ...extra };
  return {
    ...m,
    obiettivi: withOrigin(extra.obiettivi ?? [obiettivo("OB1")]),
    fasi: withOrigin(extra.fasi ?? [fase("OB1", 1, 100)]),
    indicatori: withOrigin(extra.indicatori ?? [indicatore("OB1", 1)]),
    soggetti: withOrigin(m.soggetti),
  };
}
