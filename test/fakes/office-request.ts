/**
 * Microsoft's Office.js (the Excel on the web build shipped in `@microsoft/office-js`) loaded
 * in a DOM without any Office host: commands are queued on a real `Excel.RequestContext` and the
 * request body the library would send is read back, so the adapter's payload estimates can be
 * checked against the bytes the real library produces, without Excel.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { queueStyle } from "../../src/adapters/excel-js/generate/styles";
import {
  type HelperSheets,
  estimateStyleBytes,
  queueHelpers,
  queueSheet,
} from "../../src/adapters/excel-js/generate/write";
import { prepareGeneration } from "../../src/adapters/excel-js/generate/works";
import type { WorkbookState } from "../../src/adapters/excel-js/generate/read";
import type { IsoDate, PegModel } from "../../src/core/model/types";

const LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.js");

/** The real `Excel` namespace of the library. */
export function loadOfficeJs(): typeof Excel {
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(readFileSync(LIBRARY, "utf8"));
  return (dom.window as unknown as { Excel: typeof Excel }).Excel;
}

/** The adapter refers to the global `Excel`: the real library takes its place. */
function makeGlobal(excel: typeof Excel): void {
  (globalThis as unknown as { Excel: typeof Excel }).Excel = excel;
}

interface PendingRequest {
  buildRequestMessageBodyAndRequestFlags(): { body: unknown };
}

/** UTF-8 bytes of the body the context would send at its next `sync()`. */
export function requestBytes(context: Excel.RequestContext): number {
  const pending = (context as unknown as { _pendingRequest: PendingRequest })._pendingRequest;
  const body = JSON.stringify(pending.buildRequestMessageBodyAndRequestFlags().body);
  return new TextEncoder().encode(body).length;
}

export interface Measured {
  readonly label: string;
  readonly real: number;
  readonly estimated: number;
}

/**
 * One generation of every objective plus the index, queued in one request as the adapter
 * queues it (styles, helper sheets, then each sheet), on an empty workbook: the bytes each part
 * adds to the real request against the adapter's estimate of that part.
 */
export function measureGeneration(
  excel: typeof Excel,
  model: PegModel,
  today: IsoDate,
): Measured[] {
  makeGlobal(excel);
  const empty: WorkbookState = {
    raw: {},
    sheets: [],
    allNames: [],
    staleMarkers: [],
    styleNames: new Set(),
    tableNames: [],
    extra: [],
  };
  const { works, styles, helpers, setupBytes } = prepareGeneration(
    empty,
    model,
    { index: true },
    today,
  );
  if (!helpers) throw new Error("no scheda to measure");
  const context = new excel.RequestContext();
  const out: Measured[] = [];
  let before = requestBytes(context);
  const step = (label: string, estimated: number, queue: () => void): void => {
    queue();
    const now = requestBytes(context);
    out.push({ label, real: now - before, estimated });
    before = now;
  };
  let sheets: HelperSheets | null = null;
  const stylesBytes = estimateStyleBytes(styles);
  step("stili", stylesBytes, () => {
    for (const d of styles) queueStyle(context.workbook.styles, d, false);
  });
  step("fogli di servizio", setupBytes - stylesBytes, () => {
    sheets = queueHelpers(context, helpers.names, helpers.model, helpers.modelOps);
  });
  for (const w of works)
    step(w.name, w.bytes, () => queueSheet(context, w, w.base !== null ? sheets : null));
  return out;
}
