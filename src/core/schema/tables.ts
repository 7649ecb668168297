import type { ColumnDef, TableDef } from "./types";

/** Canonical values of the enum columns. The seed report uses the first spellings. */
export const STATI_OBIETTIVO = [
  "In Corso",
  "Da avviare",
  "Concluso",
  "Sospeso",
  "Annullato",
] as const;
export const TIPI_INDICATORE = [
  "EFFICACIA",
  "EFFICIENZA",
  "QUANTITATIVO",
  "QUALITATIVO",
  "ECONOMICITA'",
  "TEMPORALE",
] as const;
export const UNITA_INDICATORE = ["numero", "percentuale", "si/no"] as const;
/** crescente: a higher value is better; decrescente: a lower value is better */
export const POLARITA = ["crescente", "decrescente"] as const;
/** how an indicator's achievement is computed; see docs/formule.md */
export const REGOLE_CALCOLO = ["lineare", "inversa", "si/no", "soglia", "progresso"] as const;
export const ELEMENTI_RILEVAZIONE = ["Obiettivo", "Fase", "Indicatore", "Periodo"] as const;

const DATE = "dd/mm/yyyy";
const NUM2 = "#,##0.00";
const INT = "0";
const TEXT = "@";
const GENERAL = "General";

function text(key: string, header: string, width: number, required = false): ColumnDef {
  return { key, header, type: "text", required, numberFormat: TEXT, width };
}
function date(key: string, header: string, required = false): ColumnDef {
  return { key, header, type: "date", required, numberFormat: DATE, width: 12 };
}
function percent(key: string, header: string, required: boolean, help: string): ColumnDef {
  return {
    key,
    header,
    type: "percent",
    required,
    min: 0,
    max: 100,
    numberFormat: NUM2,
    width: 12,
    help,
  };
}
function computedPercent(key: string, header: string): ColumnDef {
  return {
    ...percent(key, header, false, "Calcolato dal componente: non modificare."),
    computed: true,
  };
}
function number(key: string, header: string, width = 12): ColumnDef {
  return { key, header, type: "number", required: false, numberFormat: NUM2, width };
}
function enumeration(
  key: string,
  header: string,
  allowed: readonly string[],
  required: boolean,
  width: number,
): ColumnDef {
  return { key, header, type: "enum", required, allowed, numberFormat: TEXT, width };
}
function flag(key: string, header: string, help: string): ColumnDef {
  return { key, header, type: "flag", required: false, numberFormat: TEXT, width: 10, help };
}
function objectiveRef(): ColumnDef {
  return {
    ...text("obiettivo", "Obiettivo", 14, true),
    help: "Codice dell'obiettivo (foglio Obiettivi).",
  };
}
function ordinal(header: string): ColumnDef {
  return {
    key: "numero",
    header,
    type: "integer",
    required: true,
    min: 1,
    numberFormat: INT,
    width: 6,
  };
}

export const OBIETTIVI: TableDef<"obiettivi"> = {
  id: "obiettivi",
  sheet: "Obiettivi",
  table: "tblObiettivi",
  key: ["codice"],
  columns: [
    text("codice", "Codice", 14, true),
    {
      key: "anno",
      header: "Anno",
      type: "integer",
      required: true,
      min: 2000,
      max: 2100,
      numberFormat: INT,
      width: 7,
    },
    text("assessorato", "Assessorato", 30),
    text("centroResponsabilita", "Centro di responsabilità", 30, true),
    text("settore", "Settore", 24),
    text("descrizione", "Descrizione", 60, true),
    text("responsabile", "Responsabile", 20, true),
    text("mandatoCodice", "Obiettivo di mandato - codice", 12),
    text("mandato", "Obiettivo di mandato", 30),
    text("missioneCodice", "Obiettivo di missione - codice", 14),
    text("missione", "Obiettivo di missione", 30),
    text("programmaCodice", "Obiettivo di programma - codice", 18),
    text("programma", "Obiettivo di programma", 30),
    enumeration("stato", "Stato", STATI_OBIETTIVO, true, 12),
    text("statoAttuazione", "Stato di attuazione", 40),
    text("modalitaAttuazione", "Modalità di attuazione", 40),
    { ...number("peso", "Peso obiettivo"), min: 0, help: "Peso per gli aggregati (facoltativo)." },
    text("note", "Note", 30),
    computedPercent("avanzamentoFasi", "Avanzamento fasi %"),
    computedPercent("raggiungimentoIndicatori", "Raggiungimento indicatori %"),
    computedPercent("raggiungimento", "Raggiungimento complessivo %"),
    { ...text("esito", "Stato monitoraggio", 14), computed: true },
  ],
};

export const FASI: TableDef<"fasi"> = {
  id: "fasi",
  sheet: "Fasi",
  table: "tblFasi",
  key: ["obiettivo", "numero"],
  columns: [
    objectiveRef(),
    ordinal("N. fase"),
    text("descrizione", "Descrizione", 50, true),
    date("inizioPrevista", "Inizio previsto", true),
    date("finePrevista", "Fine prevista", true),
    date("inizioEffettiva", "Inizio effettivo"),
    date("fineEffettiva", "Fine effettiva"),
    percent("peso", "Peso", true, "Peso della fase: i pesi di un obiettivo sommano a 100."),
    percent("avanzamento", "Avanzamento %", false, "Percentuale di avanzamento, da 0 a 100."),
    text("responsabile", "Responsabile", 20),
    text("centroResponsabilita", "Centro di responsabilità", 30),
    text("note", "Note", 30),
  ],
};

