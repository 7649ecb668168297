/**
 * The real handlers of the ribbon commands, on the Excel port and the ribbon helpers of the
 * adapter. Both throw an Italian Error when they cannot do their job; registerCommands
 * reports it and always completes the event.
 */
import type { WorkbookPort } from "../core/ports";
import type { CommandHandler, CommandName } from "./register";

export interface RibbonActions {
  /** validates the workbook and selects the first cell to fix; returns an Italian summary */
  checkAndSelect(): Promise<{ readonly message: string }>;
  /** the codice of the objective on the selected row, or null */
  objectiveAtSelection(): Promise<string | null>;
}

export function createHandlers(
  port: WorkbookPort,
  ribbon: RibbonActions,
  report: (message: string) => void,
): Record<CommandName, CommandHandler> {
  return {
    verifica: async () => {
      const summary = await ribbon.checkAndSelect();
      report(summary.message);
    },
    generaScheda: async () => {
      const code = await ribbon.objectiveAtSelection();
      if (!code) {
        throw new Error(
          "Selezionare una riga di un obiettivo (fogli Obiettivi, Fasi, Indicatori o Soggetti) e riprovare.",
        );
      }
      const result = await port.generate({ codes: [code], index: false });
      const sheet = result.sheets[0]?.sheet;
      report(
        sheet
          ? `Scheda dell'obiettivo ${code} scritta nel foglio «${sheet}».`
          : `Nessuna scheda per ${code}.`,
      );
    },
  };
}
