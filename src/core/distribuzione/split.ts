/**
 * `distribuisci`: the plan cut into one part per person (or per centro di responsabilità),
 * each holding only the objectives that person reports on, and the values sent, so that
 * `raccogli` can later tell what each person changed.
 */
import { groupByObjective } from "../model/by-objective";
import type { Fase, Indicatore, Obiettivo, PegModel } from "../model/types";

export type SplitBy = "responsabile" | "cdr";

export interface ModelPart {
  /** the person or centro, as written in the plan */
  readonly recipient: string;
  readonly model: PegModel;
}

export interface Split {
  readonly parts: readonly ModelPart[];
  /** objectives nobody reports on (no responsabile or centro on them or on their phases) */
  readonly unassigned: readonly string[];
}

const norm = (s: string): string => s.replace(/\s+/g, " ").trim().toLocaleLowerCase("it");

/** Who reports on an objective: its own responsabile (centro) and those of its phases. */
function recipientsOf(o: Obiettivo, fasi: readonly Fase[], by: SplitBy): string[] {
  const own = by === "responsabile" ? o.responsabile : o.centroResponsabilita;
  const ofPhases = fasi.map((f) =>
    by === "responsabile" ? f.responsabile : f.centroResponsabilita,
  );
  return [own, ...ofPhases].map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s !== "");
}

function only<T extends { obiettivo: string }>(
  rows: readonly T[],
  codes: ReadonlySet<string>,
): T[] {
  return rows.filter((r) => codes.has(r.obiettivo));
}

/** One part per recipient, in the plan's order of first appearance; names compared loosely. */
export function splitModel(model: PegModel, by: SplitBy): Split {
  const byKey = new Map<string, { recipient: string; codes: Set<string> }>();
  const unassigned: string[] = [];
  const fasi = groupByObjective(model.fasi);
  for (const o of model.obiettivi) {
    const names = recipientsOf(o, fasi.get(o.codice) ?? [], by);
    if (names.length === 0) unassigned.push(o.codice);
    for (const name of names) {
      let entry = byKey.get(norm(name));
      if (!entry) byKey.set(norm(name), (entry = { recipient: name, codes: new Set() }));
      entry.codes.add(o.codice);
    }
  }
  const parts = [...byKey.values()].map(({ recipient, codes }) => ({
    recipient,
    model: {
      impostazioni: model.impostazioni,
      obiettivi: model.obiettivi.filter((o) => codes.has(o.codice)),
      fasi: only(model.fasi, codes),
      indicatori: only(model.indicatori, codes),
      soggetti: only(model.soggetti, codes),
      rilevazioni: only(model.rilevazioni, codes),
    },
  }));
  return { parts, unassigned };
}

/** The values a person returns: what `raccogli` merges back into the plan. */
export const RETURNED_FIELDS = {
  Fase: ["avanzamento", "inizioEffettiva", "fineEffettiva", "note"],
  Indicatore: ["valoreRaggiunto", "note"],
} as const satisfies { Fase: readonly (keyof Fase)[]; Indicatore: readonly (keyof Indicatore)[] };

export type ReturnedElement = keyof typeof RETURNED_FIELDS;

/** One value as it was sent: the baseline `raccogli` compares the returned file with. */
export interface SentValue {
  readonly obiettivo: string;
  readonly elemento: ReturnedElement;
  readonly numero: number;
  readonly campo: string;
  readonly valore: string | number | null;
}

export function sentValues(model: PegModel): SentValue[] {
  const out: SentValue[] = [];
  const push = (elemento: ReturnedElement, row: Fase | Indicatore, fields: readonly string[]) => {
    for (const campo of fields) {
      const v = (row as unknown as Record<string, unknown>)[campo];
      out.push({
        obiettivo: row.obiettivo,
        elemento,
        numero: row.numero,
        campo,
        valore: typeof v === "string" || typeof v === "number" ? v : null,
      });
    }
  };
  for (const f of model.fasi) push("Fase", f, RETURNED_FIELDS.Fase);
  for (const i of model.indicatori) push("Indicatore", i, RETURNED_FIELDS.Indicatore);
  return out;
}

/** A file name from a person's or centro's name: letters, digits, - and _, at most 60. */
export function fileNameFor(recipient: string, taken: Set<string>): string {
  const base =
    recipient
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 60) || "destinatario";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return `${name}.xlsx`;
}
