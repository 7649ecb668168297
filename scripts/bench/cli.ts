/**
 * The command line on files of 31, 1,000 and 3,000 objectives (10,000 with `--grande`): each
 * command in a process of its own (cli-child.ts) for its time and peak memory, set against
 * the bare read of the same file in the same run (our reader; ExcelJS's load as a reference).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { scaledModel } from "./data";

export interface CliBenchRow {
  readonly objectives: number;
  readonly fileBytes: number;
  readonly command: string;
  readonly ms: number;
  readonly peakMb: number;
  /** time over the bare read of the same file */
  readonly timesRead: number;
}

const CHILD = join(__dirname, "cli-child.ts");
const TSX = join(__dirname, "..", "..", "node_modules", "tsx", "dist", "cli.mjs");

function child(what: string, file: string, out = ""): { ms: number; peakMb: number } {
  const text = execFileSync(process.execPath, [TSX, CHILD, what, file, out], { encoding: "utf8" });
  return JSON.parse(text) as { ms: number; peakMb: number };
}

export async function cliBenchRows(sizes: readonly number[]): Promise<CliBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), "schede-peg-bench-"));
  const rows: CliBenchRow[] = [];
  try {
    for (const objectives of sizes) {
      const file = join(dir, `peg-${objectives}.xlsx`);
      await writeModelXlsx(scaledModel(objectives), file);
      const fileBytes = statSync(file).size;
      const read = child("lettura", file);
      const row = (command: string, r: { ms: number; peakMb: number }): CliBenchRow => ({
        objectives,
        fileBytes,
        command,
        ...r,
        timesRead: Math.round((r.ms / Math.max(read.ms, 1)) * 100) / 100,
      });
      rows.push(row("lettura del file", read));
      rows.push(row("lettura con ExcelJS (riferimento)", child("exceljs", file)));
      rows.push(row("verifica", child("verifica", file)));
      rows.push(
        row("genera (tutte le schede)", child("genera", file, join(dir, `out-${objectives}.xlsx`))),
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

export function cliTable(rows: readonly CliBenchRow[]): string {
  const head = ["riga di comando", "obiettivi", "file (byte)", "ms", "× lettura", "picco MB"];
  const body = rows.map((r) => [
    r.command,
    String(r.objectives),
    r.fileBytes.toLocaleString("it-IT"),
    String(r.ms),
    r.timesRead.toLocaleString("it-IT"),
    String(r.peakMb),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("-|-"), ...body.map(line)].join("\n");
}
