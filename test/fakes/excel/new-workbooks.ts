/**
 * `Excel.createWorkbook(base64)` (ExcelApi 1.8): Excel opens a new workbook, in a new window or
 * tab, from a Base64-encoded .xlsx; the workbook of the add-in is not touched. The fake keeps
 * the decoded bytes of each workbook created, in order, for the tests to open.
 *
 * Refused as Excel refuses: text that is not Base64 (InvalidArgument) and, in Excel on the web,
 * a request over 5 MB (learn.microsoft.com, "Resource limits and performance optimization for
 * Office Add-ins": the payload of a request): the Base64 text travels in the request, so its
 * length is measured against the same limit as a batch's. Whether the bytes are an .xlsx Excel
 * can open is not checked here: the tests open them with the command line's reader.
 */
import { PAYLOAD_LIMIT_BYTES } from "./context";
import { invalidArgument, requestTooLarge } from "./errors";

/** Base64 characters, at most two "=" at the end, in whole groups of four */
function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

export class NewWorkbooks {
  /** the bytes of each workbook created, oldest first */
  readonly created: Uint8Array[] = [];

  createWorkbook = (base64?: string): Promise<void> => {
    // Excel's own blank workbook: nothing to record but that one was opened
    if (base64 === undefined || base64 === null) {
      this.created.push(new Uint8Array());
      return Promise.resolve();
    }
    if (typeof base64 !== "string" || !isBase64(base64))
      return Promise.reject(invalidArgument("Excel.createWorkbook", "base64File is not Base64."));
    if (base64.length > PAYLOAD_LIMIT_BYTES) return Promise.reject(requestTooLarge(base64.length));
    this.created.push(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    return Promise.resolve();
  };
}
