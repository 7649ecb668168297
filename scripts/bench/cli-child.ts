/**
 * One command-line case in a process of its own, so its peak memory is its own: prints
 * {ms, peakMb} as JSON. Run by scripts/bench/cli.ts.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { readXlsxFile } from "../../src/adapters/xlsx-file/workbook";
import { main } from "../../src/cli/main";

const [what, file, out] = process.argv.slice(2);
const silent = { out: () => undefined, err: () => undefined, env: { LANG: "it_IT.UTF-8" } };

async function run(): Promise<void> {
  switch (what) {
    case "lettura":
      await readXlsxFile(file);
      return;
    case "exceljs":
      await new ExcelJS.Workbook().xlsx.load((await readFile(file)).buffer as ArrayBuffer);
      return;
    case "verifica":
      await main(["verifica", file, "--json"], silent);
      return;
    case "genera":
      await main(["genera", file, "-o", out], silent);
      return;
  }
  throw new Error(`caso sconosciuto: ${what}`);
}

const started = performance.now();
run().then(() => {
  const ms = Math.round(performance.now() - started);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ ms, peakMb }));
});
