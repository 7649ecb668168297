/**
 * Entry point of commands.html, the page without UI that Office loads for the ribbon's
 * "Verifica" and "Genera scheda" buttons. "Verifica" selects the first cell to fix,
 * "Genera scheda" writes the scheda of the selected row; both then show their outcome in a
 * small dialog (esito.html). The outcome also goes to the console for support.
 */
import { createExcelPort } from "../adapters/excel-js";
import { checkAndSelect, objectiveAtSelection } from "../adapters/excel-js/ribbon";
import { showDialog } from "./dialog";
import { esitoUrl, langOf, type Esito } from "./esito-query";
import { createHandlers } from "./handlers";
import { registerCommands } from "./register";

function show(esito: Esito): Promise<void> {
  console.info("Schede PEG, esito del comando:", esito);
  // DialogApi 1.1 is in every Excel that has ExcelApi 1.9; checked all the same
  if (!Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  const url = esitoUrl(window.location.href, esito, langOf(Office.context.displayLanguage));
  const constants = {
    succeeded: Office.AsyncResultStatus.Succeeded,
    messageReceived: Office.EventType.DialogMessageReceived,
    eventReceived: Office.EventType.DialogEventReceived,
  };
  return showDialog(Office.context.ui, constants, url, (reason) =>
    console.warn(`Schede PEG: finestra dell'esito non aperta (${reason}).`),
  );
}

Office.onReady(() => {
  const handlers = createHandlers(createExcelPort(), { checkAndSelect, objectiveAtSelection });
  registerCommands(Office.actions, handlers, show, (name, error) => {
    console.error(`Schede PEG, comando «${name}» non riuscito:`, error);
  });
});
