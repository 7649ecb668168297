/**
 * Entry point of commands.html, the page without UI that Office loads for the ribbon's
 * "Verifica" and "Genera scheda" buttons.
 */
import { PLACEHOLDER_HANDLERS, registerCommands } from "./register";

Office.onReady(() => {
  registerCommands(Office.actions, PLACEHOLDER_HANDLERS, (name, error) => {
    // No UI on this page: the error goes to the console until the commands get their
    // Italian message in the workbook together with the real port.
    console.error(`Schede PEG, comando «${name}» non riuscito:`, error);
  });
});
