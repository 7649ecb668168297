/** The Impostazioni form as data: typed texts -> checked values -> the changed keys. */
import type { Impostazioni } from "../../../core/model/types";
import { formatNumberIt, parseNumberText } from "../../../core/text/numbers";
import { parseMonthText } from "../../../core/text/dates";

export const EDITABLE = [
  "ente",
  "anno",
  "vista",
  "periodoRiferimento",
  "tolleranzaRitardo",
  "sogliaCritico",
  "pesoIndicatori",
] as const;
export type EditableSetting = (typeof EDITABLE)[number];

export type SettingError = "integer" | "percent" | "month" | "order";

const KIND: Record<EditableSetting, "text" | "integer" | "percent" | "month"> = {
  ente: "text",
  anno: "integer",
  vista: "text",
  periodoRiferimento: "month",
  tolleranzaRitardo: "percent",
  sogliaCritico: "percent",
  pesoIndicatori: "percent",
};

export function settingText(imp: Impostazioni, key: EditableSetting): string {
  const v = imp[key];
  return typeof v === "number" && KIND[key] !== "integer" ? formatNumberIt(v) : String(v);
}

type Parsed = { ok: true; value: string | number } | { ok: false; error: SettingError };

export function parseSetting(key: EditableSetting, text: string): Parsed {
  const s = text.trim();
  switch (KIND[key]) {
    case "text":
      return { ok: true, value: s };
    case "month": {
      const m = parseMonthText(s);
      return m ? { ok: true, value: m } : { ok: false, error: "month" };
    }
    case "integer": {
      const n = parseNumberText(s);
      return n && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 9999
        ? { ok: true, value: n.value }
        : { ok: false, error: "integer" };
    }
    case "percent": {
      const n = parseNumberText(s);
      return n && n.value >= 0 && n.value <= 100
        ? { ok: true, value: n.value }
        : { ok: false, error: "percent" };
    }
  }
}

export interface SettingChanges {
  readonly changes: [EditableSetting, string | number][];
  readonly errors: Partial<Record<EditableSetting, SettingError>>;
}

export function settingChanges(
  imp: Impostazioni,
  drafts: Partial<Record<EditableSetting, string>>,
): SettingChanges {
  const changes: [EditableSetting, string | number][] = [];
  const errors: Partial<Record<EditableSetting, SettingError>> = {};
  const values: Record<string, unknown> = { ...imp };
  for (const key of EDITABLE) {
    const draft = drafts[key];
    if (draft === undefined) continue;
    const parsed = parseSetting(key, draft);
    if (!parsed.ok) errors[key] = parsed.error;
    else {
      values[key] = parsed.value;
      if (parsed.value !== imp[key]) changes.push([key, parsed.value]);
    }
  }
  // a critical delay must be larger than the tolerated one, or "in ritardo" could never show
  if (!errors.sogliaCritico && Number(values.sogliaCritico) <= Number(values.tolleranzaRitardo)) {
    errors.sogliaCritico = "order";
  }
  return { changes, errors };
}
