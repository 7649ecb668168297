// PLACEHOLDER, written only so the task pane builds: the real Excel JS adapter replaces
// this whole file. It keeps the final signature; calling it tells the user plainly that
// the feature is not there yet.
import type { WorkbookPort } from "../../core/ports";

export function createExcelPort(): WorkbookPort {
  throw new Error("Il collegamento con Excel non è ancora disponibile in questa versione.");
}
