/**
 * The Impostazioni table (chiave | valore | descrizione) -> `Impostazioni`. A missing key
 * takes its default silently; an unknown key is reported and ignored; a bad value is
 * reported and replaced by the default, so the computation always has usable settings.
 */
import type { Impostazioni, Month, Percent } from "../model/types";
import type { CellValue, RawTable } from "../schema/raw";
import {
  MAX_BANDS,
  SETTINGS,
  parseBandStarts,
  settingCell,
  type SettingDef,
} from "../schema/settings";
import { IMPOSTAZIONI } from "../schema/tables";
import type { Problem } from "../verifica/problem";
import { defaultImpostazioni } from "../model/defaults";
import type { Lang, Texts } from "../text/lang";
import { formatNumberEn, formatNumberIt, parseNumberText } from "../text/numbers";
import { monthOf, parseMonthText, serialToIso } from "../text/dates";
import { flagOf, isEmptyCell, showValue, textOf } from "./cells";
import { parseTable, TableSpot } from "./table";

type SettingValue = string | number | boolean | Month[] | Percent[];
type Read = { ok: true; value: SettingValue } | { ok: false; hint: Texts };

function readMonth(v: CellValue): Month | null {
  if (typeof v === "number") {
    // a "2021-04" typed in the General valore column becomes the date 01/04/2021
    const iso = serialToIso(v);
    return iso === null ? null : monthOf(iso);
  }
  return parseMonthText(textOf(v));
}

function readNumber(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return typeof v === "string" ? (parseNumberText(v)?.value ?? null) : null;
}

const BAND_STARTS_HINT: Texts = {
  it:
    `Scrivere dove inizia ogni fascia, numeri interi da 0 a 100 separati da punto e virgola, ` +
    `al più ${MAX_BANDS}, es. 0;50;80;90.`,
  en:
    `Enter where each band starts, whole numbers from 0 to 100 separated by semicolons, ` +
    `at most ${MAX_BANDS}, e.g. 0;50;80;90.`,
};

function readSetting(def: SettingDef, v: CellValue): Read {
  switch (def.type) {
    case "text":
      return { ok: true, value: textOf(v) };
    case "integer": {
      const n = readNumber(v);
      const ok =
        n !== null && Number.isInteger(n) && (def.key !== "anno" || (n >= 2000 && n <= 2100));
      return ok
        ? { ok, value: n }
        : {
            ok: false,
            hint: {
              it: "Scrivere un numero intero, es. 2021.",
              en: "Enter a whole number, e.g. 2021.",
            },
          };
    }
    case "percent": {
      const n = readNumber(v);
      return n !== null && n >= 0 && n <= 100
        ? { ok: true, value: n }
        : {
            ok: false,
            hint: { it: "Scrivere un numero da 0 a 100.", en: "Enter a number from 0 to 100." },
          };
    }
    case "month": {
      const m = readMonth(v);
      return m
        ? { ok: true, value: m }
        : {
            ok: false,
            hint: {
              it: "Scrivere il mese come AAAA-MM, es. 2021-04.",
              en: "Enter the month as YYYY-MM, e.g. 2021-04.",
            },
          };
    }
    case "flag": {
      const b = flagOf(v);
      return b === null
        ? { ok: false, hint: { it: "Scrivere «si» o «no».", en: 'Enter "si" (yes) or "no".' } }
        : { ok: true, value: b };
    }
    case "monthList": {
      const parts =
        typeof v === "number"
          ? [v]
          : textOf(v)
              .split(/[;,]/)
              .map((s) => s.trim());
      const months = parts.filter((p) => p !== "").map(readMonth);
      return months.every((m) => m !== null)
        ? { ok: true, value: [...new Set(months)].sort() as Month[] }
        : {
            ok: false,
            hint: {
              it: "Scrivere i mesi come AAAA-MM separati da punto e virgola, es. 2021-01;2021-02.",
              en: "Enter the months as YYYY-MM separated by semicolons, e.g. 2021-01;2021-02.",
            },
          };
    }
    case "bandStarts": {
      const starts = parseBandStarts(typeof v === "number" ? String(v) : textOf(v));
      return starts ? { ok: true, value: starts } : { ok: false, hint: BAND_STARTS_HINT };
    }
  }
}

/** "si usa 10", or "si considera vuoto" for a setting whose default is empty */
function usingDefault(def: SettingDef): Texts {
  const cell = settingCell(def.defaultValue);
  if (typeof cell === "number")
    return { it: `si usa ${formatNumberIt(cell)}`, en: `${formatNumberEn(cell)} is used` };
  return cell === ""
    ? { it: "si considera vuoto", en: "it is read as empty" }
    : { it: `si usa ${cell}`, en: `${cell} is used` };
}

export function rowsToSettings(
  raw: RawTable,
  lang: Lang = "it",
): { impostazioni: Impostazioni; problems: Problem[] } {
  const parsed = parseTable(IMPOSTAZIONI, raw, lang);
  const problems = [...parsed.problems];
  const spot = new TableSpot(IMPOSTAZIONI, raw, parsed.columns, lang);
  const out: Record<string, SettingValue> = { ...defaultImpostazioni() };
  const seen = new Set<string>();
  for (const row of parsed.rows) {
    const chiave = String(row.values.chiave ?? "");
    if (chiave === "") continue;
    const def = SETTINGS.find((s) => s.key.toLowerCase() === chiave.toLowerCase());
    const at = (key: string, severity: Problem["severity"], rule: string, text: Texts): void => {
      problems.push(
        spot.problem(row.index, key, { severity, rule, text: text[lang], objective: null }),
      );
    };
    if (!def) {
      at("chiave", "warning", "impostazioni.chiave.sconosciuta", {
        it: `l'impostazione «${chiave}» non è conosciuta e viene ignorata. Controllare il nome o eliminare la riga.`,
        en: `the setting "${chiave}" is not known and is ignored. Check the name or delete the row.`,
      });
      continue;
    }
    if (seen.has(def.key)) {
      at("chiave", "warning", "impostazioni.chiave.doppia", {
        it: `l'impostazione «${def.key}» compare più volte: vale la prima. Eliminare le righe in più.`,
        en: `the setting "${def.key}" appears more than once: the first counts. Delete the extra rows.`,
      });
      continue;
    }
    seen.add(def.key);
    const cell = spot.cell(row.line, "valore");
    if (isEmptyCell(cell)) {
      if (settingCell(def.defaultValue) !== "")
        at("valore", "warning", "impostazioni.valore.mancante", {
          it: `manca il valore di «${def.key}»: ${usingDefault(def).it}. Scrivere il valore.`,
          en: `the value of "${def.key}" is missing: ${usingDefault(def).en}. Enter the value.`,
        });
      continue;
    }
    const read = readSetting(def, cell);
    if (read.ok) out[def.key] = read.value;
    else {
      const used = usingDefault(def);
      at("valore", "error", "impostazioni.valore.non-valido", {
        it: `${showValue(cell, "it")} non è un valore valido per «${def.key}»: ${used.it}. ${read.hint.it}`,
        en: `${showValue(cell, "en")} is not a valid value for "${def.key}": ${used.en}. ${read.hint.en}`,
      });
    }
  }
  return { impostazioni: out as unknown as Impostazioni, problems };
}
