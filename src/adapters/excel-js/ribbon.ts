/**
 * What the ribbon buttons do in the workbook. A function command has no UI of its own
 * (ExecuteFunction runs "without displaying any UI", learn.microsoft.com "Add-in commands"),
 * so "Verifica" answers by selecting the first cell to fix — Excel scrolls to it — and the
 * full list stays in the task pane; it writes nothing, so co-authors see no change.
 */
import { checkWorkbook } from "../../core/verifica";
import type { Problem } from "../../core/verifica/problem";
import { splitAddress } from "../../core/schema/address";
import { TABLES } from "../../core/schema/tables";
import { positionOf } from "./cells";
import { ALL_TABLES } from "./load";
import { rawOf, readTables } from "./read-tables";
import { runExcel } from "./run";

export interface CheckSummary {
  readonly errors: number;
  readonly warnings: number;
  /** the cell selected, if any */
  readonly selected: string | null;
  /** Italian message of the problem at the selected cell, if any */
  readonly firstMessage: string | null;
  /** Italian one-line summary */
  readonly message: string;
}

function first(problems: readonly Problem[]): Problem | undefined {
  return problems.find((p) => p.severity === "error" && p.cell) ?? problems.find((p) => p.cell);
}

export function checkAndSelect(): Promise<CheckSummary> {
  return runExcel(async (context) => {
    const read = await readTables(context, ALL_TABLES);
    const { problems } = checkWorkbook(rawOf(read));
    const errors = problems.filter((p) => p.severity === "error").length;
    const warnings = problems.length - errors;
    const target = first(problems);
    const parts = target?.cell ? splitAddress(target.cell) : null;
    if (parts) {
      const sheet = context.workbook.worksheets.getItem(parts.sheet);
      sheet.activate();
      sheet.getRange(parts.cell).select();
      await context.sync();
    }
    const message =
      problems.length === 0
        ? "Verifica completata: nessun problema trovato."
        : `Verifica completata: ${errors} errori e ${warnings} avvisi. ` +
          (target ? `Selezionata la cella ${target.cell}: ${target.message}` : "");
    return {
      errors,
      warnings,
      selected: target?.cell ?? null,
      firstMessage: target?.cell ? target.message : null,
      message,
    };
  });
}

/**
 * The objective of the selected row: its Codice on Obiettivi, its Obiettivo column on Fasi,
 * Indicatori and Soggetti; null elsewhere. Two syncs: the selection, then that table.
 */
export function objectiveAtSelection(): Promise<string | null> {
  return runExcel(async (context) => {
    const selected = context.workbook.getSelectedRange().load("address,rowIndex");
    await context.sync();
    const sheet = splitAddress(selected.address)?.sheet ?? "";
    const def = TABLES.find((t) => t.sheet.toLowerCase() === sheet.toLowerCase());
    if (!def || def.id === "rilevazioni" || def.id === "impostazioni") return null;
    const t = (await readTables(context, [def.id])).tables[def.id];
    if (!t || t.sheet.toLowerCase() !== sheet.toLowerCase()) return null;
    const row = t.rows[selected.rowIndex - t.headerRow];
    const at = positionOf(def, t.headers, def.id === "obiettivi" ? "codice" : "obiettivo");
    const code = row && at >= 0 ? String(row[at] ?? "").trim() : "";
    return code === "" ? null : code;
  });
}
