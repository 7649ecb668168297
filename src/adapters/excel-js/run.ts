/**
 * Every batch goes through `runExcel`, so each one waits while the user is typing in a cell
 * instead of failing (learn.microsoft.com, Excel.RunOptions.delayForCellEdit).
 */

export function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run({ delayForCellEdit: true }, batch);
}

/** The `code` of an Office error (OfficeExtension.Error), or "" for anything else. */
export function officeCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "";
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : "";
}

/**
 * Excel refuses requests and responses over 5 MB ("Resource limits and performance
 * optimization for Office Add-ins", Excel add-ins section).
 */
export function isPayloadError(error: unknown): boolean {
  const code = officeCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** A table or sheet that is not there, met while following it in a batch. */
export function isMissingObjectError(error: unknown): boolean {
  const code = officeCode(error);
  return code === "InvalidObjectPath" || code === "ItemNotFound";
}
