/**
 * The Nucleo di valutazione validates an objective's achievement (pure): the plan of what is
 * written and logged, decided before anything is. Once validated, the validation is locked:
 * changing it needs a motivazione, written in the log's Nota like a change of valore atteso.
 * The log rows are elemento «Obiettivo», one per field that changes, in the reference month
 * (closed months do not stop the Nucleo, who judges after the year's monitoring).
 */
import type { IsoDate, Obiettivo, PegModel, Percent, Rilevazione } from "../model/types";
import type { ValidazioneNucleo } from "../model/types";
import { formatDate, localIsoDate, localTimestamp } from "../text/dates";
import type { Lang } from "../text/lang";
import { formatNumber } from "../text/numbers";
import { headerIndex } from "../parse/positions";
import { OBIETTIVI } from "../schema/tables";
import { lastLogged } from "./history";
import { sameValue } from "./same";

export interface ValidazioneRequest {
  readonly obiettivo: string;
  readonly valore: Percent;
  /** null: the note already there stays */
  readonly nota: string | null;
  /** null: today when the value changes, else the date already there */
  readonly data: IsoDate | null;
  /** required when the objective is already validated */
  readonly motivazione: string;
  readonly utente: string;
}

export type ValidazionePlan =
  | { readonly kind: "refused"; readonly reasons: readonly string[] }
  /** the objective is already validated so: nothing to write */
  | { readonly kind: "unchanged"; readonly record: Obiettivo }
  | {
      readonly kind: "write";
      readonly record: Obiettivo;
      /** the fields that change, with their new values */
      readonly values: Partial<ValidazioneNucleo>;
      readonly logRows: readonly Rilevazione[];
    };

/** the fields of a validation, in the order they are written and logged */
export const CAMPI_VALIDAZIONE: readonly (keyof ValidazioneNucleo)[] = [
  "raggiungimentoValidato",
  "notaNucleo",
  "dataValidazione",
];

/** the first validation's note in the log */
export const NOTA_PRIMA_VALIDAZIONE = "Validazione del Nucleo di valutazione";

/** "85% il 15/03/2022"; "85% on 2022-03-15" with `lang` "en" */
export function validazioneText(o: ValidazioneNucleo, lang: Lang = "it"): string {
  const value =
    o.raggiungimentoValidato === null ? "—" : `${formatNumber(o.raggiungimentoValidato, lang)}%`;
  if (o.dataValidazione === null) return value;
  return `${value} ${lang === "en" ? "on" : "il"} ${formatDate(o.dataValidazione, lang)}`;
}