export const INDICATORI: TableDef<"indicatori"> = {
  id: "indicatori",
  sheet: "Indicatori",
  table: "tblIndicatori",
  key: ["obiettivo", "numero"],
  columns: [
    objectiveRef(),
    ordinal("N. indicatore"),
    text("descrizione", "Descrizione", 50, true),
    enumeration("tipo", "Tipo", TIPI_INDICATORE, true, 14),
    enumeration("unita", "Unità", UNITA_INDICATORE, true, 11),
    enumeration("polarita", "Polarità", POLARITA, true, 11),
    enumeration("regola", "Regola di calcolo", REGOLE_CALCOLO, true, 11),
    {
      ...number("valoreMinimo", "Valore minimo"),
      help: "Solo per la regola «soglia»: sotto questo valore il raggiungimento è 0.",
    },
    number("valoreAtteso", "Valore atteso"),
    number("valoreRaggiunto", "Valore raggiunto"),
    number("valoreAnnoPrecedente", "Valore anno precedente", 14),
    number("valoreDueAnniPrima", "Valore due anni prima", 14),
    {
      ...number("peso", "Peso"),
      min: 0,
      help: "Peso dell'indicatore nell'obiettivo (vuoto = pesi uguali).",
    },
    flag(
      "cumulativo",
      "Cumulativo",
      "si: il valore non può scendere sotto quello del mese precedente.",
    ),
    flag(
      "nonValutabile",
      "Non valutabile",
      "si: l'indicatore esce dal calcolo (indicare il motivo).",
    ),
    text("motivoNonValutabile", "Motivo non valutabile", 30),
    percent(
      "raggiungimentoForzato",
      "Raggiungimento forzato %",
      false,
      "Valore deciso in sede di valutazione: richiede la motivazione.",
    ),
    text("motivazioneForzatura", "Motivazione forzatura", 30),
    text("note", "Note", 30),
    computedPercent("raggiungimento", "Raggiungimento %"),
  ],
};

export const SOGGETTI: TableDef<"soggetti"> = {
  id: "soggetti",
  sheet: "Soggetti",
  table: "tblSoggetti",
  key: ["obiettivo", "nominativo"],
  columns: [
    objectiveRef(),
    text("nominativo", "Nominativo", 26, true),
    text("relazione", "Relazione", 24),
    percent("impegno", "Impegno %", false, "Impegno sull'obiettivo, da 0 a 100."),
    date("dataInizio", "Data inizio"),
    date("dataFine", "Data fine"),
  ],
};

export const RILEVAZIONI: TableDef<"rilevazioni"> = {
  id: "rilevazioni",
  sheet: "Rilevazioni",
  table: "tblRilevazioni",
  key: [],
  columns: [
    {
      key: "periodo",
      header: "Periodo",
      type: "month",
      required: true,
      numberFormat: TEXT,
      width: 9,
    },
    text("obiettivo", "Obiettivo", 14),
    enumeration("elemento", "Elemento", ELEMENTI_RILEVAZIONE, true, 11),
    {
      key: "numero",
      header: "N.",
      type: "integer",
      required: false,
      min: 1,
      numberFormat: INT,
      width: 5,
    },
    text("campo", "Campo", 18, true),
    { ...text("valorePrecedente", "Valore precedente", 16), numberFormat: GENERAL },
    { ...text("valoreNuovo", "Valore nuovo", 16), numberFormat: GENERAL },
    text("nota", "Nota / motivazione", 36),
    text("utente", "Utente", 18, true),
    {
      key: "timestamp",
      header: "Data e ora",
      type: "datetime",
      required: true,
      numberFormat: "dd/mm/yyyy hh:mm",
      width: 16,
    },
  ],
};

export const IMPOSTAZIONI: TableDef<"impostazioni"> = {
  id: "impostazioni",
  sheet: "Impostazioni",
  table: "tblImpostazioni",
  key: ["chiave"],
  columns: [
    text("chiave", "Chiave", 24, true),
    { ...text("valore", "Valore", 30), numberFormat: GENERAL },
    text("descrizione", "Descrizione", 60),
  ],
};

/** Every structured table, in the order their sheets are created. */
export const TABLES = [OBIETTIVI, FASI, INDICATORI, SOGGETTI, RILEVAZIONI, IMPOSTAZIONI] as const;
export type TableId = (typeof TABLES)[number]["id"];

export function tableById(id: TableId): TableDef {
  const def = TABLES.find((t) => t.id === id);
  if (!def) throw new Error(`Tabella sconosciuta: ${id}`);
  return def;
}

export function columnIndex(def: TableDef, key: string): number {
  const i = def.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`Colonna «${key}» assente nella tabella ${def.table}`);
  return i;
}
