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

/**
 * The Base64 text travels in one request, which Excel on the web refuses over 5 MB ("Resource
 * limits and performance optimization for Office Add-ins"); the margin is for the message
 * around it. About 10,000 objectives: the pane then offers the file to download.
 */
export const CREATE_BUDGET_BYTES = 4_800_000;

/**
 * Opens `bytes` (an .xlsx) as a new workbook, in a new Excel window or browser tab; false,
 * without asking Excel, when the file is too large for one request.
 */
export async function openNewWorkbook(bytes: Uint8Array): Promise<boolean> {
  const base64 = base64Of(bytes);
  if (base64.length > CREATE_BUDGET_BYTES) return false;
  await Excel.createWorkbook(base64);
  return true;
}
