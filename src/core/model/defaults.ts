/** The starting point of a workbook: default settings from the schema and no records. */
import type { Impostazioni, Month, PegModel } from "./types";
import { SETTINGS, type SettingKey } from "../schema/settings";

function defaultOf(key: SettingKey): string | number {
  const def = SETTINGS.find((s) => s.key === key);
  if (!def) throw new Error(`Impostazione sconosciuta: ${key}`);
  return def.defaultValue;
}

function monthList(text: string): Month[] {
  return text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "") as Month[];
}

export function defaultImpostazioni(): Impostazioni {
  return {
    ente: String(defaultOf("ente")),
    anno: Number(defaultOf("anno")),
    vista: String(defaultOf("vista")),
    periodoRiferimento: String(defaultOf("periodoRiferimento")) as Month,
    tolleranzaRitardo: Number(defaultOf("tolleranzaRitardo")),
    sogliaCritico: Number(defaultOf("sogliaCritico")),
    pesoIndicatori: Number(defaultOf("pesoIndicatori")),
    periodiChiusi: monthList(String(defaultOf("periodiChiusi"))),
  };
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
