/**
 * What test/fixtures/import/report-2024.txt holds, written by hand from the report's text:
 * the parser's output is compared with this, never with itself.
 */
import type { Fase } from "../../../src/core/model/types";
import { fase, indicatore, iso, obiettivo, soggetto } from "../../fixtures/model";

const heading = {
  anno: 2024,
  centroResponsabilita: "SETTORE SERVIZI TECNICI E AMBIENTE",
  settore: "03_S_2024 SETT. SERVIZI TECNICI E AMBIENTE",
  responsabile: "VERDI ANNA",
};

/** a phase as the report prints it: planned dates, weight, who and where */
function phase(
  code: string,
  n: number,
  descrizione: string,
  dates: string,
  peso: number,
  who: string,
  where: string,
  more: Partial<Fase> = {},
): Fase {
  const [inizio, fine] = dates.split(" ").map((d) => iso(d.split("/").reverse().join("-")));
  return fase(code, n, {
    descrizione,
    inizioPrevista: inizio,
    finePrevista: fine,
    peso,
    responsabile: who,
    centroResponsabilita: where,
    ...more,
  });
}

const NERI = ["NERI PAOLO", "SERVIZIO MANUTENZIONI E RETI"] as const;
const ROSSETTI = ["ROSSETTI GIULIO", "SERVIZIO MANUTENZIONI E RETI"] as const;
const SETTORE = ["", "SETT. SERVIZI TECNICI E AMBIENTE"] as const;
const PROTEZIONE = "U.O. PROTEZIONE CIVILE";
const yesNo = { unita: "si/no", regola: "si/no" } as const;

