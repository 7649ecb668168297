/**
 * Settings live in the Impostazioni table as key/value rows, so colleagues share them with
 * the workbook. Each key has a type, a default and an Italian description written beside it.
 */
export type SettingKey =
  | "ente"
  | "anno"
  | "vista"
  | "periodoRiferimento"
  | "tolleranzaRitardo"
  | "sogliaCritico"
  | "pesoIndicatori"
  | "periodiChiusi";

export interface SettingDef {
  readonly key: SettingKey;
  readonly type: "text" | "integer" | "percent" | "month" | "monthList";
  readonly defaultValue: string | number;
  readonly description: string;
}

export const SETTINGS: readonly SettingDef[] = [
  {
    key: "ente",
    type: "text",
    defaultValue: "",
    description: "Nome dell'ente stampato sulle schede.",
  },
  { key: "anno", type: "integer", defaultValue: 2021, description: "Anno del PEG." },
  {
    key: "vista",
    type: "text",
    defaultValue: "",
    description: "Vista o documento di riferimento (es. DUP 2021-2023).",
  },
  {
    key: "periodoRiferimento",
    type: "month",
    defaultValue: "2021-04",
    description: "Mese di riferimento del monitoraggio (AAAA-MM).",
  },
  {
    key: "tolleranzaRitardo",
    type: "percent",
    defaultValue: 10,
    description: "Punti percentuali di ritardo sull'atteso ancora «in linea».",
  },
  {
    key: "sogliaCritico",
    type: "percent",
    defaultValue: 25,
    description: "Punti percentuali di ritardo oltre i quali l'obiettivo è «critico».",
  },
  {
    key: "pesoIndicatori",
    type: "percent",
    defaultValue: 50,
    description: "Quota del raggiungimento complessivo data dagli indicatori; il resto dalle fasi.",
  },
  {
    key: "periodiChiusi",
    type: "monthList",
    defaultValue: "",
    description: "Mesi chiusi alle rilevazioni, separati da punto e virgola (AAAA-MM;AAAA-MM).",
  },
];
