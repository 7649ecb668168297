/**
 * Measures the Excel port against the fake Excel at 31, 300 and 3,000 objectives: round trips
 * and the largest payload of one round trip (Excel refuses over 5 MB), plus wall time.
 * `npm run bench` prints a table; `npm run bench -- --json` prints the rows as JSON.
 * Cases live in scripts/bench/cases*.ts; the command-line cases (time, peak memory, ratio to a
 * bare read of the same file) in scripts/bench/cli.ts. `--grande` adds 10,000 objectives.
 * Last, the time and memory of `importa` on a CSV of
 * 50,000 rows (scripts/bench/import-scale.ts). `--solo-excel` runs only the Excel port's cases.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { FakeWorkbook, installFakeExcel, type FakeExcel } from "../test/fakes/excel";
import { createExcelPort } from "../src/adapters/excel-js";
import type { IsoDate, PegModel } from "../src/core/model/types";
import { loadOfficeJs, measureGeneration } from "../test/fakes/office-request";
import { BENCH_CASES } from "./bench/cases";
import { bulkWrite } from "./bench/cases-data";
import { cliBenchRows, cliTable } from "./bench/cli";
import { scaledModel } from "./bench/data";
import { syncFigures } from "./bench/stats";
import { generateBenchRows } from "./bench/generate-cases";
import { importScaleInChild } from "./bench/import-scale";
import type { BenchEnv, BenchRow } from "./bench/types";

const SIZES = [31, 300, 3000];

function makeEnv(): { env: BenchEnv; current: () => FakeExcel } {
  let book = new FakeWorkbook();
  let fake: FakeExcel = installFakeExcel(book);
  const install = (): void => {
    book = new FakeWorkbook();
    fake = installFakeExcel(book);
  };
  const env: BenchEnv = {
    empty() {
      install();
      fake.resetStats();
    },
    async prepared() {
      install();
      await createExcelPort().prepare();
      fake.resetStats();
    },
    async filled(model: PegModel) {
      install();
      await createExcelPort().prepare();
      await bulkWrite(model);
      fake.resetStats();
    },
    reset() {
      fake.resetStats();
    },
    fake: () => fake,
    book: () => book,
  };
  return { env, current: () => fake };
}

async function measure(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const objectives of SIZES) {
    const model = scaledModel(objectives);
    for (const c of BENCH_CASES) {
      const { env, current } = makeEnv();
      let started = 0;
      const timed: BenchEnv = {
        ...env,
        empty: () => {
          env.empty();
          started = performance.now();
        },
        prepared: async () => {
          await env.prepared();
          started = performance.now();
        },
        filled: async (m) => {
          await env.filled(m);
          started = performance.now();
        },
        reset: () => {
          env.reset();
          started = performance.now();
        },
      };
      await c.run(model, timed);
      const ms = Math.round(performance.now() - started);
      rows.push({ operation: c.operation, objectives, ...syncFigures(current().stats()), ms });
    }
  }
  return rows;
}

function table(rows: readonly BenchRow[]): string {
  const head = [
    "operazione",
    "obiettivi",
    "sync",
    "minimo",
    "payload max (byte)",
    "rifiutati",
    "ms",
  ];
  const body = rows.map((r) => [
    r.operation,
    String(r.objectives),
    String(r.syncs),
    String(r.minSyncs),
    r.payloadBytes.toLocaleString("it-IT"),
    String(r.refused ?? 0),
    String(r.ms),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("-|-"), ...body.map(line)].join("\n");
}

/** The pane's first download (gzip) from the production build, when one exists. */
function bundleFigure(): string {
  if (!existsSync("dist/taskpane.html")) {
    return "Primo caricamento del riquadro: nessuna build in dist/ (eseguire npm run build).";
  }
  const report = JSON.parse(
    execFileSync("node", ["scripts/bundle-size.mjs", "dist", "--json"], { encoding: "utf8" }),
  ) as { gzipBytes: number; budgetGzipBytes: number };
  const it = (n: number) => n.toLocaleString("it-IT");
  return `Primo caricamento del riquadro: ${it(report.gzipBytes)} byte gzip (riferimento ${it(report.budgetGzipBytes)}).`;
}

/** `importa` on a long-format CSV of 50,000 rows, measured in a process of its own. */
function importFigure(): string {
  const f = importScaleInChild(50_000, true);
  const it = (n: number | null) => (n ?? 0).toLocaleString("it-IT");
  return [
    `importa, CSV di ${it(f.rows)} righe (${it(f.objectives)} obiettivi, ${it(f.indicators)} ` +
      `indicatori, ${it(f.readings)} rilevazioni):`,
    `  lettura e mappa: ${it(f.importMs)} ms, picco di memoria del processo ${it(f.importPeakMb)} MB`,
    `  scrittura della nuova cartella (writeNewModelXlsx): ${it(f.writeMs)} ms, picco ${it(f.writePeakMb)} MB`,
  ].join("\n");
}

/**
 * The write request of "Genera tutte" as Microsoft's Office.js builds it (the library's own
 * serializer, no Excel), against the adapter's estimate that cuts the batches. Runs last: it
 * replaces the global `Excel` the simulated runs use.
 */
function officeRequestFigure(): string {
  const excel = loadOfficeJs();
  const it = (n: number) => n.toLocaleString("it-IT");
  const lines = [31, 300].map((n) => {
    const parts = measureGeneration(excel, scaledModel(n), "2021-04-29" as IsoDate);
    const real = parts.reduce((sum, p) => sum + p.real, 0);
    const estimated = parts.reduce((sum, p) => sum + p.estimated, 0);
    return `  ${n} obiettivi + indice: ${it(real)} byte (stima ${it(estimated)})`;
  });
  return [
    "Genera tutte, richiesta di scrittura costruita dalla libreria Office.js (l'Excel simulato",
    "della tabella ne riproduce il peso per comando):",
    ...lines,
  ].join("\n");
}

const CLI_SIZES = process.argv.includes("--grande") ? [31, 1000, 3000, 10000] : [31, 1000, 3000];

measure()
  // the schede generation measures its own sizes (1, 31, 300, 3,000 objectives)
  .then(async (rows) => [...rows, ...(await generateBenchRows())])
  .then(async (rows) => {
    if (process.argv.includes("--solo-excel")) {
      console.log(table(rows));
      return;
    }
    const cli = await cliBenchRows(CLI_SIZES);
    if (process.argv.includes("--json")) console.log(JSON.stringify({ excel: rows, cli }, null, 2));
    else {
      console.log(
        `${table(rows)}\n\n${cliTable(cli)}\n\n${bundleFigure()}\n\n${officeRequestFigure()}`,
      );
      console.log(`\n${importFigure()}`);
    }
    const over = rows.filter((r) => (r.refused ?? 0) > 0);
    if (over.length > 0) {
      console.error(`Giri rifiutati perché oltre 5 MB: ${over.map((r) => r.operation).join(", ")}`);
      process.exitCode = 1;
    }
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
