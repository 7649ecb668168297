/** A small PEG model for the layout tests: one full objective, one bare, one with awkward text. */
import type { ObjectiveResult } from "../../../src/core/compute/types";
import type {
  Fase,
  Indicatore,
  Obiettivo,
  PegModel,
  Soggetto,
} from "../../../src/core/model/types";
import * as base from "../../fixtures/model";
import { iso } from "../../fixtures/model";

export const DATA_ELABORAZIONE = iso("2021-04-29");
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
  return base.obiettivo(codice, {
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
    ...extra,
  });
}

function fase(obiettivo: string, numero: number): Fase {
  return base.fase(obiettivo, numero, {
    descrizione: `Fase ${numero} ${words(12 + ((numero * 7) % 40), numero)}`,
    inizioEffettiva: iso("2021-01-01"),
    peso: 10,
    avanzamento: 40,
    responsabile: "DAL PIAZ BARBARA",
    centroResponsabilita: "SERVIZIO CENTRALITA' PERSONA",
    note: `nota-fase-${numero}`,
  });
}

function indicatore(obiettivo: string, numero: number): Indicatore {
  return base.indicatore(obiettivo, numero, {
    descrizione: `Indicatore ${numero} ${words(10 + ((numero * 5) % 30), numero + 3)} (si=1 no=0)`,
    valoreAtteso: 100,
    valoreRaggiunto: 50,
    valoreAnnoPrecedente: 90,
    valoreDueAnniPrima: 80,
    note: `nota-indicatore-${numero}`,
  });
}

function soggetto(obiettivo: string, nominativo: string): Soggetto {
  return base.soggetto(obiettivo, nominativo, {
    relazione: "Posizione Organizzativa",
    impegno: 20,
    dataInizio: iso("2021-01-01"),
  });
}

export function testModel(phases = 12, indicators = 8): PegModel {
  const fasi = Array.from({ length: phases }, (_, i) => fase(FULL, i + 1));
  const indicatori = Array.from({ length: indicators }, (_, i) => indicatore(FULL, i + 1));
  if (indicatori[1])
    indicatori[1] = { ...indicatori[1], descrizione: "=SOMMA(A1:A9) non è una formula" };
  return {
    impostazioni: base.impostazioni({ ente: "Citta' di Prova & Dintorni", vista: "DUP_2021_2023" }),
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
