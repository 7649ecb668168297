/**
 * A new workbook opened in Excel from the bytes of an .xlsx (`Excel.createWorkbook`, ExcelApi
 * 1.8): next year's plan. The workbook open in the pane is not read nor written.
 */

/** Bytes per slice turned into a string at once: spreading a whole file would overflow the stack. */
const SLICE = 0x8000;

/** The base64 text of `bytes`, as `Excel.createWorkbook` takes the file. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let at = 0; at < bytes.length; at += SLICE)
    binary += String.fromCharCode(...bytes.subarray(at, at + SLICE));
  return btoa(binary);
}

/** Opens `bytes` (an .xlsx) as a new workbook, in a new Excel window or browser tab. */
export async function openNewWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(base64Of(bytes));
}
