/**
 * Settings live in the Impostazioni table as key/value rows, so colleagues share them with
 * the workbook. Each key has a type, a default and an Italian description written beside it.
 */
import type { Impostazioni, Month, Percent } from "../model/types";
import { parseNumberText } from "../text/numbers";
import type { ColumnDef } from "./types";

/** The settings are the fields of `Impostazioni`: one row each in the table. */
export type SettingKey = keyof Impostazioni;

export interface SettingDef<K extends SettingKey = SettingKey> {
  readonly key: K;
  readonly type: "text" | "integer" | "percent" | "month" | "monthList" | "flag" | "bandStarts";
  /** the value the model takes when the workbook has none (or a wrong one) */
  readonly defaultValue: Impostazioni[K];
  readonly description: string;
}

/** One entry per field of Impostazioni, in table order: a field without its entry does not compile. */
const SPECS: { readonly [K in SettingKey]: Omit<SettingDef<K>, "key"> } = {
  ente: { type: "text", defaultValue: "", description: "Nome dell'ente stampato sulle schede." },
  anno: { type: "integer", defaultValue: 2021, description: "Anno del PEG." },
  vista: {
    type: "text",
    defaultValue: "",
    description: "Vista o documento di riferimento (es. DUP 2021-2023).",
  },
  periodoRiferimento: {
    type: "month",
    defaultValue: "2021-04" as Month,
    description: "Mese di riferimento del monitoraggio (AAAA-MM).",
  },
  tolleranzaRitardo: {
    type: "percent",
    defaultValue: 10,
    description: "Punti percentuali di ritardo sull'atteso ancora «in linea».",
  },
  sogliaCritico: {
    type: "percent",
    defaultValue: 25,
    description: "Punti percentuali di ritardo oltre i quali l'obiettivo è «critico».",
  },
  pesoIndicatori: {
    type: "percent",
    defaultValue: 50,
    description: "Quota del raggiungimento complessivo data dagli indicatori; il resto dalle fasi.",
  },
  periodiChiusi: {
    type: "monthList",
    defaultValue: [],
    description: "Mesi chiusi alle rilevazioni, separati da punto e virgola (AAAA-MM;AAAA-MM).",
  },
  entePiccolo: {
    type: "flag",
    defaultValue: false,
    description:
      "Ente piccolo (meno di 50 dipendenti), si/no: nasconde le colonne che il PIAO semplificato non chiede.",
  },
  controlliQualita: {
    type: "flag",
    defaultValue: true,
    description: "Controlli di qualità (PIAO), si/no: gli avvisi di qualità della verifica.",
  },
  fasceRaggiungimento: {
    type: "bandStarts",
    // the bands most SMVPs use: 0–49, 50–79, 80–89, 90–100
    defaultValue: [0, 50, 80, 90],
    description:
      "Fasce di raggiungimento della Relazione: dove inizia ciascuna, da 0 a 100, separate da punto e virgola (al più 4).",
  },
};

export const SETTINGS: readonly SettingDef[] = (Object.keys(SPECS) as SettingKey[]).map(
  (key): SettingDef => ({ key, ...SPECS[key] }),
);

/** the Relazione has room for this many bands */
export const MAX_BANDS = 4;

/**
 * The starts of the achievement bands from their text ("0;50;80;90"): whole numbers from 0
 * to 100, sorted, 0 always first; null when a part is not one or there are too many bands.
 */
export function parseBandStarts(text: string): Percent[] | null {
  const parts = text
    .split(";")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const values = parts.map((p) => parseNumberText(p)?.value ?? NaN);
  if (values.some((v) => !Number.isInteger(v) || v < 0 || v > 100)) return null;
  const starts = [...new Set([0, ...values])].sort((a, b) => a - b);
  return starts.length <= MAX_BANDS ? starts : null;
}

/** A setting's value as its cell holds it: months of a list joined by ";", flags si/no. */
export function settingCell(value: Impostazioni[SettingKey]): string | number {
  if (typeof value === "boolean") return value ? "si" : "no";
  return Array.isArray(value) ? value.join(";") : value;
}

/** Whether the settings hide a column: an ente piccolo does not see the full PIAO's ones. */
export function hiddenBySettings(col: ColumnDef, impostazioni: Impostazioni): boolean {
  return col.fullPiaoOnly === true && impostazioni.entePiccolo;
}

/** Whether the settings hide the field `key` of table `def`: what the scheda leaves out. */
export function hiddenField(
  def: { readonly columns: readonly ColumnDef[] },
  key: string,
  impostazioni: Impostazioni,
): boolean {
  const col = def.columns.find((c) => c.key === key);
  return col !== undefined && hiddenBySettings(col, impostazioni);
}
