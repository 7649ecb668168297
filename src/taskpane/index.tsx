/**
 * Bootstrap of the task pane: waits for Office, builds the one gateway to the workbook
 * (the Excel port) and hands it to the React tree with what it reads of Office (language,
 * theme). This is the only task-pane file that may import an adapter or read Office.
 */
import { createRoot, type Root } from "react-dom/client";
import type { ShapeStore } from "../adapters/excel-js";
import type { XlsxFileError } from "../adapters/xlsx-file/errors";
import type { ReturnedReader } from "../core/distribuzione/collect";
import type { SheetReader } from "../core/import/table";
import { App } from "./App";
import { lazyPort } from "./lazy-port";
import { DEFAULT_MESSAGES, languageOf, loadMessages, type Language } from "./i18n";
import { OutsideExcel } from "./OutsideExcel";
import { StartupError } from "./StartupError";
import type { NewWorkbook } from "./views/types";
import { readStored, writeStored } from "./state/storage";
import { backgroundThemeSource } from "./theme";

function displayLanguage(): string | undefined {
  try {
    return Office.context?.displayLanguage;
  } catch {
    return undefined; // outside Office the context is not there
  }
}

/** Reads a chosen file; why it cannot be read is said in the pane's language. */
function inLanguage<T>(
  language: Language,
  isXlsxFileError: (e: unknown) => e is XlsxFileError,
  read: () => T,
): T {
  try {
    return read();
  } catch (e) {
    throw isXlsxFileError(e) ? new Error(e.texts[language]) : e;
  }
}

/**
 * The reader of an .xlsx chosen in Importa, loaded on first use: the package reader stays out
 * of the pane's first download.
 */
function sheetReader(language: Language): SheetReader {
  return async (name, bytes) => {
    const xlsx = await import("../adapters/xlsx-file/sheet-rows");
    return inLanguage(language, xlsx.isXlsxFileError, () => xlsx.readSheetRows(name, bytes));
  };
}

/** The reader of the files chosen in «Raccogli file», loaded on first use as well. */
function returnedReader(language: Language): ReturnedReader {
  return async (name, bytes) => {
    const xlsx = await import("../adapters/xlsx-file/returned");
    return inLanguage(language, xlsx.isXlsxFileError, () => xlsx.readReturnedBytes(name, bytes));
  };
}

/**
 * Next year's plan as a new workbook: built by the file adapter (ExcelJS, loaded only now) and
 * opened with `Excel.createWorkbook` where the host has ExcelApi 1.8 and the file fits in one
 * request (otherwise the pane offers the file to download).
 */
function newWorkbook(): NewWorkbook {
  return {
    bytesOf: async (model) =>
      (
        await import(/* webpackChunkName: "nuovo-anno" */ "../adapters/xlsx-file/new-workbook")
      ).modelXlsxBytes(model),
    open: async (bytes) => {
      if (!Office.context.requirements.isSetSupported("ExcelApi", "1.8")) return "notSupported";
      const excel = await import("../adapters/excel-js/new-workbook");
      return (await excel.openNewWorkbook(bytes)) ? "opened" : "tooLarge";
    },
  };
}

async function start(root: Root): Promise<void> {
  if (typeof Office === "undefined") {
    const messages = await loadMessages(languageOf(navigator.language));
    root.render(<OutsideExcel messages={messages} officeMissing />);
    return;
  }
  const info = await Office.onReady();
  const language = languageOf(displayLanguage() ?? navigator.language);
  const messages = await loadMessages(language);
  if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
    root.render(<OutsideExcel messages={messages} />);
    return;
  }
  try {
    const port = lazyPort(async () =>
      (await import("../adapters/excel-js")).createExcelPort(language, documentShapes()),
    );
    const theme = backgroundThemeSource(() => Office.context.officeTheme?.bodyBackgroundColor);
    root.render(
      <App
        port={port}
        readers={{
          readSheet: sheetReader(language),
          readReturned: returnedReader(language),
          newWorkbook: newWorkbook(),
        }}
        messages={messages}
        theme={theme}
      />,
    );
  } catch (error) {
    root.render(<StartupError messages={messages} detail={describe(error)} />);
  }
}

/**
 * What the reads learnt of this document's tables, kept in the browser for the next opening:
 * under Office's partition key where storage is partitioned ("Persist add-in state and
 * settings"), and only for a saved document (a new one has no address to tell it by).
 */
function documentShapes(): ShapeStore | undefined {
  const context = Office.context as Office.Context | undefined;
  const url = context?.document?.url;
  if (!url) return undefined;
  const key = `${context?.partitionKey ?? ""}schede-peg.forme:${url}`;
  return { read: () => readStored(key) ?? null, write: (text) => void writeStored(key, text) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  start(root).catch((error: unknown) => {
    root.render(<StartupError messages={DEFAULT_MESSAGES} detail={describe(error)} />);
  });
}
