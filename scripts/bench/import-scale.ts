/**
 * `importa` on a large long-format CSV: a generated export of N rows (one per indicator per
 * quarter, five indicators per objective) read and mapped the way the command does, then the
 * workbook written. Each phase reports its wall time and the process's peak resident memory.
 *
 * Run in a process of its own (`importScaleFigures` spawns one) so the peak is the import's:
 *   tsx scripts/bench/import-scale.ts [ROWS] [--no-write]   -> one JSON line
 */
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { csvSource } from "../../src/cli/commands/importa-read";
import { writeNewModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { readMapping } from "../../src/core/import/mapping/contract";
import { MappingEngine } from "../../src/core/import/mapping/engine";
import { headerTexts } from "../../src/core/import/mapping/headers";
import { asPegModel } from "../../src/core/import/types";

export interface ImportScale {
  readonly rows: number;
  readonly objectives: number;
  readonly indicators: number;
  readonly readings: number;
  readonly importMs: number;
  /** peak resident memory of the process up to the end of the import, MB */
  readonly importPeakMb: number;
  readonly writeMs: number | null;
  readonly writePeakMb: number | null;
}

const HEADERS =
  "Esercizio;Servizio;Dirigente;Obiettivo;Azione;Peso %;Indicatore;Unità;Target;Trimestre;Consuntivo;Note";

/** the mapping of the long-format fixture, whose columns the generated export has */
const MAPPING = join(__dirname, "../../test/fixtures/import/monitoraggio-2024-cp1252.mappa.json");

/** Writes the export line by line: the file is never held whole. */
async function writeExport(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path, { encoding: "utf8" });
  const write = async (line: string): Promise<void> => {
    if (!out.write(`${line}\r\n`)) await once(out, "drain");
  };
  await write(HEADERS);
  for (let i = 0; i < rows; i++) {
    const quarter = (i % 4) + 1;
    const indicator = (Math.floor(i / 4) % 5) + 1;
    const objective = Math.floor(i / 20) + 1;
    const value = `${(i * 7) % 100},${String(i % 100).padStart(2, "0")}`;
    await write(
      `2024;Servizio ${objective % 40};Dirigente ${objective % 40};` +
        `OB${objective} - Obiettivo ${objective} del piano;Azione ${indicator};20;` +
        `Indicatore ${indicator};n.;${indicator * 10};${quarter};${value};`,
    );
  }
  out.end();
  await once(out, "finish");
}

const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Generates, imports and (unless `write` is false) writes the workbook; in this process. */
export async function measureImportScale(rows: number, write: boolean): Promise<ImportScale> {
  const dir = await mkdtemp(join(tmpdir(), "schede-peg-bench-"));
  try {
    const csv = join(dir, "export.csv");
    await writeExport(csv, rows);
    const read = readMapping(JSON.parse(await readFile(MAPPING, "utf8")));
    if ("errors" in read) throw new Error(read.errors.join("\n"));
    const started = performance.now();
    const source = await csvSource(csv);
    const header = await source.rows.next();
    if (header.done) throw new Error("export vuoto");
    const engine = new MappingEngine(read.mapping, headerTexts(header.value.cells), {
      decimal: ",",
      utente: "bench",
      timestamp: "2024-10-01T09:00:00",
      source: "export.csv",
    });
    for (let r = await source.rows.next(); !r.done; r = await source.rows.next()) {
      engine.add(r.value.cells, r.value.row);
    }
    const result = engine.result();
    const importMs = Math.round(performance.now() - started);
    const importPeakMb = peakMb();
    let writeMs: number | null = null;
    let writePeakMb: number | null = null;
    if (write) {
      const t = performance.now();
      await writeNewModelXlsx(asPegModel(result.model), join(dir, "out.xlsx"));
      writeMs = Math.round(performance.now() - t);
      writePeakMb = peakMb();
    }
    return {
      rows: result.sourceRows,
      objectives: result.model.obiettivi.length,
      indicators: result.model.indicatori.length,
      readings: result.model.rilevazioni.length,
      importMs,
      importPeakMb,
      writeMs,
      writePeakMb,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The same measure in a fresh process, so that its peak memory is the import's alone. */
export function importScaleInChild(rows: number, write: boolean): ImportScale {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", __filename, String(rows), ...(write ? [] : ["--no-write"])],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`misura dell'importazione fallita: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string) as ImportScale;
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 50_000);
  measureImportScale(rows, !process.argv.includes("--no-write"))
    .then((figures) => console.log(JSON.stringify(figures)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
