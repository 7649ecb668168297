/** A strict in-memory fake of the part of the Excel JavaScript API the add-in uses. */
export { FakeWorkbook } from "./fake-workbook";
export { createFakeExcel, type FakeExcel } from "./create";
export { installFakeExcel, uninstallFakeExcel } from "./install";
export type { FakeStats } from "./host";
export { FakeOfficeError } from "./errors";
export { PAYLOAD_LIMIT_BYTES } from "./context";
export { FORMULA_MARKER } from "./cells";
export type {
  WorkbookSnapshot,
  SheetSnapshot,
  TableSnapshot,
  CellSnapshot,
  NameSnapshot,
} from "./snapshot";
