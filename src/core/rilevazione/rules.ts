/**
 * Rules of a rilevazione save, run before anything is written (docs/formule.md §7).
 *
 * `checkRilevazione` returns:
 * - `refusals`: reasons, in the language asked, that block the whole save (nothing must be
 *   written);
 * - `proposals`: extra edits the user may accept (e.g. fine effettiva when a phase reaches
 *   100%); accepting one means adding it to the save and checking again;
 * - `logRows`: one Rilevazione per edit that changes a value, to append to the log; empty
 *   when there are refusals, so a refused save can never leave a trace of written data.
 * Edits whose value equals the current one are no-ops: no refusal, no log row.
 */
import type { RilevazioneEdit, RilevazioneSave } from "./types";
import type { PegModel, Rilevazione } from "../model/types";
import { isMonth, localIsoDate, localTimestamp } from "../text/dates";
import type { Lang } from "../text/lang";
import { lastLoggedBefore } from "./history";
import { sameValue } from "./same";
import { currentValue, findTarget, type Target } from "./target";
import { elementLabel, fieldName, valueProblem } from "./values";

export { closeMonth, reopenMonth, type PeriodChange } from "./periods";

export interface RilevazioneCheck {
  readonly refusals: string[];
  readonly proposals: RilevazioneEdit[];
  readonly logRows: Rilevazione[];
}

function headerRefusals(model: PegModel, save: RilevazioneSave, lang: Lang): string[] {
  const { periodo, obiettivo } = save;
  if (!isMonth(periodo)) {
    return [
      {
        it: `Il mese «${periodo}» non è valido: usa il formato AAAA-MM (es. 2021-04).`,
        en: `The month "${periodo}" is not valid: use the format YYYY-MM (e.g. 2021-04).`,
      }[lang],
    ];
  }
  const out: string[] = [];
  if (model.impostazioni.periodiChiusi.includes(periodo)) {
    out.push(
      {
        it:
          `Il mese ${periodo} è chiuso: i valori non si possono più modificare. ` +
          "Se serve una correzione, chiedi di riaprire il mese indicando la motivazione.",
        en:
          `The month ${periodo} is closed: its values can no longer be changed. ` +
          "If a correction is needed, ask for the month to be reopened, giving the reason.",
      }[lang],
    );
  }
  if (!model.obiettivi.some((o) => o.codice === obiettivo)) {
    out.push(
      {
        it: `L'obiettivo «${obiettivo}» non esiste nel foglio Obiettivi.`,
        en: `The objective "${obiettivo}" does not exist on the Obiettivi sheet.`,
      }[lang],
    );
  }
  if (!save.utente.trim()) {
    out.push(
      {
        it: "Indica il tuo nome utente prima di salvare.",
        en: "Enter your user name before saving.",
      }[lang],
    );
  }
  return out;
}

/** the value a field will have after the save: the edited one, else the model's */
function after(
  save: RilevazioneSave,
  target: Target,
  numero: number,
  campo: RilevazioneEdit["campo"],
) {
  const edit = save.edits.find(
    (e) => e.elemento === target.kind && e.numero === numero && e.campo === campo,
  );
  return edit ? edit.value : currentValue(target, campo);
}

