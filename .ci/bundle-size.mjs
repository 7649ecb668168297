#!/usr/bin/env node
// Bundle-size report of dist/: every script with its raw and gzip size, what each page
// downloads first, and a budget on the task pane's first download (gzip), which fails the
// check when exceeded. Budget in bytes from BUNDLE_BUDGET_BYTES; the default, 168,904 bytes, is
// what Microsoft's React task-pane template (a hello-world with IE11 polyfills) loads first.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

const DIST = process.argv[2] ?? "dist";
const BUDGET_BYTES = Number(process.env.BUNDLE_BUDGET_BYTES ?? 168904);

if (!existsSync(join(DIST, "taskpane.html"))) {
  console.error(`${DIST}/taskpane.html non trovato: eseguire prima "npm run build".`);
  process.exit(2);
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} KiB`;
const sizes = new Map(
  readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .map((f) => {
      const body = readFileSync(join(DIST, f));
      return [f, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length }];
    }),
);

/** the local scripts a page loads at start (office.js comes from Microsoft) */
function initialScripts(page) {
  const html = readFileSync(join(DIST, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:|^\//.test(src));
}

console.log("File JavaScript                        grezzo       gzip");
for (const [file, { raw, gzip }] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`${file.padEnd(34)} ${kib(raw)} ${kib(gzip)}`);
}

let failed = false;
for (const page of ["taskpane.html", "commands.html"]) {
  const files = initialScripts(page);
  const total = files.reduce(
    (sum, f) => ({ raw: sum.raw + sizes.get(f).raw, gzip: sum.gzip + sizes.get(f).gzip }),
    { raw: 0, gzip: 0 },
  );
  console.log(
    `\n${page}: primo caricamento ${kib(total.raw)} grezzo, ${kib(total.gzip)} gzip (${total.gzip} byte)`,
  );
  console.log(`  (${files.join(", ")})`);
  if (page === "taskpane.html" && total.gzip > BUDGET_BYTES) {
    console.error(
      `  OLTRE IL BUDGET di ${BUDGET_BYTES} byte gzip: alleggerire o caricare a richiesta.`,
    );
    failed = true;
  }
}
if (!failed) console.log(`\nBudget rispettato (riquadro: al massimo ${BUDGET_BYTES} byte gzip).`);
process.exit(failed ? 1 : 0);
