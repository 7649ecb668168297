/**
 * `raccogli`: the values each person changed in their file, merged back into the plan as
 * rilevazioni written by that person. A person's change is what differs from the value sent;
 * it goes through the same save plan as the pane's monthly entry (rules of closed months,
 * cumulative indicators, dates; a conflict when the plan's cell no longer holds the value
 * sent, because the office or another person changed it since): never overwritten.
 */
import type { Fase, Indicatore, PegModel, Rilevazione } from "../model/types";
import { planSave } from "../rilevazione/save-plan";
import { sameValue } from "../rilevazione/same";
import type { EditableField, RilevazioneEdit } from "../rilevazione/types";
import type { SentValue } from "./split";
import { addToGroup } from "../model/by-objective";
import type { Lang } from "../text/lang";

export interface ReturnedFile {
  /** the file's name, for the report */
  readonly file: string;
  readonly destinatario: string;
  /** the file's tables as the person left them */
  readonly model: PegModel;
  readonly sent: readonly SentValue[];
}

export interface CollectConflict {
  readonly file: string;
  readonly obiettivo: string;
  readonly elemento: "Fase" | "Indicatore";
  readonly numero: number;
  readonly campo: string;
  readonly sent: string | number | null;
  /** what the plan holds now */
  readonly plan: string | number | null;
  /** what the person wrote */
  readonly returned: string | number | null;
}

/** one value to write into the plan's tables */
export interface CollectWrite {
  readonly record: Fase | Indicatore;
  readonly elemento: "Fase" | "Indicatore";
  readonly campo: EditableField;
  readonly value: string | number | null;
}

/** the values one person changed in one objective, with their log rows: written together */
export interface CollectGroup {
  readonly file: string;
  readonly destinatario: string;
  readonly obiettivo: string;
  readonly writes: readonly CollectWrite[];
  readonly logRows: readonly Rilevazione[];
}

/**
 * Reads a returned file from its bytes (`name` names it in the errors, which say in the
 * user's language why it cannot be read).
 */
export type ReturnedReader = (name: string, bytes: Uint8Array) => Promise<ReturnedFile>;

export interface CollectResult {
  /** the plan with the merged values */
  readonly model: PegModel;
  readonly writes: readonly CollectWrite[];
  readonly logRows: readonly Rilevazione[];
  /** `writes` and `logRows` by person and objective, in the same order */
  readonly groups: readonly CollectGroup[];
  readonly conflicts: readonly CollectConflict[];
  readonly refused: readonly { file: string; obiettivo: string; reasons: readonly string[] }[];
  /** files that cannot be merged, with the reason */
  readonly unusable: readonly { file: string; reason: string }[];
}

function returnedValue(model: PegModel, s: SentValue): string | number | null {
  const rows: readonly (Fase | Indicatore)[] =
    s.elemento === "Fase" ? model.fasi : model.indicatori;
  const row = rows.find((r) => r.obiettivo === s.obiettivo && r.numero === s.numero);
  const v = row ? (row as unknown as Record<string, unknown>)[s.campo] : null;
  return typeof v === "string" || typeof v === "number" ? v : null;
}

/** why a returned file cannot be merged into this plan, or null */
function unusableReason(plan: PegModel, r: ReturnedFile, lang: Lang): string | null {
  if (r.sent.length === 0)
    return {
      it: "non contiene i valori inviati (non è un file preparato con «distribuisci» o è stato modificato nella struttura).",
      en: 'does not hold the values sent (it is not a file prepared with "distribuisci", or its structure was changed).',
    }[lang];
  const a = plan.impostazioni;
  const b = r.model.impostazioni;
  if (a.ente.trim().toLowerCase() !== b.ente.trim().toLowerCase() || a.anno !== b.anno)
    return {
      it: `è di un altro piano (${b.ente} ${b.anno}, non ${a.ente} ${a.anno}).`,
      en: `belongs to another plan (${b.ente} ${b.anno}, not ${a.ente} ${a.anno}).`,
    }[lang];
  const codes = new Set(plan.obiettivi.map((o) => o.codice));
  const unknown = [...new Set(r.sent.map((s) => s.obiettivo))].filter((c) => !codes.has(c));
  if (unknown.length > 0)
    return {
      it: `contiene obiettivi che il piano non ha: ${unknown.join(", ")}.`,
      en: `holds objectives the plan does not have: ${unknown.join(", ")}.`,
    }[lang];
  return null;
}

