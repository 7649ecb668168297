/**
 * The JavaScript the pane needs before its first render, as measured in the browser: the
 * scripts requested before Office reported ready (the pane cannot render earlier), each
 * gzipped as a server would send it. Scripts the first render itself requests (the first
 * view, loaded on use) are listed apart; office.js is Microsoft's, from its CDN in
 * production: listed, not counted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { ScriptsBeforeTitle } from "./harness";

/**
 * Gzip bytes of the first download of Microsoft's React task-pane template (hello world),
 * the reference our pane must stay under; scripts/bundle-size.mjs uses the same number.
 */
export const TEMPLATE_GZIP_BYTES = 168_904;

interface Sizes {
  readonly gzipBytes: number;
  readonly rawBytes: number;
  readonly files: readonly { file: string; rawBytes: number; gzipBytes: number }[];
}

export interface FirstDownload extends Sizes {
  readonly budgetGzipBytes: number;
  readonly requestedByFirstRender: Sizes;
  /** office.js files loaded meanwhile */
  readonly officeJs: readonly string[];
}

const isOffice = (path: string) => path.startsWith("/office-js/");

function sizes(dist: string, paths: readonly string[]): Sizes {
  const files = paths
    .filter((p) => !isOffice(p))
    .map((p) => {
      const body = readFileSync(join(dist, p));
      return { file: p.slice(1), rawBytes: body.length, gzipBytes: gzipSync(body).length };
    });
  return {
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
    files,
  };
}

export function firstDownload(dist: string, scripts: ScriptsBeforeTitle): FirstDownload {
  return {
    ...sizes(dist, scripts.initial),
    budgetGzipBytes: TEMPLATE_GZIP_BYTES,
    requestedByFirstRender: sizes(dist, scripts.byFirstRender),
    officeJs: [...scripts.initial, ...scripts.byFirstRender].filter(isOffice),
  };
}
