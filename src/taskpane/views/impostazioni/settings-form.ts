/**
 * The Impostazioni form as data: typed texts -> checked values -> the changed keys. The
 * fields come from the schema's settings, so a new setting shows up with its type's input.
 */
import type { Impostazioni } from "../../../core/model/types";
import { flagOf } from "../../../core/parse/cells";
import {
  SETTINGS,
  parseBandStarts,
  settingCell,
  type SettingDef,
} from "../../../core/schema/settings";
import { formatNumberIt, parseNumberText } from "../../../core/text/numbers";
import { parseMonthText } from "../../../core/text/dates";

/** The closed months have their own panel, with the close and reopen rules. */
export type EditableSetting = Exclude<SettingDef["key"], "periodiChiusi">;
export type EditableDef = SettingDef & { readonly key: EditableSetting };

export const EDITABLE: readonly EditableDef[] = SETTINGS.filter(
  (s): s is EditableDef => s.type !== "monthList",
);

export type SettingError = "integer" | "percent" | "month" | "order" | "bands";

const typeOf = (key: EditableSetting) => EDITABLE.find((s) => s.key === key)?.type;

/** The value as the form shows it: Italian numbers, "si"/"no" for a flag. */
export function settingText(imp: Impostazioni, key: EditableSetting): string {
  const v = imp[key];
  if (typeof v === "boolean" || Array.isArray(v)) return String(settingCell(v));
  return typeof v === "number" && typeOf(key) !== "integer" ? formatNumberIt(v) : String(v);
}

type Parsed =
  { ok: true; value: string | number | boolean | number[] } | { ok: false; error: SettingError };

export function parseSetting(key: EditableSetting, text: string): Parsed {
  const s = text.trim();
  switch (typeOf(key)) {
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
    case "bandStarts": {
      const starts = parseBandStarts(s);
      return starts ? { ok: true, value: starts } : { ok: false, error: "bands" };
    }
    // a switch gives only "si" or "no"
    case "flag":
      return { ok: true, value: flagOf(s) === true };
    default:
      return { ok: true, value: s };
  }
}

export interface SettingChanges {
  /** each changed key with the value its cell takes (a flag as "si"/"no") */
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
  for (const { key } of EDITABLE) {
    const draft = drafts[key];
    if (draft === undefined) continue;
    const parsed = parseSetting(key, draft);
    if (!parsed.ok) errors[key] = parsed.error;
    else {
      values[key] = parsed.value;
      // compared as their cells: a list of bands is the same when its text is
      const cell = settingCell(parsed.value as Impostazioni[EditableSetting]);
      if (cell !== settingCell(imp[key])) changes.push([key, cell]);
    }
  }
  // a critical delay must be larger than the tolerated one, or "in ritardo" could never show
  if (!errors.sogliaCritico && Number(values.sogliaCritico) <= Number(values.tolleranzaRitardo)) {
    errors.sogliaCritico = "order";
  }
  return { changes, errors };
}
