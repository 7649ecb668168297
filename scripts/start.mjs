#!/usr/bin/env node
// `npm start` / `npm stop`.
//  - Windows or macOS with office-addin-debugging: dev server + automatic sideload in Excel.
//  - Elsewhere (e.g. Linux, no Excel): explains how to load the pane in Excel on the web,
//    runs the command line on the bundled sample so there is a result at once, then starts
//    the dev server on https://localhost:3000 for Excel on the web.
// Options: --senza-server (sample only), stop (stops what `npm start` started).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const PID_FILE = join(ROOT, ".cache", "dev-server.pid");
const CLI = join(ROOT, "bin", "schede-peg.cjs");
const require = createRequire(join(ROOT, "package.json"));
const args = process.argv.slice(2);

function title(text) {
  console.log(`\n=== ${text} ===`);
}

/** office-addin-debugging's command-line entry, when the package is installed */
function debuggingCli() {
  try {
    const manifest = require.resolve("office-addin-debugging/package.json");
    const { bin } = JSON.parse(readFileSync(manifest, "utf8"));
    const entry = typeof bin === "string" ? bin : bin?.["office-addin-debugging"];
    return entry ? join(dirname(manifest), entry) : null;
  } catch {
    return null; // not installed
  }
}

const desktopPlatform = process.platform === "win32" || process.platform === "darwin";

function onPath(command) {
  const probe = process.platform === "win32" ? "where" : "which";
  return spawnSync(probe, [command], { stdio: "ignore" }).status === 0;
}

function run(command, commandArgs, shown = [command, ...commandArgs].join(" ")) {
  console.log(`> ${shown}`);
  return spawnSync(command, commandArgs, { cwd: ROOT, stdio: "inherit" }).status;
}

/** the CLI on the bundled sample; every step says what happened, none stops the start */
function runSample() {
  title("Esempio: il PEG 2021 con la riga di comando");
  if (!existsSync(CLI)) {
    console.log("La riga di comando (bin/schede-peg.cjs) non è ancora presente: esempio saltato.");
    return;
  }
  mkdirSync(join(ROOT, "out"), { recursive: true });
  const cli = (cliArgs) =>
    run(process.execPath, [CLI, ...cliArgs], `npx schede-peg ${cliArgs.join(" ")}`);
  const esempio = cli(["esempio", "-o", "out/esempio.xlsx"]);
  if (esempio !== 0) {
    console.log(`«esempio» non riuscito (codice ${esempio}): vedere il messaggio qui sopra.`);
    return;
  }
  const verifica = cli(["verifica", "out/esempio.xlsx"]);
  if (verifica === 1)
    console.log(
      "«verifica» ha trovato errori nei dati (elencati sopra): nell'esempio sono voluti, " +
        "vedere docs/dati-esempio.md.",
    );
  else if (verifica !== 0) console.log(`«verifica» non riuscita (codice ${verifica}).`);
  const pdf = onPath("soffice") || onPath("libreoffice");
  const genera = ["genera", "out/esempio.xlsx", "-o", "out/schede-esempio.xlsx"];
  const status = cli([...genera, ...(pdf ? ["--pdf", "out/"] : [])]);
  if (status === 0 || status === 1) {
    console.log(`Schede scritte in out/schede-esempio.xlsx${pdf ? " e i PDF in out/" : ""}.`);
    if (!pdf) console.log("Per avere anche i PDF installare LibreOffice (Calc).");
  } else {
    console.log(`«genera» non riuscito (codice ${status}).`);
  }
}

function explainWeb(reason, withServer) {
  title("Schede PEG in Excel sul web");
  console.log(reason);
  console.log(
    [
      "Per provare il riquadro:",
      withServer
        ? "  1. lasciare in esecuzione il server di sviluppo che parte qui sotto (https://localhost:3000);"
        : "  1. avviare il server di sviluppo con «npm start» (senza --senza-server) e lasciarlo in esecuzione;",
      "  2. aprire una cartella di lavoro in Excel sul web (https://www.office.com), nello stesso computer;",
      "  3. Inserisci > Componenti aggiuntivi > Carica componente aggiuntivo (nelle versioni recenti:",
      "     Home > Componenti aggiuntivi > Altri componenti aggiuntivi > Carica il mio componente aggiuntivo);",
      "  4. caricare il file manifest.xml di questa cartella: compare la scheda «Schede PEG».",
      "Se il browser segnala il certificato di https://localhost:3000, aprire una volta",
      "https://localhost:3000/taskpane.html e accettarlo.",
    ].join("\n"),
  );
}

function startDevServer() {
  title("Server di sviluppo: https://localhost:3000 (Ctrl+C o «npm stop» per fermarlo)");
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(child.pid));
  const forget = () => rmSync(PID_FILE, { force: true });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code) => {
    forget();
    process.exit(code ?? 0);
  });
}

function stop() {
  const cli = debuggingCli();
  if (desktopPlatform && cli) run(process.execPath, [cli, "stop", "manifest.xml"]);
  if (!existsSync(PID_FILE)) {
    console.log("Nessun server di sviluppo avviato da «npm start» è in esecuzione.");
    return;
  }
  const pid = Number(readFileSync(PID_FILE, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Server di sviluppo fermato (processo ${pid}).`);
  } catch {
    console.log(`Il server di sviluppo (processo ${pid}) era già fermo.`);
  }
  rmSync(PID_FILE, { force: true });
}

function start() {
  const cli = debuggingCli();
  if (desktopPlatform && cli) {
    title("Avvio in Excel desktop");
    console.log("Il server di sviluppo parte e Excel si apre con Schede PEG caricato.");
    process.exit(
      run(process.execPath, [cli, "start", "manifest.xml", "desktop", "--app", "excel"]),
    );
  }
  const reason = desktopPlatform
    ? "Il caricamento automatico in Excel desktop richiede il pacchetto office-addin-debugging,\n" +
      "che questo progetto non installa. Si può caricare il componente a mano in Excel desktop\n" +
      "(vedi README.md) oppure usare Excel sul web come spiegato qui."
    : "Su questo sistema Excel desktop non c'è: si usa Excel sul web.";
  const withServer = !args.includes("--senza-server");
  runSample();
  explainWeb(reason, withServer);
  if (!withServer) return;
  startDevServer();
}

if (args[0] === "stop") stop();
else start();
