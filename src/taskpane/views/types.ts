/**
 * What the views share without loading one another: their ids and their props. The registry
 * loads each view lazily; views and state import these types from here, never the registry.
 */
import type { WorkbookPort } from "../../core/ports";

/** The five sections of the pane, in tab order. */
export const VIEW_IDS = ["cruscotto", "rilevazione", "verifica", "schede", "impostazioni"] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** What every view receives: the workbook, through the port, never Office itself. */
export interface ViewProps {
  readonly port: WorkbookPort;
}
