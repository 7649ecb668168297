/**
 * Italian strings of the task pane: the reference dictionary. Every other language must
 * provide the same keys (the `Messages` type makes a missing key a compile error).
 */
export const it = {
  appTitle: "Schede PEG",
  sectionsLabel: "Sezioni di Schede PEG",
  views: {
    cruscotto: "Cruscotto",
    rilevazione: "Rilevazione mensile",
    verifica: "Verifica",
    schede: "Schede",
    impostazioni: "Impostazioni",
  },
  placeholder: "Questa sezione è in preparazione: sarà disponibile in una prossima versione.",
  loading: "Caricamento di Schede PEG…",
  outside: {
    title: "Apri Schede PEG in Excel",
    intro:
      "Questa pagina è il riquadro del componente aggiuntivo Schede PEG: funziona solo dentro Excel, con una cartella di lavoro aperta.",
    webTitle: "Excel sul web",
    webSteps: [
      "Apri la cartella di lavoro del PEG in Excel sul web.",
      "Scegli Inserisci > Componenti aggiuntivi (nelle versioni recenti: Home > Componenti aggiuntivi > Altri componenti aggiuntivi).",
      "Scegli «Carica componente aggiuntivo» e carica il file manifest.xml ricevuto dall'ufficio informatico.",
      "Sulla barra multifunzione compare la scheda «Schede PEG»: premi «Apri Schede PEG».",
    ],
    desktopTitle: "Excel per Windows o Mac",
    desktopSteps: [
      "Se l'ente ha distribuito il componente, lo trovi in Home > Componenti aggiuntivi: non serve altro.",
      "Altrimenti chiedi all'ufficio informatico di distribuirlo dall'interfaccia di amministrazione di Microsoft 365.",
    ],
    requirements:
      "Serve Microsoft 365, Office 2021 o 2024, oppure Excel sul web. Con Office 2019 o LibreOffice usa il comando «npx schede-peg».",
    officeMissing:
      "Non è stato possibile caricare la libreria di Office (office.js): controlla la connessione a Internet e ricarica la pagina.",
  },
  startupError: {
    title: "Schede PEG non si è avviato",
    hint: "Chiudi e riapri il riquadro. Se il problema resta, comunica all'assistenza il messaggio qui sotto.",
  },
};

/** The shape every dictionary must have: the Italian one with its strings widened. */
export type Messages = Widen<typeof it>;

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Widen<T[K]> };
