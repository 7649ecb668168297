/**
 * The tables of a PEG workbook, one `TableDef` each. The columns of a table are written as
 * an object keyed by the fields of the record its rows fill, in sheet order: adding a column
 * here without its field in the model (or a field without its column) does not compile, and
 * reading, writing, structure and verifica follow from here.
 */
import type { IndicatoreCalcolato, ObiettivoCalcolato } from "../compute/calcolati";
import type {
  Fase,
  Indicatore,
  IndicatorePiao,
  Obiettivo,
  ObiettivoPiao,
  Rilevazione,
  Soggetto,
  ValidazioneNucleo,
} from "../model/types";
import {
  AMBITI_TRASVERSALI,
  ELEMENTI_RILEVAZIONE,
  ORIGINI_RILEVAZIONE,
  FREQUENZE_RILEVAZIONE,
  POLARITA,
  REGOLE_CALCOLO,
  STATI_OBIETTIVO,
  TIPI_INDICATORE,
  UNITA_INDICATORE,
} from "./enums";
import type { ColumnDef, ColumnSpec, Columns, RecordFields, TableDef } from "./types";

const DATE = "dd/mm/yyyy";
const NUM2 = "#,##0.00";
const INT = "0";
const TEXT = "@";
const GENERAL = "General";

function text(header: string, width: number, required = false): ColumnSpec {
  return { header, type: "text", required, numberFormat: TEXT, width };
}
function date(header: string, required = false): ColumnSpec {
  return { header, type: "date", required, numberFormat: DATE, width: 12 };
}
function percent(header: string, required: boolean, help: string): ColumnSpec {
  return {
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
function computedPercent(header: string): ColumnSpec {
  return { ...percent(header, false, "Calcolato dal componente: non modificare."), computed: true };
}
function number(header: string, width = 12): ColumnSpec {
  return { header, type: "number", required: false, numberFormat: NUM2, width };
}
function enumeration(
  header: string,
  allowed: readonly string[],
  required: boolean,
  width: number,
): ColumnSpec {
  return { header, type: "enum", required, allowed, numberFormat: TEXT, width };
}
function flag(header: string, help: string): ColumnSpec {
  return { header, type: "flag", required: false, numberFormat: TEXT, width: 10, help };
}
function objectiveRef(): ColumnSpec {
  return { ...text("Obiettivo", 14, true), help: "Codice dell'obiettivo (foglio Obiettivi)." };
}
function ordinal(header: string): ColumnSpec {
  return { header, type: "integer", required: true, min: 1, numberFormat: INT, width: 6 };
}

/**
 * The columns of records `R`, then the computed ones (`C`, written by the add-in), each with
 * its key, in the order written.
 */
function columns<R, C = Record<never, never>>(
  fields: Columns<R>,
  computed?: Columns<C>,
): ColumnDef<RecordFields<R> | RecordFields<C>>[] {
  const keyed = (spec: object) =>
    Object.entries(spec as Record<string, ColumnSpec>).map(([key, c]) => ({ key, ...c }));
  return [...keyed(fields), ...keyed(computed ?? {})] as ColumnDef<
    RecordFields<R> | RecordFields<C>
  >[];
}

/** PIAO columns: optional, so workbooks made before them read as before (docs/piao.md). */
function piao(spec: ColumnSpec, full = false): ColumnSpec {
  return full ? { ...spec, optional: true, fullPiaoOnly: true } : { ...spec, optional: true };
}

const PIAO_OBIETTIVO: Columns<ObiettivoPiao> = {
  valorePubblicoCodice: piao(text("Valore pubblico - codice", 12), true),
  valorePubblico: piao(text("Valore pubblico", 30), true),
  strategicoDupCodice: piao(text("Obiettivo strategico DUP - codice", 14)),
  strategicoDup: piao(text("Obiettivo strategico DUP", 30)),
  ambiti: piao({
    ...text("Ambiti trasversali", 24),
    help: `Uno o più, separati da «;»: ${AMBITI_TRASVERSALI.join("; ")}.`,
  }),
};

const PIAO_INDICATORE: Columns<IndicatorePiao> = {
  baseline: piao({ ...number("Baseline"), help: "Valore di partenza dell'indicatore." }),
  annoBaseline: piao({
    header: "Anno baseline",
    type: "integer",
    required: false,
    min: 2000,
    max: 2100,
    numberFormat: INT,
    width: 9,
  }),
  valoreAttesoAnnoDopo: piao(number("Valore atteso anno dopo", 14), true),
  valoreAttesoDueAnniDopo: piao(number("Valore atteso due anni dopo", 14), true),
  fonte: piao(text("Fonte dei dati", 24)),
  frequenza: piao(enumeration("Frequenza di rilevazione", FREQUENZE_RILEVAZIONE, false, 13)),
};

/**
 * The Nucleo di valutazione's validation: optional like the PIAO columns, so older workbooks
 * read unchanged; beside the computed columns, never replacing them.
 */
const NUCLEO_OBIETTIVO: Columns<ValidazioneNucleo> = {
  raggiungimentoValidato: {
    ...percent(
      "Raggiungimento validato %",
      false,
      "Validato dal Nucleo di valutazione: per cambiarlo serve una motivazione (schede-peg valida).",
    ),
    optional: true,
  },
  notaNucleo: { ...text("Nota del Nucleo", 36), optional: true },
  dataValidazione: { ...date("Data validazione"), optional: true },
};

export const OBIETTIVI: TableDef<"obiettivi", RecordFields<Obiettivo & ObiettivoCalcolato>> = {
  id: "obiettivi",
  sheet: "Obiettivi",
  table: "tblObiettivi",
  key: ["codice"],
  columns: columns<Obiettivo, ObiettivoCalcolato>(
    {
      codice: text("Codice", 14, true),
      anno: {
        header: "Anno",
        type: "integer",
        required: true,
        min: 2000,
        max: 2100,
        numberFormat: INT,
        width: 7,
      },
      assessorato: text("Assessorato", 30),
      centroResponsabilita: text("Centro di responsabilità", 30, true),
      settore: text("Settore", 24),
      descrizione: text("Descrizione", 60, true),
      responsabile: text("Responsabile", 20, true),
      mandatoCodice: text("Obiettivo di mandato - codice", 12),
      mandato: text("Obiettivo di mandato", 30),
      missioneCodice: text("Obiettivo di missione - codice", 14),
      missione: text("Obiettivo di missione", 30),
      programmaCodice: text("Obiettivo di programma - codice", 18),
      programma: text("Obiettivo di programma", 30),
      stato: enumeration("Stato", STATI_OBIETTIVO, true, 12),
      statoAttuazione: text("Stato di attuazione", 40),
      modalitaAttuazione: text("Modalità di attuazione", 40),
      peso: { ...number("Peso obiettivo"), min: 0, help: "Peso per gli aggregati (facoltativo)." },
      note: text("Note", 30),
      ...PIAO_OBIETTIVO,
      ...NUCLEO_OBIETTIVO,
    },
    {
      avanzamentoFasi: computedPercent("Avanzamento fasi %"),
      raggiungimentoIndicatori: computedPercent("Raggiungimento indicatori %"),
      raggiungimento: computedPercent("Raggiungimento complessivo %"),
      esito: { ...text("Stato monitoraggio", 14), computed: true },
    },
  ),
};

export const FASI: TableDef<"fasi", RecordFields<Fase>> = {
  id: "fasi",
  sheet: "Fasi",
  table: "tblFasi",
  key: ["obiettivo", "numero"],
  columns: columns<Fase>({
    obiettivo: objectiveRef(),
    numero: ordinal("N. fase"),
    descrizione: text("Descrizione", 50, true),
    inizioPrevista: date("Inizio previsto", true),
    finePrevista: date("Fine prevista", true),
    inizioEffettiva: date("Inizio effettivo"),
    fineEffettiva: date("Fine effettiva"),
    peso: percent("Peso", true, "Peso della fase: i pesi di un obiettivo sommano a 100."),
    avanzamento: percent("Avanzamento %", false, "Percentuale di avanzamento, da 0 a 100."),
    responsabile: text("Responsabile", 20),
    centroResponsabilita: text("Centro di responsabilità", 30),
    note: text("Note", 30),
  }),
};

export const INDICATORI: TableDef<"indicatori", RecordFields<Indicatore & IndicatoreCalcolato>> = {
  id: "indicatori",
  sheet: "Indicatori",
  table: "tblIndicatori",
  key: ["obiettivo", "numero"],
  columns: columns<Indicatore, IndicatoreCalcolato>(
    {
      obiettivo: objectiveRef(),
      numero: ordinal("N. indicatore"),
      descrizione: text("Descrizione", 50, true),
      tipo: enumeration("Tipo", TIPI_INDICATORE, true, 14),
      unita: enumeration("Unità", UNITA_INDICATORE, true, 11),
      polarita: enumeration("Polarità", POLARITA, true, 11),
      regola: enumeration("Regola di calcolo", REGOLE_CALCOLO, true, 11),
      valoreMinimo: {
        ...number("Valore minimo"),
        help: "Solo per la regola «soglia»: sotto questo valore il raggiungimento è 0.",
      },
      valoreAtteso: number("Valore atteso"),
      valoreRaggiunto: number("Valore raggiunto"),
      valoreAnnoPrecedente: number("Valore anno precedente", 14),
      valoreDueAnniPrima: number("Valore due anni prima", 14),
      peso: {
        ...number("Peso"),
        min: 0,
        help: "Peso dell'indicatore nell'obiettivo (vuoto = pesi uguali).",
      },
      cumulativo: flag(
        "Cumulativo",
        "si: il valore non può scendere sotto quello del mese precedente.",
      ),
      nonValutabile: flag(
        "Non valutabile",
        "si: l'indicatore esce dal calcolo (indicare il motivo).",
      ),
      motivoNonValutabile: text("Motivo non valutabile", 30),
      raggiungimentoForzato: percent(
        "Raggiungimento forzato %",
        false,
        "Valore deciso in sede di valutazione: richiede la motivazione.",
      ),
      motivazioneForzatura: text("Motivazione forzatura", 30),
      note: text("Note", 30),
      ...PIAO_INDICATORE,
    },
    { raggiungimento: computedPercent("Raggiungimento %") },
  ),
};

export const SOGGETTI: TableDef<"soggetti", RecordFields<Soggetto>> = {
  id: "soggetti",
  sheet: "Soggetti",
  table: "tblSoggetti",
  key: ["obiettivo", "nominativo"],
  columns: columns<Soggetto>({
    obiettivo: objectiveRef(),
    nominativo: text("Nominativo", 26, true),
    relazione: text("Relazione", 24),
    impegno: percent("Impegno %", false, "Impegno sull'obiettivo, da 0 a 100."),
    dataInizio: date("Data inizio"),
    dataFine: date("Data fine"),
  }),
};

export const RILEVAZIONI: TableDef<"rilevazioni", RecordFields<Rilevazione>> = {
  id: "rilevazioni",
  sheet: "Rilevazioni",
  table: "tblRilevazioni",
  key: [],
  columns: columns<Rilevazione>({
    periodo: { header: "Periodo", type: "month", required: true, numberFormat: TEXT, width: 9 },
    obiettivo: text("Obiettivo", 14),
    elemento: enumeration("Elemento", ELEMENTI_RILEVAZIONE, true, 11),
    numero: {
      header: "N.",
      type: "integer",
      required: false,
      min: 1,
      numberFormat: INT,
      width: 5,
    },
    campo: text("Campo", 18, true),
    valorePrecedente: { ...text("Valore precedente", 16), numberFormat: GENERAL },
    valoreNuovo: { ...text("Valore nuovo", 16), numberFormat: GENERAL },
    nota: text("Nota / motivazione", 36),
    utente: text("Utente", 18, true),
    timestamp: {
      header: "Data e ora",
      type: "datetime",
      required: true,
      numberFormat: "dd/mm/yyyy hh:mm",
      width: 16,
    },
    origine: {
      ...enumeration("Origine", ORIGINI_RILEVAZIONE, false, 10),
      optional: true,
      help: "riquadro: inserito dal modulo; foglio: scritto a mano nella tabella e registrato dopo.",
    },
  }),
};

/** A row of the key/value table of the settings (see settings.ts for the keys). */
export interface ImpostazioneRow {
  chiave: string;
  valore: string | number;
  descrizione: string;
}

export const IMPOSTAZIONI: TableDef<"impostazioni", RecordFields<ImpostazioneRow>> = {
  id: "impostazioni",
  sheet: "Impostazioni",
  table: "tblImpostazioni",
  key: ["chiave"],
  columns: columns<ImpostazioneRow>({
    chiave: text("Chiave", 24, true),
    valore: { ...text("Valore", 30), numberFormat: GENERAL },
    descrizione: text("Descrizione", 60),
  }),
};

/** Every structured table, in the order their sheets are created. */
export const TABLES = [OBIETTIVI, FASI, INDICATORI, SOGGETTI, RILEVAZIONI, IMPOSTAZIONI] as const;
export type TableId = (typeof TABLES)[number]["id"];
/** The definition of one table, with its column keys. */
export type TableOf<I extends TableId> = Extract<(typeof TABLES)[number], { readonly id: I }>;
/** The column keys of one table. */
export type ColumnKey<I extends TableId> = TableOf<I>["columns"][number]["key"];

export function tableById<I extends TableId>(id: I): TableOf<I> {
  const def = TABLES.find((t): t is TableOf<I> => t.id === id);
  if (!def) throw new Error(`Tabella sconosciuta: ${id}`);
  return def;
}

export function columnIndex<K extends string>(def: TableDef<string, K>, key: NoInfer<K>): number {
  const i = def.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`Colonna «${key}» assente nella tabella ${def.table}`);
  return i;
}