/** rules that depend on the record and on the other edits; null when the edit is fine */
function editRefusal(
  model: PegModel,
  save: RilevazioneSave,
  edit: RilevazioneEdit,
  target: Target,
  lang: Lang,
) {
  const element = elementLabel(edit, lang);
  const who = { it: `${element} dell'obiettivo`, en: `${element} of objective` }[lang];
  const current = currentValue(target, edit.campo);
  if (edit.campo === "valoreAtteso" && !edit.motivazione?.trim()) {
    const empty = { it: "vuoto", en: "empty" }[lang];
    const from = current ?? empty;
    const to = edit.value ?? empty;
    return {
      it: `${who} ${save.obiettivo}: per cambiare il valore atteso (da ${from} a ${to}) scrivi la motivazione.`,
      en: `${who} ${save.obiettivo}: to change the target value (from ${from} to ${to}) write the reason.`,
    }[lang];
  }
  if (
    edit.campo === "valoreRaggiunto" &&
    target.kind === "Indicatore" &&
    target.record.cumulativo
  ) {
    const v = edit.value as number | null;
    const logged =
      edit.loggedBefore !== undefined
        ? edit.loggedBefore
        : lastLoggedBefore(model.rilevazioni, save.obiettivo, edit.numero, save.periodo);
    const floor = Math.max(...[logged, current].filter((x): x is number => typeof x === "number"));
    if (v !== null && v < floor) {
      return {
        it: `${who} ${save.obiettivo}: l'indicatore è cumulativo, il valore raggiunto non può scendere sotto ${floor} (inserito ${v}).`,
        en: `${who} ${save.obiettivo}: the indicator is cumulative, the value reached cannot go below ${floor} (entered ${v}).`,
      }[lang];
    }
  }
  if (edit.campo === "inizioEffettiva" || edit.campo === "fineEffettiva") {
    const start = after(save, target, edit.numero, "inizioEffettiva");
    const end = after(save, target, edit.numero, "fineEffettiva");
    if (typeof start === "string" && typeof end === "string" && end < start) {
      return {
        it: `${who} ${save.obiettivo}: la fine effettiva (${end}) non può precedere l'inizio effettivo (${start}).`,
        en: `${who} ${save.obiettivo}: the actual end (${end}) cannot come before the actual start (${start}).`,
      }[lang];
    }
  }
  return null;
}

function proposalFor(save: RilevazioneSave, edit: RilevazioneEdit, target: Target, now: Date) {
  if (target.kind !== "Fase" || edit.campo !== "avanzamento" || edit.value !== 100) return null;
  if (after(save, target, edit.numero, "fineEffettiva") !== null) return null;
  const proposal: RilevazioneEdit = {
    elemento: "Fase",
    numero: edit.numero,
    campo: "fineEffettiva",
    previous: target.record.fineEffettiva,
    value: localIsoDate(now),
  };
  return proposal;
}

/** `lang`: the language of the refusals (Italian unless the caller shows another one) */
export function checkRilevazione(
  model: PegModel,
  save: RilevazioneSave,
  now: Date,
  lang: Lang = "it",
): RilevazioneCheck {
  const refusals = headerRefusals(model, save, lang);
  const proposals: RilevazioneEdit[] = [];
  const rows: Rilevazione[] = [];
  const seen = new Set<string>();
  for (const edit of save.edits) {
    const key = `${edit.elemento}|${edit.numero}|${edit.campo}`;
    if (seen.has(key)) {
      const what = `${elementLabel(edit, lang)}: ${fieldName(edit.campo, lang)}`;
      refusals.push(
        {
          it: `${what} compare due volte nello stesso salvataggio.`,
          en: `${what} appears twice in the same save.`,
        }[lang],
      );
      continue;
    }
    seen.add(key);
    const target = findTarget(model, save.obiettivo, edit);
    if (!target) {
      const element = elementLabel(edit, lang);
      refusals.push(
        {
          it: `${element} non esiste nell'obiettivo ${save.obiettivo}.`,
          en: `${element} does not exist in objective ${save.obiettivo}.`,
        }[lang],
      );
      continue;
    }
    const previous = currentValue(target, edit.campo);
    const problem = valueProblem(edit, lang);
    if (problem) {
      refusals.push(problem);
      continue;
    }
    if (sameValue(previous, edit.value)) continue;
    const refusal = editRefusal(model, save, edit, target, lang);
    if (refusal) {
      refusals.push(refusal);
      continue;
    }
    const proposal = proposalFor(save, edit, target, now);
    if (proposal) proposals.push(proposal);
    rows.push({
      periodo: save.periodo,
      obiettivo: save.obiettivo,
      elemento: edit.elemento,
      numero: edit.numero,
      campo: edit.campo,
      valorePrecedente: previous,
      valoreNuovo: edit.value,
      nota: edit.motivazione?.trim() ?? "",
      utente: save.utente.trim(),
      timestamp: localTimestamp(now),
      ...(save.origine ? { origine: save.origine } : {}),
    });
  }
  return { refusals, proposals, logRows: refusals.length > 0 ? [] : rows };
}
