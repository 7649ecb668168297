/**
 * Why a file cannot be used. The message, in Italian and English, says what to do; the CLI
 * prints it as is (exit code 2) and the caller never needs a stack trace.
 */
import type { Texts } from "../../core/text/lang";

export type XlsxFileErrorKind =
  | "missing"
  | "directory"
  | "unreadable"
  | "legacy-xls"
  | "encrypted"
  | "ods"
  | "text"
  | "not-xlsx"
  | "corrupt"
  | "write";

export class XlsxFileError extends Error {
  constructor(
    readonly kind: XlsxFileErrorKind,
    readonly path: string,
    readonly texts: Texts,
  ) {
    super(texts.it);
    this.name = "XlsxFileError";
  }
}

export function isXlsxFileError(e: unknown): e is XlsxFileError {
  return e instanceof XlsxFileError;
}

function errnoCode(e: unknown): string {
  if (typeof e === "object" && e !== null && "code" in e) return String(e.code);
  return "";
}

/** The error for a failed read of `path`, from the operating system's error code. */
export function readFailure(path: string, e: unknown): XlsxFileError {
  const code = errnoCode(e);
  if (code === "ENOENT") {
    return new XlsxFileError("missing", path, {
      it: `Il file «${path}» non esiste. Controllare il nome e la cartella.`,
      en: `The file "${path}" does not exist. Check the name and the folder.`,
    });
  }
  if (code === "EISDIR") {
    return new XlsxFileError("directory", path, {
      it: `«${path}» è una cartella, non un file Excel. Indicare un file .xlsx.`,
      en: `"${path}" is a folder, not an Excel file. Give an .xlsx file.`,
    });
  }
  return new XlsxFileError("unreadable", path, {
    it: `Impossibile leggere «${path}» (${code || "errore sconosciuto"}). Verificare i permessi del file.`,
    en: `Cannot read "${path}" (${code || "unknown error"}). Check the file's permissions.`,
  });
}

export function notXlsx(path: string): XlsxFileError {
  return new XlsxFileError("not-xlsx", path, {
    it:
      `Il file «${path}» non è una cartella di lavoro Excel (.xlsx). ` +
      "Indicare un file salvato da Excel nel formato «Cartella di lavoro di Excel (.xlsx)».",
    en:
      `The file "${path}" is not an Excel workbook (.xlsx). ` +
      'Give a file saved by Excel as "Excel Workbook (.xlsx)".',
  });
}

export function legacyXls(path: string): XlsxFileError {
  return new XlsxFileError("legacy-xls", path, {
    it:
      `Il file «${path}» è nel vecchio formato .xls. ` +
      "Aprirlo in Excel e salvarlo come «Cartella di lavoro di Excel (.xlsx)».",
    en:
      `The file "${path}" is in the old .xls format. ` +
      'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
  });
}

export function encrypted(path: string): XlsxFileError {
  return new XlsxFileError("encrypted", path, {
    it:
      `Il file «${path}» è protetto da password (crittografato) e non si può leggere. ` +
      "Aprirlo in Excel, togliere la password (File > Informazioni > Proteggi cartella di lavoro) e salvarlo.",
    en:
      `The file "${path}" is protected by a password (encrypted) and cannot be read. ` +
      "Open it in Excel, remove the password (File > Info > Protect Workbook) and save it.",
  });
}

export function openDocument(path: string): XlsxFileError {
  return new XlsxFileError("ods", path, {
    it:
      `Il file «${path}» è un foglio di calcolo OpenDocument (.ods), non un .xlsx. ` +
      "Aprirlo in LibreOffice o in Excel e salvarlo come «Cartella di lavoro di Excel (.xlsx)».",
    en:
      `The file "${path}" is an OpenDocument spreadsheet (.ods), not an .xlsx. ` +
      'Open it in LibreOffice or Excel and save it as "Excel Workbook (.xlsx)".',
  });
}

export function plainText(path: string): XlsxFileError {
  return new XlsxFileError("text", path, {
    it:
      `Il file «${path}» è un file di testo (per esempio CSV), non una cartella di lavoro Excel. ` +
      "Aprirlo in Excel e salvarlo come «Cartella di lavoro di Excel (.xlsx)».",
    en:
      `The file "${path}" is a text file (a CSV, for example), not an Excel workbook. ` +
      'Open it in Excel and save it as "Excel Workbook (.xlsx)".',
  });
}

/** A zip that cannot be read whole (cut short by a download, a full disk, a copy stopped). */
export function corrupt(path: string): XlsxFileError {
  return new XlsxFileError("corrupt", path, {
    it:
      `Il file «${path}» è danneggiato o incompleto e non si può aprire ` +
      "(per esempio una copia o un download interrotto). Recuperare una copia integra del file.",
    en:
      `The file "${path}" is damaged or incomplete and cannot be opened ` +
      "(a copy or a download cut short, for example). Get a whole copy of the file.",
  });
}

/** A zip whose parts do not make a workbook Excel could open. */
export function malformed(path: string, detail: string): XlsxFileError {
  return new XlsxFileError("corrupt", path, {
    it:
      `Il file «${path}» non è una cartella di lavoro leggibile (${detail}). ` +
      "Provare ad aprirlo con Excel e a salvarlo di nuovo.",
    en:
      `The file "${path}" is not a readable workbook (${detail}). ` +
      "Try opening it in Excel and saving it again.",
  });
}

export function writeFailure(path: string, e: unknown): XlsxFileError {
  const code = errnoCode(e);
  const hint: Texts =
    code === "EBUSY" || code === "EPERM" || code === "EACCES"
      ? {
          it: "Il file potrebbe essere aperto in Excel o la cartella protetta: chiuderlo e riprovare.",
          en: "The file may be open in Excel or the folder protected: close it and try again.",
        }
      : code === "ENOENT"
        ? {
            it: "La cartella di destinazione non esiste.",
            en: "The destination folder does not exist.",
          }
        : {
            it: "Verificare il percorso e lo spazio disponibile.",
            en: "Check the path and the free space.",
          };
  return new XlsxFileError("write", path, {
    it: `Impossibile scrivere «${path}» (${code || "errore sconosciuto"}). ${hint.it}`,
    en: `Cannot write "${path}" (${code || "unknown error"}). ${hint.en}`,
  });
}
