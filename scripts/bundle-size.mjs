#!/usr/bin/env node
// The JavaScript the task pane downloads before its first render: the entry chunk and the
// chunks it needs at start (the scripts of taskpane.html, office.js excepted: it comes from
// Microsoft's CDN), each gzipped with Node's default level as a web server would send it.
// The end-to-end test measures the same figure in Chromium (out/e2e/bundle.json).
//
//   node scripts/bundle-size.mjs [dist] [--json]
//
// Exits with 1 when the total passes 168,904 bytes gzip, the first download of Microsoft's
// React task-pane template (hello world).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const TEMPLATE_GZIP_BYTES = 168_904;

/** the local scripts of a page, in order (absolute URLs and office.js left out) */
export function initialScripts(dist, page = "taskpane.html") {
  const html = readFileSync(join(dist, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^[a-z]+:/i.test(src) && !/(^|\/)office\.js$/.test(src))
    .map((src) => src.replace(/^\//, ""));
}

/** raw and gzip bytes of each file and the totals */
export function measure(dist, files) {
  const sizes = files.map((file) => {
    const body = readFileSync(join(dist, file));
    return { file, rawBytes: body.length, gzipBytes: gzipSync(body).length };
  });
  return {
    gzipBytes: sizes.reduce((sum, f) => sum + f.gzipBytes, 0),
    rawBytes: sizes.reduce((sum, f) => sum + f.rawBytes, 0),
    budgetGzipBytes: TEMPLATE_GZIP_BYTES,
    files: sizes,
  };
}

function main() {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith("--")) ?? "dist";
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.error(`${dist}/taskpane.html non trovato: eseguire prima "npm run build".`);
    process.exit(2);
  }
  const report = measure(dist, initialScripts(dist));
  const over = report.gzipBytes > TEMPLATE_GZIP_BYTES;
  if (args.includes("--json")) console.log(JSON.stringify(report, null, 2));
  else {
    const n = (v) => v.toLocaleString("it-IT").padStart(9);
    for (const f of report.files) console.log(`${f.file.padEnd(28)} ${n(f.gzipBytes)} B gzip`);
    console.log(
      `Primo caricamento del riquadro: ${n(report.gzipBytes).trim()} byte gzip ` +
        `(riferimento: ${n(TEMPLATE_GZIP_BYTES).trim()}, modello React di Microsoft).`,
    );
    if (over) console.error("OLTRE IL RIFERIMENTO: alleggerire il primo caricamento.");
  }
  process.exit(over ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