function applyWrites(model: PegModel, writes: readonly CollectWrite[]): PegModel {
  const patch = <T extends Fase | Indicatore>(rows: readonly T[]): T[] =>
    rows.map((row) => {
      const mine = writes.filter((w) => w.record === row);
      return mine.length === 0
        ? row
        : Object.assign({ ...row }, ...mine.map((w) => ({ [w.campo]: w.value })));
    });
  // the new row objects keep their origin (their place in the plan's table)
  return { ...model, fasi: patch(model.fasi), indicatori: patch(model.indicatori) };
}

/** `lang`: the language of the reasons (unusable files, refused values) */
export function collect(
  plan: PegModel,
  files: readonly ReturnedFile[],
  now: Date,
  lang: Lang = "it",
): CollectResult {
  let model = plan;
  const writes: CollectWrite[] = [];
  const logRows: Rilevazione[] = [];
  const groups: CollectGroup[] = [];
  const conflicts: CollectConflict[] = [];
  const refused: CollectResult["refused"][number][] = [];
  const unusable: CollectResult["unusable"][number][] = [];
  for (const r of files) {
    const reason = unusableReason(plan, r, lang);
    if (reason) {
      unusable.push({ file: r.file, reason });
      continue;
    }
    const byObjective = new Map<string, RilevazioneEdit[]>();
    for (const s of r.sent) {
      const value = returnedValue(r.model, s);
      if (sameValue(value, s.valore)) continue;
      const edit: RilevazioneEdit = {
        elemento: s.elemento,
        numero: s.numero,
        campo: s.campo as EditableField,
        previous: s.valore,
        value,
      };
      addToGroup(byObjective, s.obiettivo, edit);
    }
    for (const [obiettivo, edits] of byObjective) {
      const save = {
        periodo: model.impostazioni.periodoRiferimento,
        obiettivo,
        utente: r.destinatario,
        edits,
      };
      let outcome = planSave(model, save, now, lang);
      if (outcome.kind === "conflict") {
        for (const c of outcome.conflicts)
          conflicts.push({
            file: r.file,
            obiettivo,
            elemento: c.edit.elemento,
            numero: c.edit.numero,
            campo: c.edit.campo,
            sent: c.edit.previous,
            plan:
              typeof c.theirs === "boolean" ? String(c.theirs) : c.theirs === "" ? null : c.theirs,
            returned: c.edit.value,
          });
        // the person's other changes of the objective are clean: they are merged all the same
        const held = new Set(outcome.conflicts.map((c) => editKey(c.edit)));
        const clean = edits.filter((e) => !held.has(editKey(e)));
        if (clean.length === 0) continue;
        outcome = planSave(model, { ...save, edits: clean }, now, lang);
      }
      if (outcome.kind === "refused") {
        refused.push({ file: r.file, obiettivo, reasons: outcome.reasons });
      } else if (outcome.kind !== "conflict") {
        const done = outcome.writes.map((w) => ({
          record: w.record,
          elemento: w.edit.elemento,
          campo: w.edit.campo,
          value: w.edit.value,
        }));
        writes.push(...done);
        logRows.push(...outcome.logRows);
        groups.push({
          file: r.file,
          destinatario: r.destinatario,
          obiettivo,
          writes: done,
          logRows: outcome.logRows,
        });
        model = applyWrites(model, done);
      }
    }
  }
  return { model, writes, logRows, groups, conflicts, refused, unusable };
}

function editKey(e: RilevazioneEdit): string {
  return `${e.elemento}|${e.numero}|${e.campo}`;
}
