/**
 * The baseline a distributed file carries: the values sent, in a table `tblInvio` on a very
 * hidden sheet, so that `raccogli` tells what the person changed from what the office changed.
 * Not part of the main schema: only `distribuisci` writes it and `raccogli` reads it.
 */
import type { PegModel } from "../model/types";
import { parseCell } from "../parse/cells";
import { parseTable } from "../parse/table";
import type { CellValue, RawTable } from "../schema/raw";
import { toCellValue } from "../schema/rows";
import { FASI, INDICATORI } from "../schema/tables";
import type { ColumnDef, TableDef } from "../schema/types";
import type { Problem } from "../verifica/problem";
import { sentValues, type ReturnedElement, type SentValue } from "./split";

function column(key: string, header: string, type: ColumnDef["type"], width: number): ColumnDef {
  return {
    key,
    header,
    type,
    required: true,
    numberFormat: type === "integer" ? "0" : "General",
    width,
  };
}

export const INVIO: TableDef<"invio"> = {
  id: "invio",
  sheet: "SchedePEG invio",
  table: "tblInvio",
  key: ["obiettivo", "elemento", "numero", "campo"],
  columns: [
    column("destinatario", "Destinatario", "text", 24),
    column("obiettivo", "Obiettivo", "text", 14),
    column("elemento", "Elemento", "text", 12),
    column("numero", "N.", "integer", 6),
    column("campo", "Campo", "text", 18),
    { ...column("valore", "Valore inviato", "text", 18), required: false },
  ],
};

const DEF_OF: Record<ReturnedElement, TableDef> = { Fase: FASI, Indicatore: INDICATORI };

function columnOf(elemento: ReturnedElement, campo: string): ColumnDef | undefined {
  return DEF_OF[elemento].columns.find((c) => c.key === campo);
}

/** The baseline rows of a part sent to `destinatario`, values as the cells hold them. */
export function baselineRows(model: PegModel, destinatario: string): CellValue[][] {
  return sentValues(model).map((s) => {
    const col = columnOf(s.elemento, s.campo);
    return [
      destinatario,
      s.obiettivo,
      s.elemento,
      s.numero,
      s.campo,
      col ? toCellValue(col, s.valore) : s.valore,
    ];
  });
}

export interface Baseline {
  readonly destinatario: string;
  readonly sent: readonly SentValue[];
  readonly problems: readonly Problem[];
}

/** Reads a baseline table back; each value through its data column, as the model holds it. */
export function parseBaseline(raw: Omit<RawTable, "id">): Baseline {
  // the value column is read as a raw cell, then by the type of the field it belongs to
  const parsed = parseTable(INVIO, { ...raw, id: "obiettivi" });
  const valueAt = parsed.columns.get("valore");
  const sent: SentValue[] = [];
  let destinatario = "";
  for (const row of parsed.rows) {
    const elemento = row.values.elemento;
    const campo = String(row.values.campo ?? "");
    if (elemento !== "Fase" && elemento !== "Indicatore") continue;
    const col = columnOf(elemento, campo);
    if (!col || typeof row.values.numero !== "number") continue;
    destinatario ||= String(row.values.destinatario ?? "");
    const cell = valueAt === undefined ? null : (raw.rows[row.index]?.[valueAt] ?? null);
    const v = parseCell(col, cell).value;
    sent.push({
      obiettivo: String(row.values.obiettivo ?? ""),
      elemento,
      numero: row.values.numero,
      campo,
      valore: typeof v === "string" || typeof v === "number" ? v : null,
    });
  }
  return { destinatario, sent, problems: parsed.problems };
}
