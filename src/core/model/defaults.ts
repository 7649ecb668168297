/** The starting point of a workbook: default settings from the schema and no records. */
import type {
  Impostazioni,
  IndicatorePiao,
  ObiettivoPiao,
  PegModel,
  ValidazioneNucleo,
} from "./types";
import { SETTINGS } from "../schema/settings";

export function defaultImpostazioni(): Impostazioni {
  // lists are copied: every model gets its own
  const entries = SETTINGS.map((s) => {
    const v = s.defaultValue;
    return [s.key, Array.isArray(v) ? [...v] : v];
  });
  return Object.fromEntries(entries) as Impostazioni;
}

export function emptyModel(): PegModel {
  return {
    impostazioni: defaultImpostazioni(),
    obiettivi: [],
    fasi: [],
    indicatori: [],
    soggetti: [],
    rilevazioni: [],
  };
}

/** The PIAO links of an objective, all empty (records made without them: sample, tests). */
export function emptyObiettivoPiao(): ObiettivoPiao {
  return {
    valorePubblicoCodice: "",
    valorePubblico: "",
    strategicoDupCodice: "",
    strategicoDup: "",
    ambiti: "",
  };
}

/** An objective not validated by the Nucleo (records made without the columns). */
export function emptyValidazione(): ValidazioneNucleo {
  return { raggiungimentoValidato: null, notaNucleo: "", dataValidazione: null };
}

/** The PIAO fields of an indicator, all empty. */
export function emptyIndicatorePiao(): IndicatorePiao {
  return {
    baseline: null,
    annoBaseline: null,
    valoreAttesoAnnoDopo: null,
    valoreAttesoDueAnniDopo: null,
    fonte: "",
    frequenza: null,
  };
}