export const EXPECTED_2024 = {
  obiettivi: [
    obiettivo("2024_S03_01", {
      ...heading,
      assessorato: "Ambiente - Verde pubblico - Mobilità sostenibile - Qualità dell'aria",
      descrizione:
        "Ridurre i consumi energetici dell'illuminazione pubblica e degli edifici comunali " +
        "attraverso la sostituzione dei corpi illuminanti più vecchi, l'installazione di sistemi " +
        "di telegestione e un piano pluriennale di efficientamento che renda più sicure le " +
        "strade, perché la città sia più vivibile anche nelle ore serali.",
      mandatoCodice: "DUP_02",
      mandato: "UNA CITTÀ SOSTENIBILE",
      missioneCodice: "DUP_02_1701",
      missione: "Energia e risparmio",
      programmaCodice: "DUP_02_1701_0101",
      programma: "Efficienza energetica",
    }),
    obiettivo("2024_S03_02", {
      ...heading,
      assessorato: "Lavori pubblici - Patrimonio",
      descrizione:
        "Mettere in sicurezza le scuole comunali con interventi di adeguamento sismico e antincendio.",
      mandatoCodice: "DUP_03",
      mandato: "SCUOLE SICURE",
      missioneCodice: "DUP_03_0402",
      missione: "Edilizia scolastica",
      programmaCodice: "DUP_03_0402_0201",
      programma: "Adeguamento sismico",
    }),
    obiettivo("2024_S03_07", {
      ...heading,
      assessorato: "Lavori pubblici - Patrimonio",
      descrizione:
        "Rinnovare l'illuminazione delle strade comunali e delle frazioni, con priorità alle " +
        "zone più buie e agli attraversamenti pedonali segnalati dai cittadini.",
      mandatoCodice: "DUP_02",
      mandato: "UNA CITTÀ SOSTENIBILE",
      missioneCodice: "DUP_02_1005",
      missione: "Viabilità e infrastrutture",
      programmaCodice: "DUP_02_1005_0301",
      programma: "Illuminazione stradale",
      statoAttuazione: [
        "Nel primo semestre è stata completata la mappatura dei 42 punti luce più critici e " +
          "sono stati avviati i sopralluoghi tecnici congiunti con il gestore del servizio; la " +
          "gara per i nuovi corpi illuminanti è stata aggiudicata il 28/06/2024.",
        "Restano da completare:",
        "- la sostituzione delle lanterne del centro storico;",
        "- il collaudo degli impianti di via Roma e di piazza Garibaldi.",
      ].join("\n"),
      modalitaAttuazione: [
        "Il progetto si articola in tre lotti funzionali:",
        "lotto 1 - centro storico e zone a traffico limitato;",
        "lotto 2 - frazioni di Marina e Poggio;",
        "lotto 3 - aree artigianali.",
      ].join("\n"),
    }),
    obiettivo("2024_S03_04", {
      ...heading,
      assessorato: "Cultura - Turismo - Eventi",
      descrizione:
        "Aprire al pubblico il “Giardino dei Limoni” dopo il restauro e promuoverne l’uso per " +
        "eventi all’aperto.",
      mandatoCodice: "DUP_05",
      mandato: "CULTURA E TERRITORIO",
      missioneCodice: "DUP_05_0502",
      missione: "Valorizzazione del patrimonio",
      programmaCodice: "DUP_05_0502_0401",
      programma: "Giardini storici",
      stato: "Da avviare",
    }),
    obiettivo("2024_S03_00", {
      ...heading,
      assessorato: "Sindaco",
      descrizione:
        "Garantire la continuità dei servizi tecnici durante le emergenze meteorologiche.",
      mandatoCodice: "DUP_01",
      mandato: "SICUREZZA E PROTEZIONE CIVILE",
      missioneCodice: "DUP_01_1101",
      missione: "Protezione civile",
      programmaCodice: "DUP_01_1101_0101",
      programma: "Piano di emergenza",
    }),
  ],
  fasi: [
    phase(
      "2024_S03_01",
      1,
      "Censimento dei punti luce e classificazione per consumo, età e stato di manutenzione",
      "01/01/2024 30/04/2024",
      30,
      ...NERI,
      { inizioEffettiva: iso("2024-01-08") },
    ),
    phase(
      "2024_S03_01",
      2,
      "Progettazione degli interventi di sostituzione con lampade a LED e della telegestione " +
        "degli impianti",
      "01/03/2024 31/07/2024",
      30,
      ...NERI,
      { inizioEffettiva: iso("2024-03-15") },
    ),
    phase(
      "2024_S03_01",
      3,
      "Affidamento dei lavori ed esecuzione del primo lotto",
      "01/06/2024 31/12/2024",
      40,
      "VERDI ANNA",
      SETTORE[1],
    ),
    phase(
      "2024_S03_02",
      1,
      "Verifiche di vulnerabilità sismica della scuola primaria «G. Rodari»",
      "01/01/2024 31/03/2024",
      40,
      "ROSSETTI GIULIO",
      "UFFICIO EDILIZIA SCOLASTICA",
      { inizioEffettiva: iso("2024-01-10"), fineEffettiva: iso("2024-03-28"), avanzamento: 100 },
    ),
    phase(
      "2024_S03_02",
      2,
      "Adeguamento dell'impianto antincendio della scuola secondaria",
      "01/04/2024 30/11/2024",
      60,
      ...SETTORE,
      { inizioEffettiva: iso("2024-04-02"), avanzamento: 25 },
    ),
    phase(
      "2024_S03_07",
      1,
      "Mappatura dei punti critici segnalati dai cittadini e dalla Polizia Locale",
      "01/01/2024 31/03/2024",
      20,
      ...ROSSETTI,
      { inizioEffettiva: iso("2024-01-05"), fineEffettiva: iso("2024-03-29"), avanzamento: 100 },
    ),
    phase(
      "2024_S03_07",
      2,
      "Gara per la fornitura dei corpi illuminanti",
      "01/02/2024 30/06/2024",
      20,
      ...ROSSETTI,
      { inizioEffettiva: iso("2024-02-01"), fineEffettiva: iso("2024-06-28"), avanzamento: 100 },
    ),
    phase(
      "2024_S03_07",
      3,
      "Sostituzione delle lanterne del centro storico e delle frazioni",
      "01/07/2024 31/12/2024",
      40,
      ...ROSSETTI,
    ),
    phase("2024_S03_07", 4, "Collaudo degli impianti", "01/10/2024 31/12/2024", 20, ...SETTORE),
    phase(
      "2024_S03_04",
      1,
      "Restauro delle serre e dei percorsi",
      "01/09/2024 31/12/2024",
      100,
      "BIANCHI MARTA",
      "UFFICIO VERDE PUBBLICO",
    ),
    phase(
      "2024_S03_00",
      1,
      "Aggiornamento del piano comunale di protezione civile e delle procedure di allerta",
      "01/01/2024 30/06/2024",
      50,
      "BIANCHI MARTA",
      PROTEZIONE,
      { inizioEffettiva: iso("2024-01-01") },
    ),
    phase(
      "2024_S03_00",
      2,
      "Esercitazione con le associazioni di volontariato",
      "01/09/2024 30/11/2024",
      50,
      "FONTANA ELIA",
      PROTEZIONE,
    ),
  ],
  indicatori: [
    indicatore("2024_S03_01", 1, {
      descrizione:
        "Riduzione dei consumi di energia elettrica dell'illuminazione pubblica rispetto " +
        "all'anno precedente, in kWh",
      tipo: "EFFICIENZA",
      valoreAtteso: 12500,
      valoreAnnoPrecedente: 8320.5,
      valoreDueAnniPrima: 4100,
    }),
    indicatore("2024_S03_01", 2, {
      descrizione: "Punti luce sostituiti con lampade a LED",
      valoreAtteso: 600,
      valoreAnnoPrecedente: 450,
    }),
    indicatore("2024_S03_07", 1, {
      descrizione:
        "Copertura del 95% dei punti critici mappati con nuovi corpi illuminanti entro l'anno",
      unita: "percentuale",
      valoreAtteso: 95,
      valoreAnnoPrecedente: 60,
      valoreDueAnniPrima: 45,
    }),
    indicatore("2024_S03_07", 2, {
      descrizione:
        "Numero di segnalazioni dei cittadini per guasti all'illuminazione (valore da ridurre)",
      tipo: "QUALITATIVO",
      valoreAtteso: 120,
      valoreAnnoPrecedente: 180,
      valoreDueAnniPrima: 210,
    }),
    indicatore("2024_S03_07", 3, {
      ...yesNo,
      descrizione: "Collaudo degli impianti concluso entro il 31/12/2024",
      tipo: "TEMPORALE",
      valoreAtteso: 1,
      note: "si=1 no=0",
    }),
    indicatore("2024_S03_07", 4, {
      descrizione: "Spesa per l’energia dell’illuminazione pubblica, in euro",
      tipo: "ECONOMICITA'",
      valoreAtteso: 310000,
      valoreAnnoPrecedente: 355420.75,
    }),
    indicatore("2024_S03_04", 1, {
      ...yesNo,
      descrizione: "Apertura del giardino al pubblico (si=1, no=0)",
      valoreAtteso: 1,
    }),
    indicatore("2024_S03_00", 1, {
      ...yesNo,
      descrizione: "Approvazione del piano aggiornato in Consiglio comunale (si=1 no=0)",
      tipo: "EFFICIENZA",
      valoreAtteso: 1,
      valoreAnnoPrecedente: 0,
    }),
    indicatore("2024_S03_00", 2, {
      descrizione: "Numero di volontari coinvolti nell'esercitazione",
      valoreAtteso: 80,
      valoreAnnoPrecedente: 65,
      valoreDueAnniPrima: 72,
    }),
  ],
  soggetti: [
    soggetto("2024_S03_01", "NERI PAOLO", {
      relazione: "Posizione Organizzativa",
      impegno: 30,
      dataInizio: iso("2024-01-01"),
    }),
    soggetto("2024_S03_01", "D'AMICO LUCIA", {
      relazione: "Referente tecnico",
      impegno: 15.5,
      dataInizio: iso("2024-03-01"),
      dataFine: iso("2024-09-30"),
    }),
    soggetto("2024_S03_07", "ROSSETTI GIULIO", {
      relazione: "Posizione Organizzativa",
      impegno: 50,
      dataInizio: iso("2024-01-01"),
    }),
    soggetto("2024_S03_00", "BIANCHI MARTA", {
      relazione: "Posizione Organizzativa",
      impegno: 0,
      dataInizio: iso("2024-01-01"),
    }),
  ],
};
