/** The printable sheets as data: schede per objective and their index. */
export type * from "./types";
export { buildScheda, SCHEDA_TITLE, type SchedaOptions } from "./scheda";
export {
  buildIndexSheet,
  INDEX_SHEET_NAME,
  type IndexEntry,
  type IndexOptions,
} from "./index-sheet";
export { schedaSheetName, sheetRef, MAX_SHEET_NAME } from "./sheet-name";
