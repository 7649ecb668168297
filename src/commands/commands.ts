/**
 * Entry point of commands.html, the page without UI that Office loads for the ribbon's
 * "Verifica" and "Genera scheda" buttons. A function command cannot show UI: "Verifica"
 * selects the first cell to fix, "Genera scheda" writes the scheda of the selected row; the
 * messages also go to the console for support.
 */
import { createExcelPort } from "../adapters/excel-js";
import { checkAndSelect, objectiveAtSelection } from "../adapters/excel-js/ribbon";
import { createHandlers } from "./handlers";
import { registerCommands } from "./register";

Office.onReady(() => {
  const handlers = createHandlers(
    createExcelPort(),
    { checkAndSelect, objectiveAtSelection },
    (message) => console.info(`Schede PEG: ${message}`),
  );
  registerCommands(Office.actions, handlers, (name, error) => {
    console.error(`Schede PEG, comando «${name}» non riuscito:`, error);
  });
});
