/**
 * The real handlers of the ribbon commands, on the Excel port and the ribbon helpers of the
 * adapter. Each returns the outcome to show; an Italian Error when it cannot do its job.
 */
import type { WorkbookPort } from "../core/ports";
import type { Esito } from "./esito-query";
import type { CommandHandler, CommandName } from "./register";

export interface RibbonActions {
  /** validates the workbook and selects the first cell to fix */
  checkAndSelect(): Promise<{
    readonly errors: number;
    readonly warnings: number;
    /** the cell selected, if any */
    readonly selected: string | null;
    /** the message of the problem at that cell */
    readonly firstMessage: string | null;
  }>;
  /** the codice of the objective on the selected row, or null */
  objectiveAtSelection(): Promise<string | null>;
}

export function createHandlers(
  port: WorkbookPort,
  ribbon: RibbonActions,
): Record<CommandName, CommandHandler> {
  return {
    verifica: async (): Promise<Esito> => {
      const s = await ribbon.checkAndSelect();
      return {
        kind: "verifica",
        errors: s.errors,
        warnings: s.warnings,
        cell: s.selected,
        message: s.firstMessage,
      };
    },
    generaScheda: async (): Promise<Esito> => {
      const code = await ribbon.objectiveAtSelection();
      if (!code) return { kind: "nessunaRiga" };
      const result = await port.generate({ codes: [code], index: false });
      const sheet = result.sheets[0]?.sheet;
      if (!sheet) {
        throw new Error(
          `Nessuna scheda generata per l'obiettivo ${code}: controlla che il codice sia nel foglio Obiettivi.`,
        );
      }
      return { kind: "scheda", code, sheet };
    },
  };
}
