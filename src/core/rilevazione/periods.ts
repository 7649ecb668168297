/**
 * Closing and reopening a month of monitoring. Closing freezes the month's entries;
 * reopening needs a reason, which the log keeps.
 */
import type { Month, PegModel, Rilevazione } from "../model/types";
import { isMonth, localTimestamp } from "../text/dates";

export type PeriodChange =
  | { readonly kind: "ok"; readonly periodiChiusi: Month[]; readonly logRow: Rilevazione }
  | { readonly kind: "refused"; readonly reason: string };

function periodRow(
  month: Month,
  before: string,
  after: string,
  nota: string,
  utente: string,
  now: Date,
): Rilevazione {
  return {
    periodo: month,
    obiettivo: "",
    elemento: "Periodo",
    numero: null,
    campo: "stato",
    valorePrecedente: before,
    valoreNuovo: after,
    nota,
    utente: utente.trim(),
    timestamp: localTimestamp(now),
  };
}

function commonRefusal(month: string, utente: string): string | null {
  if (!isMonth(month))
    return `Il mese «${month}» non è valido: usa il formato AAAA-MM (es. 2021-04).`;
  if (!utente.trim()) return "Indica il tuo nome utente prima di chiudere o riaprire un mese.";
  return null;
}

export function closeMonth(model: PegModel, month: Month, utente: string, now: Date): PeriodChange {
  const refusal = commonRefusal(month, utente);
  if (refusal) return { kind: "refused", reason: refusal };
  const closed = model.impostazioni.periodiChiusi;
  if (closed.includes(month)) return { kind: "refused", reason: `Il mese ${month} è già chiuso.` };
  return {
    kind: "ok",
    periodiChiusi: [...closed, month].sort(),
    logRow: periodRow(month, "aperto", "chiuso", "", utente, now),
  };
}

export function reopenMonth(
  model: PegModel,
  month: Month,
  motivazione: string,
  utente: string,
  now: Date,
): PeriodChange {
  const refusal = commonRefusal(month, utente);
  if (refusal) return { kind: "refused", reason: refusal };
  const closed = model.impostazioni.periodiChiusi;
  if (!closed.includes(month)) {
    return { kind: "refused", reason: `Il mese ${month} non è chiuso: non serve riaprirlo.` };
  }
  if (!motivazione.trim()) {
    return {
      kind: "refused",
      reason: `Per riaprire il mese ${month} scrivi la motivazione: resta nel registro delle rilevazioni.`,
    };
  }
  return {
    kind: "ok",
    periodiChiusi: closed.filter((m) => m !== month),
    logRow: periodRow(month, "chiuso", "aperto", motivazione.trim(), utente, now),
  };
}
