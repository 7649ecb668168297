/**
 * Data integrity: codes present and unique, phases/indicators/people attached to an existing
 * objective, objectives with phases and indicators, required descriptive fields filled in.
 */
import type { Fase, Indicatore, Obiettivo, Soggetto } from "../../model/types";
import type { TableId } from "../../schema/tables";
import { faseWho, indicatoreWho, type Rule, type ModelCheck } from "../context";

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
function rowOf(v: ModelCheck, table: TableId, r: Keyed): string {
  const row = v.sheetRow(table, r);
  return row === null ? "" : ` nella riga ${row}`;
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
      who: `obiettivo «${o.descrizione.slice(0, 40)}»`,
      text: "manca il codice dell'obiettivo: fasi e indicatori non possono riferirsi a esso. Scrivere il codice.",
    });
  }
  duplicates(
    v.model.obiettivi,
    (o: Obiettivo) => o.codice || null,
    (o, first) =>
      v.report({
        table: "obiettivi",
        record: o,
        key: "codice",
        severity: "error",
        rule: "obiettivi.codice.doppio",
        objective: o.codice,
        who: `obiettivo ${o.codice}`,
        text: `il codice ${o.codice} compare già${rowOf(v, "obiettivi", first)}. Ogni obiettivo deve avere un codice diverso.`,
      }),
  );
  duplicates(
    v.model.fasi,
    (f: Fase) => `${f.obiettivo}\u0000${f.numero}`,
    (f, first) =>
      v.report({
        table: "fasi",
        record: f,
        key: "numero",
        severity: "error",
        rule: "fasi.numero.doppio",
        objective: f.obiettivo || null,
        who: faseWho(f),
        text: `la fase ${f.numero} dell'obiettivo ${f.obiettivo} compare già${rowOf(v, "fasi", first)}. Numerare le fasi senza ripetizioni.`,
      }),
  );
  duplicates(
    v.model.indicatori,
    (i: Indicatore) => `${i.obiettivo}\u0000${i.numero}`,
    (i, first) =>
      v.report({
        table: "indicatori",
        record: i,
        key: "numero",
        severity: "error",
        rule: "indicatori.numero.doppio",
        objective: i.obiettivo || null,
        who: indicatoreWho(i),
        text: `l'indicatore ${i.numero} dell'obiettivo ${i.obiettivo} compare già${rowOf(v, "indicatori", first)}. Numerare gli indicatori senza ripetizioni.`,
      }),
  );
  duplicates(
    v.model.soggetti,
    (s: Soggetto) => (s.nominativo ? `${s.obiettivo}\u0000${s.nominativo.toLowerCase()}` : null),
    (s, first) =>
      v.report({
        table: "soggetti",
        record: s,
        key: "nominativo",
        severity: "warning",
        rule: "soggetti.nominativo.doppio",
        objective: s.obiettivo || null,
        who: `${s.nominativo} in ${s.obiettivo}`,
        text: `${s.nominativo} è già indicato per l'obiettivo ${s.obiettivo}${rowOf(v, "soggetti", first)}. Eliminare la riga in più.`,
      }),
  );
};

const orphans: Rule = (v) => {
  const known = new Set(v.model.obiettivi.map((o) => o.codice));
  const check = (
    table: TableId,
    r: Keyed & { obiettivo: string },
    who: string,
    what: string,
  ): void => {
    if (known.has(r.obiettivo) && r.obiettivo !== "") return;
    const text =
      r.obiettivo === ""
        ? `manca il codice dell'obiettivo a cui appartiene ${what}. Scriverlo (foglio Obiettivi).`
        : `l'obiettivo ${r.obiettivo} non esiste nel foglio Obiettivi: ${what} resta fuori dai calcoli e dalle schede. Correggere il codice o aggiungere l'obiettivo.`;
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
  for (const f of v.model.fasi) check("fasi", f, faseWho(f), `la fase ${f.numero}`);
  for (const i of v.model.indicatori)
    check("indicatori", i, indicatoreWho(i), `l'indicatore ${i.numero}`);
  for (const s of v.model.soggetti)
    check("soggetti", s, s.nominativo, `la riga di ${s.nominativo || "questo soggetto"}`);
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
      who: `obiettivo ${o.codice}`,
    };
    if (!withFasi.has(o.codice))
      v.report({
        ...base,
        rule: "obiettivi.fasi.assenti",
        text: `l'obiettivo ${o.codice} non ha fasi. Aggiungerle nel foglio Fasi.`,
      });
    if (!withIndicatori.has(o.codice))
      v.report({
        ...base,
        rule: "obiettivi.indicatori.assenti",
        text: `l'obiettivo ${o.codice} non ha indicatori. Aggiungerli nel foglio Indicatori.`,
      });
  }
};

/** Required descriptive fields: missing ones are reported, none breaks the computation. */
const REQUIRED: readonly [TableId, string, string][] = [
  ["obiettivi", "descrizione", "la descrizione"],
  ["obiettivi", "responsabile", "il responsabile"],
  ["obiettivi", "centroResponsabilita", "il centro di responsabilità"],
  ["obiettivi", "stato", "lo stato"],
  ["fasi", "descrizione", "la descrizione"],
  ["indicatori", "descrizione", "la descrizione"],
  ["indicatori", "tipo", "il tipo"],
  ["indicatori", "unita", "l'unità"],
  ["indicatori", "polarita", "la polarità"],
  ["indicatori", "regola", "la regola di calcolo"],
  ["soggetti", "nominativo", "il nominativo"],
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
        who: `riga di ${objective ?? "(senza obiettivo)"}`,
        text: `manca ${what}. Compilare la cella.`,
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