/** `lang`: the language of the refusals */
export function planValidazione(
  model: PegModel,
  request: ValidazioneRequest,
  now: Date,
  lang: Lang = "it",
): ValidazionePlan {
  const record = model.obiettivi.find((o) => o.codice === request.obiettivo);
  const reasons: string[] = [];
  if (!record) {
    reasons.push(
      {
        it: `L'obiettivo «${request.obiettivo}» non esiste nel foglio Obiettivi.`,
        en: `The objective "${request.obiettivo}" does not exist on the Obiettivi sheet.`,
      }[lang],
    );
  }
  const v = request.valore;
  if (!Number.isFinite(v) || v < 0 || v > 100) {
    reasons.push(
      {
        it: `Il raggiungimento validato deve essere un numero da 0 a 100 (inserito ${v}).`,
        en: `The validated achievement must be a number from 0 to 100 (entered ${v}).`,
      }[lang],
    );
  }
  if (!request.utente.trim()) {
    reasons.push(
      {
        it: "Indica il nome di chi registra la validazione.",
        en: "Enter the name of who records the validation.",
      }[lang],
    );
  }
  if (!record) return { kind: "refused", reasons };

  const validated = record.raggiungimentoValidato !== null;
  const valueChanges = !sameValue(record.raggiungimentoValidato, v);
  const next: ValidazioneNucleo = {
    raggiungimentoValidato: v,
    notaNucleo: request.nota === null ? record.notaNucleo : request.nota.trim(),
    dataValidazione:
      request.data ??
      (valueChanges || record.dataValidazione === null
        ? localIsoDate(now)
        : record.dataValidazione),
  };
  const fields = CAMPI_VALIDAZIONE.filter((k) => !sameValue(record[k], next[k]));
  const motivazione = request.motivazione.trim();
  // the lock first: it is what the Nucleo most needs to read
  if (validated && fields.length > 0 && motivazione === "")
    reasons.unshift(
      {
        it:
          `L'obiettivo ${record.codice} è già stato validato dal Nucleo (${validazioneText(record)}): ` +
          "per cambiare la validazione scrivi la motivazione, che resta nel registro Rilevazioni.",
        en:
          `Objective ${record.codice} is already validated by the Nucleo (${validazioneText(record, "en")}): ` +
          "to change the validation write the reason, which stays in the Rilevazioni log.",
      }[lang],
    );
  if (reasons.length > 0) return { kind: "refused", reasons };
  if (fields.length === 0) return { kind: "unchanged", record };
  const logRows = fields.map((campo): Rilevazione => ({
    periodo: model.impostazioni.periodoRiferimento,
    obiettivo: record.codice,
    elemento: "Obiettivo",
    numero: null,
    campo,
    valorePrecedente: emptyAsNull(record[campo]),
    valoreNuovo: emptyAsNull(next[campo]),
    nota: validated ? motivazione : motivazione || NOTA_PRIMA_VALIDAZIONE,
    utente: request.utente.trim(),
    timestamp: localTimestamp(now),
  }));
  const values = Object.fromEntries(fields.map((k) => [k, next[k]])) as Partial<ValidazioneNucleo>;
  return { kind: "write", record, values, logRows };
}

/**
 * A validation from the pane: `previous` is the validation as the pane showed it. The pane
 * reads, then the Nucleo types: a colleague may validate the same objective meanwhile.
 */
export interface ValidazioneSave extends ValidazioneRequest {
  readonly previous: ValidazioneNucleo;
}

/** the row no longer holds `previous`: `record` is what it holds now, nothing is written */
interface ValidazioneConflict {
  readonly kind: "conflict";
  readonly record: Obiettivo;
}

/** The save of the pane: a conflict with a colleague's change, else `planValidazione`. */
export function planValidazioneSave(
  model: PegModel,
  save: ValidazioneSave,
  now: Date,
  lang: Lang = "it",
): ValidazionePlan | ValidazioneConflict {
  const record = model.obiettivi.find((o) => o.codice === save.obiettivo);
  if (record && CAMPI_VALIDAZIONE.some((k) => !sameValue(record[k], save.previous[k])))
    return { kind: "conflict", record };
  return planValidazione(model, save, now, lang);
}

/** What saving a validation in the open workbook did: written, or why not. */
export type ValidazioneResult =
  | Exclude<ValidazionePlan, { kind: "write" }>
  | ValidazioneConflict
  | { readonly kind: "saved"; readonly record: Obiettivo; readonly logRows: number };

/** The headers of the validation columns a table's headers lack (optional columns). */
export function missingValidazioneColumns(headers: readonly unknown[]): string[] {
  return CAMPI_VALIDAZIONE.filter((k) => headerIndex(OBIETTIVI, headers, k) < 0).map(
    (k) => OBIETTIVI.columns.find((c) => c.key === k)?.header ?? k,
  );
}

function emptyAsNull(v: string | number | null): string | number | null {
  return v === "" ? null : v;
}

/**
 * The validated achievement as last logged for an objective, or undefined when the log has
 * none: a cell that differs was changed without going through the lock.
 */
export function loggedValidazione(
  rilevazioni: readonly Rilevazione[],
  obiettivo: string,
): Rilevazione | undefined {
  return lastLogged(
    rilevazioni,
    (r) => r.elemento === "Obiettivo" && r.obiettivo === obiettivo,
    "raggiungimentoValidato",
  );
}
