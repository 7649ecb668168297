/**
 * The words of one Rilevazioni log row as users read them: "Indicatore 1, Valore raggiunto:
 * (vuoto) → 3.500,5", not the table's field keys and JavaScript numbers.
 */
import type { Rilevazione } from "../../../core/model/types";
import { FASI, INDICATORI, OBIETTIVI } from "../../../core/schema/tables";
import type { TableDef } from "../../../core/schema/types";
import { formatDateIt } from "../../../core/text/dates";
import { formatNumberIt } from "../../../core/text/numbers";
import { fmt } from "../../components/format";
import type { Messages } from "../../i18n";

const TABLE_OF: Partial<Record<Rilevazione["elemento"], TableDef>> = {
  Obiettivo: OBIETTIVI,
  Fase: FASI,
  Indicatore: INDICATORI,
};

/** "Fase 2", "Indicatore 1" (or "Phase 2"…); the element's name alone when it has no number */
export function elementLabel(r: Rilevazione, messages: Messages): string {
  const text = messages.rilevazione;
  if (r.numero === null) return r.elemento;
  if (r.elemento === "Fase") return fmt(text.phase, { numero: r.numero });
  if (r.elemento === "Indicatore") return fmt(text.indicator, { numero: r.numero });
  return `${r.elemento} ${r.numero}`;
}

/** the label of the entry form, else the column header of the schema, else the key itself */
export function fieldLabel(r: Rilevazione, messages: Messages): string {
  const fields: Readonly<Record<string, string>> = messages.rilevazione.fields;
  if (r.campo in fields) return fields[r.campo];
  const column = TABLE_OF[r.elemento]?.columns.find((c) => c.key === r.campo);
  return column?.header ?? r.campo;
}

/** "3.500,5" in Italian, "3,500.5" in English; ISO dates as dd/mm/yyyy; "(vuoto)" for empty */
export function valueText(value: string | number | null, messages: Messages): string {
  if (value === null || value === "") return messages.rilevazione.emptyValue;
  if (typeof value === "number") {
    return messages.locale === "it-IT"
      ? formatNumberIt(value)
      : value.toLocaleString(messages.locale, { maximumFractionDigits: 6 });
  }
  return formatDateIt(value);
}

/** the whole line: "Indicatore 1, Valore raggiunto: (vuoto) → 3.500,5" */
export function historyLine(r: Rilevazione, messages: Messages): string {
  return fmt(messages.rilevazione.historyLine, {
    elemento: elementLabel(r, messages),
    campo: fieldLabel(r, messages),
    from: valueText(r.valorePrecedente, messages),
    to: valueText(r.valoreNuovo, messages),
  });
}
