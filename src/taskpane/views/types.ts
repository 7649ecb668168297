/**
 * What the views share without loading one another: their ids and their props. The registry
 * loads each view lazily; views and state import these types from here, never the registry.
 */
import type { ReturnedReader } from "../../core/distribuzione/collect";
import type { SheetReader } from "../../core/import/table";
import type { PegModel } from "../../core/model/types";
import type { WorkbookPort } from "../../core/ports";

/** The five sections of the pane shown as tabs, in tab order. */
export const VIEW_IDS = ["cruscotto", "rilevazione", "verifica", "schede", "impostazioni"] as const;
/** Sections used now and then: always in the "⋯" menu, never a tab. */
export const SECONDARY_VIEW_IDS = ["importa", "raccogli", "validazione", "versioni"] as const;
export type ViewId = (typeof VIEW_IDS)[number] | (typeof SECONDARY_VIEW_IDS)[number];

export function isTab(view: ViewId): boolean {
  return (VIEW_IDS as readonly ViewId[]).includes(view);
}

export type OpenOutcome = "opened" | "notSupported" | "tooLarge";

/** A new workbook made in the pane (next year's plan), each part loaded on first use. */
export interface NewWorkbook {
  /** the .xlsx of a plan, built as the command line builds a new plan workbook */
  bytesOf(model: PegModel): Promise<Uint8Array>;
  /**
   * opens the .xlsx as a new workbook in Excel, or says why not: this Excel has no ExcelApi
   * 1.8, or the file is too large for one request
   */
  open(bytes: Uint8Array): Promise<OpenOutcome>;
}

/** The files the user chooses and makes, each reader and writer loaded on first use. */
export interface FileReaders {
  /** the first sheet of an .xlsx chosen to import */
  readonly readSheet: SheetReader;
  /** a file `distribuisci` sent, as it comes back */
  readonly readReturned: ReturnedReader;
  /** next year's plan, a new workbook */
  readonly newWorkbook: NewWorkbook;
}

/**
 * What every view receives: the workbook, through the port, never Office itself; the readers
 * of the files the user chooses.
 */
export interface ViewProps extends FileReaders {
  readonly port: WorkbookPort;
}
