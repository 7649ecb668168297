#!/usr/bin/env node
// Runs the compiled command line (lib/schede-peg.cjs, built by `npm ci` through the prepare
// script, or by `npm run build:cli`).
"use strict";

const { existsSync } = require("node:fs");
const path = require("node:path");

const compiled = path.join(__dirname, "..", "lib", "schede-peg.cjs");

function fail(error) {
  const message = error && error.message ? String(error.message).split("\n")[0] : String(error);
  process.stderr.write(
    `Errore imprevisto: ${message}\nSegnalarlo indicando il comando eseguito.\n`,
  );
  process.exitCode = 3;
}

if (!existsSync(compiled)) {
  process.stderr.write(
    "La riga di comando non è ancora compilata: eseguire «npm ci» (o «npm run build:cli») nella cartella del progetto.\n",
  );
  process.exitCode = 2;
} else {
  try {
    const { main } = require(compiled);
    // exitCode, not exit(): stdout is drained first when it is a pipe
    main(process.argv.slice(2)).then((code) => (process.exitCode = code), fail);
  } catch (error) {
    fail(error);
  }
}
