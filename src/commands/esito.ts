/**
 * Entry point of esito.html, the small dialog that the ribbon commands open to show their
 * outcome. Kept light: plain DOM, no React or Fluent. "Chiudi" (or Esc) asks the command's
 * page to close the dialog, the only way a dialog page can end itself in Office.
 */
import { CLOSE_MESSAGE } from "./dialog";
import { renderEsito } from "./esito-view";

/** messageParent needs office.js initialised; outside Office the window just closes */
let officeReady = false;
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    officeReady = true;
  });
}

function close(): void {
  try {
    if (officeReady && Office.context?.ui?.messageParent) {
      Office.context.ui.messageParent(CLOSE_MESSAGE);
      return;
    }
  } catch (error) {
    console.warn("Schede PEG: chiusura tramite Office non riuscita.", error);
  }
  window.close();
}

const root = document.getElementById("root");
if (root) renderEsito(root, window.location.search, close).focus();
