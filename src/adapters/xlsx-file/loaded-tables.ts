/**
 * Workarounds for ExcelJS 4.4 when it saves tables it has read from a file (our `genera`
 * keeps the user's data sheets as they are):
 * - Excel omits the default headerRowCount="1"; ExcelJS then reads `headerRow: false` and
 *   writes headerRowCount="0", turning the header row into data. Our tables always have one.
 * - Excel writes a <filterColumn> only for filtered columns; ExcelJS reads the others as
 *   "button hidden" and writes hiddenButton="1" for all of them, hiding every filter button
 *   (and Excel drops the autofilter of a filtered column with a hidden button).
 */
import type ExcelJS from "exceljs";

interface LoadedTable {
  headerRow?: boolean;
  autoFilterRef?: string;
  columns?: { filterButton?: boolean }[];
}

export function repairLoadedTables(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    const tables = ws.getTables() as unknown as readonly { model?: LoadedTable }[];
    for (const { model } of tables) {
      if (!model) continue;
      model.headerRow = true;
      if (model.autoFilterRef) {
        for (const col of model.columns ?? []) col.filterButton = true;
      }
    }
  }
}
