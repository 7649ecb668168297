#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx schede-peg` works right after
// `npm ci`, without a build step.
"use strict";

const path = require("node:path");

function fail(error) {
  const message = error && error.message ? String(error.message).split("\n")[0] : String(error);
  process.stderr.write(
    `Errore imprevisto: ${message}\nSegnalarlo indicando il comando eseguito.\n`,
  );
  process.exitCode = 3;
}

try {
  require("tsx/cjs/api").register();
  const { main } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));
  // exitCode, not exit(): stdout is drained first when it is a pipe
  main(process.argv.slice(2)).then((code) => (process.exitCode = code), fail);
} catch (error) {
  fail(error);
}
