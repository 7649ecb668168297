/**
 * Data integrity: codes present and unique, phases/indicators/people attached to an existing
 * objective, objectives with phases and indicators, required descriptive fields filled in.
 */
import type { Fase, Indicatore, Obiettivo, Soggetto } from "../../model/types";
import type { TableId } from "../../schema/tables";
import type { Texts } from "../../text/lang";
import {
  faseWho,
  indicatoreWho,
  obiettivoWho,
  rowWho,
  soggettoWho,
  type Rule,
  type ModelCheck,
} from "../context";

type Keyed = { readonly origin?: { readonly row: number } };

function duplicates<T extends Keyed>(
  records: readonly T[],
  keyOf: (r: T) => string | null,
  report: (r: T, first: T) => void,
): void {
  const first = new Map<string, T>();
  for (const r of records) {
    const k = keyOf(r);
    if (k === null) continue;
    const seen = first.get(k);
    if (seen) report(r, seen);
    else first.set(k, r);
  }
}

/** " nella riga 5": where the first of two duplicates is, as Excel numbers the rows */
function rowOf(v: ModelCheck, table: TableId, r: Keyed): Texts {
  const row = v.sheetRow(table, r);
  return row === null ? { it: "", en: "" } : { it: ` nella riga ${row}`, en: ` in row ${row}` };
}

/** Phases or indicators with the same number within one objective; `it`/`en`: one, many. */
function numberedTwice<T extends Fase | Indicatore>(
  v: ModelCheck,
  table: "fasi" | "indicatori",
  records: readonly T[],
  who: (r: T) => Texts,
  it: readonly [string, string],
  en: readonly [string, string],
): void {
  duplicates(
    records,
    (r) => `${r.obiettivo}\u0000${r.numero}`,
    (r, first) => {
      const at = rowOf(v, table, first);
      v.report({
        table,
        record: r,
        key: "numero",
        severity: "error",
        rule: `${table}.numero.doppio`,
        objective: r.obiettivo || null,
        who: who(r),
        text: {
          it: `${it[0]} ${r.numero} dell'obiettivo ${r.obiettivo} compare già${at.it}. Numerare ${it[1]} senza ripetizioni.`,
          en: `${en[0]} ${r.numero} of objective ${r.obiettivo} already appears${at.en}. Number the ${en[1]} without repeats.`,
        },
      });
    },
  );
}

const codes: Rule = (v) => {
  for (const o of v.model.obiettivi) {
    if (o.codice !== "") continue;
    v.report({
      table: "obiettivi",
      record: o,
      key: "codice",
      severity: "error",
      rule: "obiettivi.codice.mancante",
      objective: null,
      who: {
        it: `obiettivo «${o.descrizione.slice(0, 40)}»`,
        en: `objective "${o.descrizione.slice(0, 40)}"`,
      },
      text: {
        it: "manca il codice dell'obiettivo: fasi e indicatori non possono riferirsi a esso. Scrivere il codice.",
        en: "the objective's code is missing: phases and indicators cannot refer to it. Enter the code.",
      },
    });
  }
  duplicates(
    v.model.obiettivi,
    (o: Obiettivo) => o.codice || null,
    (o, first) => {
      const at = rowOf(v, "obiettivi", first);
      v.report({
        table: "obiettivi",
        record: o,
        key: "codice",
        severity: "error",
        rule: "obiettivi.codice.doppio",
        objective: o.codice,
        who: obiettivoWho(o),
        text: {
          it: `il codice ${o.codice} compare già${at.it}. Ogni obiettivo deve avere un codice diverso.`,
          en: `the code ${o.codice} already appears${at.en}. Each objective needs a different code.`,
        },
      });
    },
  );
  numberedTwice(v, "fasi", v.model.fasi, faseWho, ["la fase", "le fasi"], ["phase", "phases"]);
  numberedTwice(
    v,
    "indicatori",
    v.model.indicatori,
    indicatoreWho,
    ["l'indicatore", "gli indicatori"],
    ["indicator", "indicators"],
  );
  duplicates(
    v.model.soggetti,
    (s: Soggetto) => (s.nominativo ? `${s.obiettivo}\u0000${s.nominativo.toLowerCase()}` : null),
    (s, first) => {
      const at = rowOf(v, "soggetti", first);
      v.report({
        table: "soggetti",
        record: s,
        key: "nominativo",
        severity: "warning",
        rule: "soggetti.nominativo.doppio",
        objective: s.obiettivo || null,
        who: soggettoWho(s),
        text: {
          it: `${s.nominativo} è già indicato per l'obiettivo ${s.obiettivo}${at.it}. Eliminare la riga in più.`,
          en: `${s.nominativo} is already listed for objective ${s.obiettivo}${at.en}. Delete the extra row.`,
        },
      });
    },
  );
};

