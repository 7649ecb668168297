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
  /** the labels on the tabs: short, so the five fit on one row */
  tabs: {
    cruscotto: "Cruscotto",
    rilevazione: "Rilevazione",
    verifica: "Verifica",
    schede: "Schede",
    impostazioni: "Impostazioni",
  },
  moreSections: "Altre sezioni ({count})",
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
  /** number and month formatting of the views */
  locale: "it-IT",
  /** values typed straight into the Fasi and Indicatori tables */
  typed: {
    title: "Valori scritti nelle tabelle",
    logged: "Registrato",
    undone: "Rimesso il valore precedente",
    kept: "Lasciato nella cella, da correggere",
    change: "{elemento} {numero} dell'obiettivo {obiettivo}, {campo}: {before} → {after}",
    empty: "vuoto",
    unloggedTitle: "Valori non registrati",
    unloggedIntro: {
      one: "1 valore nelle tabelle è diverso dall'ultimo registrato e nessuno lo ha registrato (scritto a riquadro chiuso o da un collega senza il componente).",
      other:
        "{count} valori nelle tabelle sono diversi dall'ultimo registrato e nessuno li ha registrati (scritti a riquadro chiuso o da un collega senza il componente).",
    },
    logAction: "Registra queste modifiche",
    logging: "Registrazione in corso…",
    needsName: "Indica il tuo nome in Impostazioni per registrarli.",
  },
  common: {
    refresh: "Aggiorna",
    reading: "Lettura della cartella in corso…",
    readFailed: "Non è stato possibile leggere la cartella",
    errorTitle: "Operazione non riuscita",
    errorHint:
      "Riprova. Se il problema resta, premi «Aggiorna» o chiudi e riapri il riquadro; se un collega sta modificando la cartella, attendi qualche secondo.",
    retry: "Riprova",
    dismiss: "Chiudi messaggio",
    cancel: "Annulla",
    closedMark: "chiuso",
    userNameTitle: "Come ti chiami?",
    userNameIntro:
      "Il tuo nome viene scritto nel registro delle rilevazioni accanto a ogni modifica. Lo chiediamo una volta sola: resta su questo computer.",
    userNameLabel: "Il tuo nome per il registro delle modifiche",
    userNameHint: "Resta salvato su questo computer, non nella cartella.",
    userNameSave: "Salva nome",
    userNameRequired: "Scrivi il tuo nome e cognome.",
  },
  esito: {
    "in linea": "In linea",
    "in ritardo": "In ritardo",
    critico: "Critico",
    concluso: "Concluso",
    "non misurato": "Non misurato",
    sospeso: "Sospeso",
    annullato: "Annullato",
  },
  filters: {
    groupLabel: "Filtri degli obiettivi",
    search: "Cerca",
    searchPlaceholder: "Codice o parole della descrizione",
    centro: "Centro di responsabilità",
    responsabile: "Responsabile",
    esito: "Stato",
    all: "Tutti",
    clear: "Azzera filtri",
    toggle: "Filtri ({count})",
    count: { one: "{shown} di {total} obiettivo", other: "{shown} di {total} obiettivi" },
  },
  firstRun: {
    title: "Prepariamo la cartella",
    intro: "In questa cartella mancano le tabelle di Schede PEG: {tables}.",
    prepare: "Prepara cartella",
    prepareHint:
      "«Prepara cartella» crea i fogli e le tabelle mancanti; non modifica i dati già presenti.",
    sample: "Carica dati di esempio",
    sampleHint:
      "«Carica dati di esempio» riempie le tabelle vuote con il PEG 2021 di esempio, utile per provare.",
    preparing: "Preparazione della cartella…",
    loadingSample: "Caricamento dei dati di esempio…",
    prepareFailed: "Preparazione non riuscita",
    sampleRefusedTitle:
      "Dati di esempio non caricati: si caricano solo in tabelle vuote, per non sovrascrivere dati. Per provarli usa una cartella nuova.",
    sheetsCreated: "Fogli creati: {items}.",
    tablesCreated: "Tabelle create nei fogli esistenti: {items}.",
    columnsAdded: "Colonne aggiunte: {items}.",
    nothingCreated: "La cartella era già pronta: non è stato creato nulla.",
    continue: "Continua",
  },
  cruscotto: {
    toolbar: "Azioni del cruscotto",
    writeComputed: "Scrivi percentuali nel foglio",
    writing: "Scrittura delle percentuali…",
    written: {
      one: "Percentuali e stato scritti nel foglio per 1 obiettivo.",
      other: "Percentuali e stati scritti nel foglio per {count} obiettivi.",
    },
    writeFailed: "Percentuali non scritte",
    reference: "Mese di riferimento: {month}.",
    dataErrors: {
      one: "Nei dati c'è 1 errore: alcune percentuali possono essere sbagliate. Apri «Verifica» per correggerlo.",
      other:
        "Nei dati ci sono {count} errori: alcune percentuali possono essere sbagliate. Apri «Verifica» per correggerli.",
    },
    opened:
      "Obiettivo {codice} scelto: apri la sezione «Rilevazione mensile» per inserire i valori.",
    attention: "Attenzione",
    nothingToFlag: "Nessun obiettivo richiede attenzione per {month}.",
    behind: "In ritardo o critici ({count})",
    phasesDue: "Fasi in scadenza entro 30 giorni, non al 100% ({count})",
    phaseDue: "fase {numero}: termina il {date}, avanzamento {value}",
    notLogged: "Senza rilevazione di {month} ({count})",
    openLabel: "Apri {codice} in Rilevazione mensile",
    objectives: "Obiettivi",
    figures: "Avanzamento fasi {phases}, raggiungimento {overall}",
    empty: "Nessun obiettivo corrisponde ai filtri: azzera i filtri per vederli tutti.",
    noObjectives:
      "Il foglio Obiettivi è vuoto: inserisci gli obiettivi nella tabella o carica i dati di esempio.",
    totals: "Totali per centro di responsabilità",
    totalLine: {
      one: "1 obiettivo, raggiungimento {overall}",
      other: "{count} obiettivi, raggiungimento medio {overall}",
    },
  },
  rilevazione: {
    month: "Mese della rilevazione",
    monthClosed:
      "Questo mese è chiuso: i valori non si possono modificare. Per una correzione chiedi di riaprirlo in Impostazioni, indicando la motivazione.",
    objective: "Obiettivo",
    objectivePlaceholder: "Scrivi codice o parole della descrizione",
    noMatch: "Nessun obiettivo trovato",
    noObjectives:
      "Non ci sono obiettivi: inseriscili nel foglio Obiettivi o carica i dati di esempio.",
    nothingToEdit: "Questo obiettivo non ha fasi né indicatori da aggiornare.",
    phasesTitle: "Fasi ({count})",
    indicatorsTitle: "Indicatori ({count})",
    phase: "Fase {numero}",
    indicator: "Indicatore {numero}",
    weight: "peso {peso}",
    noWeight: "mancante",
    planned: "Prevista dal {from} al {to}",
    yearValue: "{year}: {value}",
    moreActions: "Altre azioni, {name}",
    fields: {
      avanzamento: "Avanzamento (%)",
      inizioEffettiva: "Inizio effettivo",
      fineEffettiva: "Fine effettiva",
      note: "Note",
      valoreRaggiunto: "Valore raggiunto",
      valoreAtteso: "Valore atteso",
    },
    dateHint: "gg/mm/aaaa",
    yesNoHint: "Scrivi 1 per sì, 0 per no",
    errors: {
      number: "Scrivi un numero, ad es. 3.500,5",
      percent: "Scrivi una percentuale da 0 a 100, ad es. 75 o 75%",
      date: "Scrivi una data esistente nel formato gg/mm/aaaa, ad es. 31/12/2021",
      yesno: "Scegli sì (1) o no (0)",
    },
    yes: "Sì",
    no: "No",
    notMeasured: "Non rilevato",
    emptyValue: "(vuoto)",
    targetIs: "Valore atteso: {value}",
    targetEdit: "Modifica valore atteso",
    targetTitle: "Modifica del valore atteso",
    targetNew: "Nuovo valore atteso",
    targetRequired: "Scrivi il nuovo valore atteso.",
    reason: "Motivazione",
    reasonRequired: "Scrivi la motivazione: resta nel registro delle rilevazioni.",
    targetConfirm: "Usa questo valore",
    targetPending:
      "Nuovo valore atteso {value}, motivazione: {motivazione}. Sarà scritto al salvataggio.",
    targetUndo: "Annulla modifica del valore atteso (indicatore {numero})",
    proposeEnd:
      "La fase {numero} è al 100% e non ha una fine effettiva: vuoi indicare oggi, {date}?",
    proposeAccept: "Usa la data di oggi",
    saveBar: "Salvataggio della rilevazione",
    nothingPending: "Nessuna modifica da salvare.",
    pending: {
      one: "1 modifica da salvare.",
      other: "{count} modifiche da salvare.",
    },
    fixErrors: "Correggi i campi segnalati ({count}) prima di salvare.",
    save: "Salva rilevazione",
    discard: "Annulla modifiche",
    saving: "Salvataggio in corso…",
    saved: {
      one: "Rilevazione salvata: 1 valore salvato e registrato.",
      other: "Rilevazione salvata: {count} valori salvati e registrati.",
    },
    savedApart: "Rilevazione salvata: {cells}, {rows}.",
    savedCells: { one: "1 valore salvato", other: "{count} valori salvati" },
    savedRows: { one: "1 riga nel registro", other: "{count} righe nel registro" },
    refused: "Rilevazione non salvata: nulla è stato scritto. Correggi e riprova:",
    saveFailed: "Rilevazione non salvata",
    loggedAs: "Le modifiche sono registrate a nome di {name} (puoi cambiarlo in Impostazioni).",
    conflictTitle: "Un collega ha modificato gli stessi valori",
    conflictIntro:
      "Da quando hai aperto l'obiettivo, un collega ha cambiato queste celle. Per ognuna scegli quale valore tenere; poi il salvataggio riparte.",
    yourValue: "Il tuo valore: {value}",
    theirValue: "Valore del collega: {value}",
    conflictConfirm: "Salva con queste scelte",
    historyTitle: "Rilevazioni precedenti",
    historyEmpty: "Nessuna rilevazione registrata per questo obiettivo.",
    historyLine: "{elemento}, {campo}: {from} → {to}",
    historyMeta: "{periodo} · {when} · {utente}",
    historyAll: "Mostra tutte ({count})",
  },
  verifica: {
    recheck: "Verifica di nuovo",
    fixing: "Correzione in corso…",
    errors: { one: "1 errore", other: "{count} errori" },
    warnings: { one: "1 avviso", other: "{count} avvisi" },
    allGood: "Nessun problema trovato: i dati sono in ordine.",
    errorsHeader: "Errori ({count})",
    warningsHeader: "Avvisi ({count})",
    generalHeader: "Generali ({count})",
    objectiveHeader: "Obiettivo {codice} ({count})",
    error: "Errore",
    warning: "Avviso",
    goTo: "Vai alla cella {cell}",
    column: "colonna {column}",
    fixIn: "{label} nella cella {cell}",
    actionFailed: "Operazione sulla cella non riuscita",
  },
  schede: {
    scope: "Schede da generare",
    current: "Solo l'obiettivo scelto ({codice})",
    currentNone: "Solo l'obiettivo scelto (scegline uno nel Cruscotto o in Rilevazione mensile)",
    filtered: "Gli obiettivi filtrati ({count})",
    all: "Tutti gli obiettivi ({count})",
    index: "Crea anche il foglio «Indice schede»",
    generate: { one: "Genera 1 scheda", other: "Genera {count} schede" },
    generateAll: "Genera tutte ({count})",
    cancel: "Interrompi",
    progressLabel: "Generazione delle schede",
    progressWaiting: {
      one: "Excel sta scrivendo 1 foglio.",
      other:
        "Excel sta scrivendo {count} fogli: con molte schede ci vuole qualche decina di secondi.",
    },
    progress: "{done} di {total}",
    cancelled:
      "Generazione interrotta: le schede già create restano nella cartella; puoi rigenerarle quando vuoi.",
    failed: "Schede non generate",
    done: "Schede generate: {count}.",
    generatedTitle: "Fogli creati",
    inSheetOnly: "Nel foglio «{sheet}».",
    renamed: "Nome cambiato: {reason}.",
    indexHint: "L'elenco delle schede, con il collegamento a ciascuna.",
    openSheet: "Apri il foglio {sheet}",
    openFailed: "Foglio non aperto",
    noneSelected: "Nessun obiettivo scelto: cambia la scelta o i filtri.",
  },
  impostazioni: {
    userTitle: "Il tuo nome",
    settingsTitle: "Impostazioni della cartella",
    fields: {
      ente: "Ente",
      anno: "Anno del PEG",
      vista: "Vista o documento di riferimento",
      periodoRiferimento: "Mese di riferimento",
      tolleranzaRitardo: "Tolleranza di ritardo (punti %)",
      sogliaCritico: "Soglia di ritardo critico (punti %)",
      pesoIndicatori: "Peso degli indicatori nel raggiungimento (%)",
      entePiccolo: "Ente piccolo (meno di 50 dipendenti)",
      controlliQualita: "Controlli di qualità (PIAO)",
    },
    hints: {
      ente: "Il nome del comune, come compare in testa a ogni scheda.",
      anno: "L'anno degli obiettivi: le date fuori da quest'anno vengono segnalate.",
      vista: "Il documento da cui vengono gli obiettivi (ad es. il DUP), stampato sulle schede.",
      periodoRiferimento:
        "Il mese a cui si riferiscono ritardi e percentuali del cruscotto e delle schede.",
      tolleranzaRitardo:
        "Di quanti punti l'avanzamento può restare sotto quello atteso prima che l'obiettivo sia «in ritardo».",
      sogliaCritico: "Oltre questo ritardo, in punti, l'obiettivo è «critico».",
      pesoIndicatori:
        "Quanto contano gli indicatori nel raggiungimento complessivo; il resto lo danno le fasi.",
      entePiccolo:
        "PIAO semplificato: non si chiedono il Valore pubblico né i valori attesi dei due anni dopo.",
      controlliQualita:
        "La verifica segnala anche gli avvisi di qualità per il PIAO: indicatori senza baseline o fonte, obiettivi senza indicatori o scadenze…",
    },
    errors: {
      integer: "Scrivi un anno di quattro cifre, ad es. 2021",
      percent: "Scrivi un numero da 0 a 100",
      month: "Scegli un mese valido",
      order: "La soglia critica deve essere maggiore della tolleranza di ritardo",
    },
    save: "Salva impostazioni",
    saving: "Salvataggio delle impostazioni…",
    saved: {
      one: "Impostazioni salvate: 1 valore aggiornato.",
      other: "Impostazioni salvate: {count} valori aggiornati.",
    },
    saveFailed: "Impostazioni non salvate",
    monthsTitle: "Mesi aperti e chiusi",
    monthsIntro:
      "Chiudi un mese quando le rilevazioni sono definitive: non si potranno più modificare. Riaprirlo richiede una motivazione.",
    open: "Aperto",
    closed: "Chiuso",
    close: "Chiudi",
    reopen: "Riapri",
    closeMonth: "Chiudi {month}",
    reopenMonth: "Riapri {month}",
    reopenTitle: "Riapri {month}",
    reason: "Motivazione della riapertura",
    reasonRequired: "Scrivi la motivazione: resta nel registro delle rilevazioni.",
    closedDone: "{month} chiuso.",
    reopenedDone: "{month} riaperto.",
    monthFailed: "Stato del mese non cambiato",
  },
};

/** The shape every dictionary must have: the Italian one with its strings widened. */
export type Messages = Widen<typeof it>;

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Widen<T[K]> };
