/** A small PEG model for the layout tests: one full objective, one bare, one with awkward text. */
import type { ObjectiveResult } from "../../../src/core/compute/types";
import type {
  Fase,
  Indicatore,
  IsoDate,
  Month,
  Obiettivo,
  PegModel,
  Soggetto,
} from "../../../src/core/model/types";

export const DATA_ELABORAZIONE = "2021-04-29" as IsoDate;
export const FULL = "2021_T01";
export const BARE = "2021_T02";
export const AWKWARD = "2021/T:03*[lungo]?codice\\molto-molto-lungo";

const WORDS =
  "Coordinamento delle attività di verifica con i servizi comunali coinvolti, raccolta dei dati di monitoraggio e predisposizione della relazione finale per la giunta";

/** a text of about `n` words, deterministic */
export function words(n: number, seed = 0): string {
  const list = WORDS.split(" ");
  return Array.from({ length: n }, (_, i) => list[(i + seed) % list.length]).join(" ");
}

export function obiettivo(codice: string, extra: Partial<Obiettivo> = {}): Obiettivo {
  return {
    codice,
    anno: 2021,
    assessorato: "Centralità della persona (Famiglia - Terzo Settore)",
    centroResponsabilita: "SETTORE SOCIOEDUCATIVO E RISORSE UMANE",
    settore: "08_S_2020 SETT. SOCIOEDUCATIVO",
    descrizione: `Obiettivo ${codice}: ${words(30)}`,
    responsabile: "CONTI MARIO",
    mandatoCodice: "DUP_04",
    mandato: "PRIMA LA NOSTRA GENTE",
    missioneCodice: "DUP_04_1201",
    missione: "Equità abitativa",
    programmaCodice: "DUP_04_1201_0601",
    programma: "Risposte ai bisogni abitativi",
    stato: "In Corso",
    statoAttuazione: "",
    modalitaAttuazione: "",
    peso: null,
    note: "",
    ...extra,
  };
}

export function fase(obiettivo: string, numero: number, extra: Partial<Fase> = {}): Fase {
  return {
    obiettivo,
    numero,
    descrizione: `Fase ${numero} ${words(12 + ((numero * 7) % 40), numero)}`,
    inizioPrevista: "2021-01-01" as IsoDate,
    finePrevista: "2021-12-31" as IsoDate,
    inizioEffettiva: "2021-01-01" as IsoDate,
    fineEffettiva: null,
    peso: 10,
    avanzamento: 40,
    responsabile: "DAL PIAZ BARBARA",
    centroResponsabilita: "SERVIZIO CENTRALITA' PERSONA",
    note: `nota-fase-${numero}`,
    ...extra,
  };
}

export function indicatore(
  obiettivo: string,
  numero: number,
  extra: Partial<Indicatore> = {},
): Indicatore {
  return {
    obiettivo,
    numero,
    descrizione: `Indicatore ${numero} ${words(10 + ((numero * 5) % 30), numero + 3)} (si=1 no=0)`,
    tipo: "EFFICACIA",
    unita: "numero",
    polarita: "crescente",
    regola: "lineare",
    valoreMinimo: null,
    valoreAtteso: 100,
    valoreRaggiunto: 50,
    valoreAnnoPrecedente: 90,
    valoreDueAnniPrima: 80,
    peso: null,
    cumulativo: false,
    nonValutabile: false,
    motivoNonValutabile: "",
    raggiungimentoForzato: null,
    motivazioneForzatura: "",
    note: `nota-indicatore-${numero}`,
    ...extra,
  };
}

function soggetto(obiettivo: string, nominativo: string): Soggetto {
  return {
    obiettivo,
    nominativo,
    relazione: "Posizione Organizzativa",
    impegno: 20,
    dataInizio: "2021-01-01" as IsoDate,
    dataFine: null,
  };
}

export function testModel(phases = 12, indicators = 8): PegModel {
  const fasi = Array.from({ length: phases }, (_, i) => fase(FULL, i + 1));
  const indicatori = Array.from({ length: indicators }, (_, i) => indicatore(FULL, i + 1));
  if (indicatori[1])
    indicatori[1] = { ...indicatori[1], descrizione: "=SOMMA(A1:A9) non è una formula" };
  return {
    impostazioni: {
      ente: "Citta' di Prova & Dintorni",
      anno: 2021,
      vista: "DUP_2021_2023",
      periodoRiferimento: "2021-04" as Month,
      tolleranzaRitardo: 10,
      sogliaCritico: 25,
      pesoIndicatori: 50,
      periodiChiusi: [],
    },
    obiettivi: [
      obiettivo(FULL, {
        statoAttuazione: `${words(60)}\n${words(40, 5)}`,
        modalitaAttuazione: `Comprende:\n${words(25, 2)}`,
        note: "+39 nota che inizia con un segno",
      }),
      obiettivo(BARE, {
        mandatoCodice: "",
        mandato: "",
        missioneCodice: "",
        missione: "",
        programmaCodice: "",
        programma: "",
      }),
      obiettivo(AWKWARD, { statoAttuazione: words(1200) }),
    ],
    fasi,
    indicatori,
    soggetti: [soggetto(FULL, "DAL PIAZ BARBARA"), soggetto(FULL, "BRUSON LAURA")],
    rilevazioni: [],
  };
}

export function testResult(codice: string, overall: number | null = 62.5): ObjectiveResult {
  return {
    codice,
    phaseProgress: 40,
    indicatorAchievement: 85,
    overall,
    expectedProgress: 32.9,
    status: "in ritardo",
    phases: [],
    indicators: [],
  };
}