const orphans: Rule = (v) => {
  const known = new Set(v.model.obiettivi.map((o) => o.codice));
  const check = (
    table: TableId,
    r: Keyed & { obiettivo: string },
    who: Texts,
    what: Texts,
  ): void => {
    if (known.has(r.obiettivo) && r.obiettivo !== "") return;
    const text: Texts =
      r.obiettivo === ""
        ? {
            it: `manca il codice dell'obiettivo a cui appartiene ${what.it}. Scriverlo (foglio Obiettivi).`,
            en: `the code of the objective ${what.en} belongs to is missing. Enter it (Obiettivi sheet).`,
          }
        : {
            it: `l'obiettivo ${r.obiettivo} non esiste nel foglio Obiettivi: ${what.it} resta fuori dai calcoli e dalle schede. Correggere il codice o aggiungere l'obiettivo.`,
            en: `the objective ${r.obiettivo} does not exist on the Obiettivi sheet: ${what.en} stays out of the computation and the schede. Correct the code or add the objective.`,
          };
    v.report({
      table,
      record: r,
      key: "obiettivo",
      severity: "error",
      rule: `${table}.obiettivo.inesistente`,
      objective: r.obiettivo || null,
      who,
      text,
    });
  };
  for (const f of v.model.fasi)
    check("fasi", f, faseWho(f), { it: `la fase ${f.numero}`, en: `phase ${f.numero}` });
  for (const i of v.model.indicatori)
    check("indicatori", i, indicatoreWho(i), {
      it: `l'indicatore ${i.numero}`,
      en: `indicator ${i.numero}`,
    });
  for (const s of v.model.soggetti)
    check(
      "soggetti",
      s,
      { it: s.nominativo, en: s.nominativo },
      {
        it: `la riga di ${s.nominativo || "questo soggetto"}`,
        en: `the row of ${s.nominativo || "this person"}`,
      },
    );
};

const completeness: Rule = (v) => {
  const withFasi = new Set(v.model.fasi.map((f) => f.obiettivo));
  const withIndicatori = new Set(v.model.indicatori.map((i) => i.obiettivo));
  for (const o of v.model.obiettivi) {
    if (o.codice === "") continue;
    const base = {
      table: "obiettivi" as const,
      record: o,
      key: "codice",
      severity: "warning" as const,
      objective: o.codice,
      who: obiettivoWho(o),
    };
    if (!withFasi.has(o.codice))
      v.report({
        ...base,
        rule: "obiettivi.fasi.assenti",
        text: {
          it: `l'obiettivo ${o.codice} non ha fasi. Aggiungerle nel foglio Fasi.`,
          en: `the objective ${o.codice} has no phases. Add them on the Fasi sheet.`,
        },
      });
    if (!withIndicatori.has(o.codice))
      v.report({
        ...base,
        rule: "obiettivi.indicatori.assenti",
        text: {
          it: `l'obiettivo ${o.codice} non ha indicatori. Aggiungerli nel foglio Indicatori.`,
          en: `the objective ${o.codice} has no indicators. Add them on the Indicatori sheet.`,
        },
      });
  }
};

/** Required descriptive fields: missing ones are reported, none breaks the computation. */
const DESCRIPTION: Texts = { it: "la descrizione", en: "the description" };
const REQUIRED: readonly [TableId, string, Texts][] = [
  ["obiettivi", "descrizione", DESCRIPTION],
  ["obiettivi", "responsabile", { it: "il responsabile", en: "the responsabile (manager)" }],
  [
    "obiettivi",
    "centroResponsabilita",
    { it: "il centro di responsabilità", en: "the centro di responsabilità" },
  ],
  ["obiettivi", "stato", { it: "lo stato", en: "the status" }],
  ["fasi", "descrizione", DESCRIPTION],
  ["indicatori", "descrizione", DESCRIPTION],
  ["indicatori", "tipo", { it: "il tipo", en: "the type" }],
  ["indicatori", "unita", { it: "l'unità", en: "the unit" }],
  ["indicatori", "polarita", { it: "la polarità", en: "the polarity" }],
  ["indicatori", "regola", { it: "la regola di calcolo", en: "the calculation rule" }],
  ["soggetti", "nominativo", { it: "il nominativo", en: "the name" }],
];

const required: Rule = (v) => {
  const m = v.model;
  const lists: Partial<Record<TableId, readonly (Keyed & Record<string, unknown>)[]>> = {
    obiettivi: m.obiettivi as unknown as (Keyed & Record<string, unknown>)[],
    fasi: m.fasi as unknown as (Keyed & Record<string, unknown>)[],
    indicatori: m.indicatori as unknown as (Keyed & Record<string, unknown>)[],
    soggetti: m.soggetti as unknown as (Keyed & Record<string, unknown>)[],
  };
  for (const [table, key, what] of REQUIRED) {
    for (const r of lists[table] ?? []) {
      const x = r[key];
      if (x !== null && x !== "") continue;
      const objective = String(r.obiettivo ?? r.codice ?? "") || null;
      v.report({
        table,
        record: r,
        key,
        severity: "warning",
        rule: `${table}.${key}.mancante`,
        objective,
        who: rowWho(objective),
        text: {
          it: `manca ${what.it}. Compilare la cella.`,
          en: `${what.en} is missing. Fill in the cell.`,
        },
      });
    }
  }
};

export const integrityRules: Rule = (v) => {
  codes(v);
  orphans(v);
  completeness(v);
  required(v);
};
