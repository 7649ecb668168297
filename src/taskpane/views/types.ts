/**
 * What the views share without loading one another: their ids and their props. The registry
 * loads each view lazily; views and state import these types from here, never the registry.
 */
import type { SheetReader } from "../../core/import/table";
import type { WorkbookPort } from "../../core/ports";

/** The five sections of the pane shown as tabs, in tab order. */
export const VIEW_IDS = ["cruscotto", "rilevazione", "verifica", "schede", "impostazioni"] as const;
/** Sections used now and then: always in the "⋯" menu, never a tab. */
export const SECONDARY_VIEW_IDS = ["importa"] as const;
export type ViewId = (typeof VIEW_IDS)[number] | (typeof SECONDARY_VIEW_IDS)[number];

export function isTab(view: ViewId): boolean {
  return (VIEW_IDS as readonly ViewId[]).includes(view);
}

/**
 * What every view receives: the workbook, through the port, never Office itself; the reader
 * of an .xlsx chosen to import, loaded on first use.
 */
export interface ViewProps {
  readonly port: WorkbookPort;
  readonly readSheet: SheetReader;
}
