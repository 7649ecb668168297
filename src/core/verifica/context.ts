/**
 * How the verifica rules report: a rule names the table, the record and the column, and says
 * what is wrong in Italian and English; the context turns that into a Problem pointing at the
 * cell (from the record's `origin` and the table's position) with the address at the start of
 * the message in the language asked.
 */
import type { Indicatore, Obiettivo, PegModel, RowOrigin } from "../model/types";
import { tableById, type TableId } from "../schema/tables";
import { canonicalPosition, headerIndex, placeOf, type TablePositions } from "../parse/positions";
import type { Problem, Severity } from "./problem";
import { rowPlace } from "../schema/address";
import type { Lang, Texts } from "../text/lang";

export interface Finding {
  readonly table: TableId;
  /** the record concerned; its `origin` gives the row */
  readonly record: { readonly origin?: RowOrigin };
  /** column key of the cell, or null for the whole row */
  readonly key: string | null;
  readonly severity: Severity;
  readonly rule: string;
  /** what is wrong and what to do, in every language */
  readonly text: Texts;
  readonly objective: string | null;
  /** who the record is, used when the row is not known (e.g. "fase 2 di 2021_S01_01") */
  readonly who: Texts;
}

export class ModelCheck {
  readonly problems: Problem[] = [];
  private readonly years = new Map<string, number | null>();

  constructor(
    readonly model: PegModel,
    private readonly positions: TablePositions = {},
    /** the language of the problems' messages */
    readonly lang: Lang = "it",
  ) {
    // the first objective with a code wins, as in the duplicate check
    for (const o of [...model.obiettivi].reverse()) this.years.set(o.codice, o.anno);
  }

  /** the plan year of an objective: its own Anno, else the one in Impostazioni */
  yearOf(codice: string): number {
    return this.years.get(codice) ?? this.model.impostazioni.anno;
  }

  /** the worksheet row (as Excel shows it) of a record, or null when it is not known */
  sheetRow(table: TableId, record: { readonly origin?: RowOrigin }): number | null {
    const def = tableById(table);
    const pos = this.positions[table] ?? canonicalPosition(def);
    return placeOf(def, pos, record.origin?.row, null).row;
  }

  /** whether the table has the column (without known positions: the canonical layout, all) */
  hasColumn(table: TableId, key: string): boolean {
    const def = tableById(table);
    const pos = this.positions[table] ?? canonicalPosition(def);
    return headerIndex(def, pos.headers, key) >= 0;
  }

  /** A problem about a whole column, at its header cell. */
  reportColumn(table: TableId, key: string, f: Pick<Finding, "severity" | "rule" | "text">): void {
    const def = tableById(table);
    const pos = this.positions[table] ?? canonicalPosition(def);
    // the header row is the body's row -1
    const place = placeOf(def, pos, -1, key);
    this.problems.push({
      severity: f.severity,
      rule: f.rule,
      message: `${place.cell ?? place.sheet} (${place.column}): ${f.text[this.lang]}`,
      sheet: place.sheet,
      row: place.row,
      column: place.column,
      cell: place.cell,
      objective: null,
    });
  }

  report(f: Finding): void {
    const def = tableById(f.table);
    const pos = this.positions[f.table] ?? canonicalPosition(def);
    const place = placeOf(def, pos, f.record.origin?.row, f.key);
    const where =
      place.cell ??
      (place.row !== null
        ? rowPlace(place.sheet, place.row, this.lang)
        : `${place.sheet}, ${f.who[this.lang]}`);
    const column = place.column !== null ? ` (${place.column})` : "";
    this.problems.push({
      severity: f.severity,
      rule: f.rule,
      message: `${where}${column}: ${f.text[this.lang]}`,
      sheet: place.sheet,
      row: place.row,
      column: place.column,
      cell: place.cell,
      objective: f.objective,
    });
  }
}

export type Rule = (v: ModelCheck) => void;

/** "riga di 2021_S01_01", or of "(senza obiettivo)": a record known by its objective only */
export const rowWho = (objective: string | null): Texts => ({
  it: `riga di ${objective || "(senza obiettivo)"}`,
  en: `row of ${objective || "(no objective)"}`,
});
export const obiettivoWho = (o: { codice: string }): Texts => ({
  it: `obiettivo ${o.codice}`,
  en: `objective ${o.codice}`,
});
export const faseWho = (f: { obiettivo: string; numero: number }): Texts => ({
  it: `fase ${f.numero} di ${f.obiettivo || "(senza obiettivo)"}`,
  en: `phase ${f.numero} of ${f.obiettivo || "(no objective)"}`,
});
export const indicatoreWho = (i: { obiettivo: string; numero: number }): Texts => ({
  it: `indicatore ${i.numero} di ${i.obiettivo || "(senza obiettivo)"}`,
  en: `indicator ${i.numero} of ${i.obiettivo || "(no objective)"}`,
});
export const soggettoWho = (s: { nominativo: string; obiettivo: string }): Texts => ({
  it: `${s.nominativo} in ${s.obiettivo}`,
  en: `${s.nominativo} in ${s.obiettivo}`,
});

/** What a rule says of a record; where it is and whose it is come from the record. */
export type Issue = Pick<Finding, "key" | "severity" | "rule" | "text">;

export function reportObiettivo(v: ModelCheck, o: Obiettivo, issue: Issue): void {
  v.report({
    ...issue,
    table: "obiettivi",
    record: o,
    objective: o.codice || null,
    who: obiettivoWho(o),
  });
}

export function reportIndicatore(v: ModelCheck, ind: Indicatore, issue: Issue): void {
  v.report({
    ...issue,
    table: "indicatori",
    record: ind,
    objective: ind.obiettivo || null,
    who: indicatoreWho(ind),
  });
}
