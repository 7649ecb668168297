/**
 * Why a file cannot be used. The message is Italian and says what to do; the CLI prints it
 * as is (exit code 2) and the caller never needs a stack trace.
 */
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
    message: string,
  ) {
    super(message);
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
    return new XlsxFileError(
      "missing",
      path,
      `Il file «${path}» non esiste. Controllare il nome e la cartella.`,
    );
  }
  if (code === "EISDIR") {
    return new XlsxFileError(
      "directory",
      path,
      `«${path}» è una cartella, non un file Excel. Indicare un file .xlsx.`,
    );
  }
  return new XlsxFileError(
    "unreadable",
    path,
    `Impossibile leggere «${path}» (${code || "errore sconosciuto"}). Verificare i permessi del file.`,
  );
}

export function notXlsx(path: string): XlsxFileError {
  return new XlsxFileError(
    "not-xlsx",
    path,
    `Il file «${path}» non è una cartella di lavoro Excel (.xlsx). ` +
      "Indicare un file salvato da Excel nel formato «Cartella di lavoro di Excel (.xlsx)».",
  );
}

export function legacyXls(path: string): XlsxFileError {
  return new XlsxFileError(
    "legacy-xls",
    path,
    `Il file «${path}» è nel vecchio formato .xls. ` +
      "Aprirlo in Excel e salvarlo come «Cartella di lavoro di Excel (.xlsx)».",
  );
}

export function encrypted(path: string): XlsxFileError {
  return new XlsxFileError(
    "encrypted",
    path,
    `Il file «${path}» è protetto da password (crittografato) e non si può leggere. ` +
      "Aprirlo in Excel, togliere la password (File > Informazioni > Proteggi cartella di lavoro) e salvarlo.",
  );
}

export function openDocument(path: string): XlsxFileError {
  return new XlsxFileError(
    "ods",
    path,
    `Il file «${path}» è un foglio di calcolo OpenDocument (.ods), non un .xlsx. ` +
      "Aprirlo in LibreOffice o in Excel e salvarlo come «Cartella di lavoro di Excel (.xlsx)».",
  );
}

export function plainText(path: string): XlsxFileError {
  return new XlsxFileError(
    "text",
    path,
    `Il file «${path}» è un file di testo (per esempio CSV), non una cartella di lavoro Excel. ` +
      "Aprirlo in Excel e salvarlo come «Cartella di lavoro di Excel (.xlsx)».",
  );
}

/** A zip that cannot be read whole (cut short by a download, a full disk, a copy stopped). */
export function corrupt(path: string): XlsxFileError {
  return new XlsxFileError(
    "corrupt",
    path,
    `Il file «${path}» è danneggiato o incompleto e non si può aprire ` +
      "(per esempio una copia o un download interrotto). Recuperare una copia integra del file.",
  );
}

/** A zip whose parts do not make a workbook Excel could open. */
export function malformed(path: string, detail: string): XlsxFileError {
  return new XlsxFileError(
    "corrupt",
    path,
    `Il file «${path}» non è una cartella di lavoro leggibile (${detail}). ` +
      "Provare ad aprirlo con Excel e a salvarlo di nuovo.",
  );
}

export function writeFailure(path: string, e: unknown): XlsxFileError {
  const code = errnoCode(e);
  const hint =
    code === "EBUSY" || code === "EPERM" || code === "EACCES"
      ? "Il file potrebbe essere aperto in Excel o la cartella protetta: chiuderlo e riprovare."
      : code === "ENOENT"
        ? "La cartella di destinazione non esiste."
        : "Verificare il percorso e lo spazio disponibile.";
  return new XlsxFileError(
    "write",
    path,
    `Impossibile scrivere «${path}» (${code || "errore sconosciuto"}). ${hint}`,
  );
}
