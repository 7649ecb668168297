/**
 * The bundled sample PEG: the 2021 report of one settore of Città di Cinisello Balsamo,
 * transcribed as it is printed (see docs/dati-esempio.md). It feeds the "esempio" command,
 * the demo in the task pane and many tests, so it keeps the report's oddities on purpose.
 */
import type {
  Fase,
  Impostazioni,
  Indicatore,
  IsoDate,
  Month,
  Obiettivo,
  PegModel,
  Soggetto,
} from "../model/types";
import {
  POLARITA,
  REGOLE_CALCOLO,
  STATI_OBIETTIVO,
  TIPI_INDICATORE,
  UNITA_INDICATORE,
} from "../schema/enums";
import {
  defaultImpostazioni,
  emptyIndicatorePiao,
  emptyObiettivoPiao,
  emptyValidazione,
} from "../model/defaults";
import data from "./peg-2021.json";

export interface SampleSource {
  /** the report text, relative to the repository root */
  readonly documento: string;
  readonly titolo: string;
  readonly ente: string;
  /** the report's selection parameter "Centro di Responsabilità" */
  readonly settore: string;
  readonly dataElaborazione: IsoDate;
  readonly obiettivi: number;
  readonly fasi: number;
  readonly indicatori: number;
  readonly soggetti: number;
}

/** Where the sample comes from and how much of it the report holds. */
export const SAMPLE_SOURCE: SampleSource = {
  documento: "docs/fonte/scheda-obiettivi-2021.txt",
  titolo: "SCHEDA OBIETTIVI",
  ente: "Citta' di Cinisello Balsamo",
  settore: "08_S_2020 SETT. SOCIOEDUCATIVO E RISORSE",
  dataElaborazione: isoDate("2021-04-29"),
  obiettivi: 31,
  fasi: 55,
  indicatori: 61,
  soggetti: 21,
};

/** A fresh copy of the sample model on every call: callers may change it freely. */
export function samplePeg(): PegModel {
  return {
    impostazioni: impostazioni(),
    obiettivi: data.obiettivi.map(obiettivo),
    fasi: data.fasi.map(fase),
    indicatori: data.indicatori.map(indicatore),
    soggetti: data.soggetti.map(soggetto),
    rilevazioni: [],
  };
}

type RawObiettivo = (typeof data.obiettivi)[number];
type RawFase = (typeof data.fasi)[number];
type RawIndicatore = (typeof data.indicatori)[number];
type RawSoggetto = (typeof data.soggetti)[number];

function impostazioni(): Impostazioni {
  const s = data.impostazioni;
  // the 2021 report predates the PIAO settings: they keep their defaults
  return {
    ...defaultImpostazioni(),
    ...s,
    periodoRiferimento: month(s.periodoRiferimento),
    periodiChiusi: s.periodiChiusi.map(month),
  };
}

function obiettivo(o: RawObiettivo): Obiettivo {
  // the 2021 report predates the PIAO (2022): its links stay empty; April is not validated
  return {
    ...emptyObiettivoPiao(),
    ...emptyValidazione(),
    ...o,
    stato: oneOf(STATI_OBIETTIVO, o.stato, "stato"),
  };
}

function fase(f: RawFase): Fase {
  return {
    ...f,
    inizioPrevista: isoDateOrNull(f.inizioPrevista),
    finePrevista: isoDateOrNull(f.finePrevista),
    inizioEffettiva: isoDateOrNull(f.inizioEffettiva),
    fineEffettiva: isoDateOrNull(f.fineEffettiva),
  };
}

function indicatore(i: RawIndicatore): Indicatore {
  return {
    ...emptyIndicatorePiao(),
    ...i,
    tipo: oneOf(TIPI_INDICATORE, i.tipo, "tipo"),
    unita: oneOf(UNITA_INDICATORE, i.unita, "unita"),
    polarita: oneOf(POLARITA, i.polarita, "polarita"),
    regola: oneOf(REGOLE_CALCOLO, i.regola, "regola"),
  };
}

function soggetto(s: RawSoggetto): Soggetto {
  return {
    ...s,
    dataInizio: isoDateOrNull(s.dataInizio),
    dataFine: isoDateOrNull(s.dataFine),
  };
}

/** Narrows a JSON string to an enum type; a value outside the list is a bug in the sample. */
function oneOf<T extends string>(allowed: readonly T[], value: string | null, field: string): T {
  const found = allowed.find((a) => a === value);
  if (found === undefined)
    throw new Error(`Dati di esempio: valore «${value}» non ammesso in ${field}`);
  return found;
}

function isoDate(value: string): IsoDate {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new Error(`Dati di esempio: data «${value}» non ISO`);
  return value as IsoDate;
}

function isoDateOrNull(value: string | null): IsoDate | null {
  return value === null ? null : isoDate(value);
}

function month(value: string): Month {
  if (!/^\d{4}-\d{2}$/.test(value)) throw new Error(`Dati di esempio: mese «${value}» non valido`);
  return value as Month;
}
