/**
 * The production pane, built once for the end-to-end tests into out/e2e/dist (office.js
 * from the test server), and the bundled page script with the fake Excel. A build newer than
 * every input is reused; a lock folder keeps two test files from building at the same time.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";

export const ROOT = join(__dirname, "..", "..");
export const OUT = join(ROOT, "out", "e2e");
export const DIST = join(OUT, "dist");
/** where the test server exposes node_modules/@microsoft/office-js/dist */
export const OFFICE_JS_URL = "/office-js/office.js";

const STAMP = join(DIST, ".e2e-build");
const LOCK = join(OUT, ".build-lock");
const INPUTS = [
  "src",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "package.json",
  "tsconfig.json",
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, f) => Math.max(m, newestMtime(join(path, f))), 0);
}

function isFresh(): boolean {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(ROOT, input)) < built);
}

function runWebpack(): void {
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
      {
        cwd: ROOT,
        env: { ...process.env, OFFICE_JS_URL, BUILD_OUTPUT: DIST },
        stdio: "pipe",
      },
    );
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? "");
    throw new Error(`La build del riquadro non è riuscita:\n${output.slice(-3000)}`);
  }
  writeFileSync(STAMP, new Date().toISOString());
}

/** when the lock was taken; now when it has just been released */
function lockTime(): number {
  return existsSync(LOCK) ? statSync(LOCK).mtimeMs : Date.now();
}

const waitABit = () => new Promise((resolve) => setTimeout(resolve, 500));

/** Builds the pane unless a fresh build exists; returns the dist folder. */
export async function ensureBuild(): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // another test file is building; a lock older than 10 minutes is left over from a crash
      if (Date.now() - lockTime() > 600_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > 600_000) throw new Error(`Build bloccata da ${LOCK}`);
      await waitABit();
    }
  }
  try {
    if (!isFresh()) runWebpack();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return DIST;
}

/** The fake Excel, the Office shim and the test handle, as one script for the page. */
export function pageScript(): string {
  const result = buildSync({
    entryPoints: [join(__dirname, "browser", "entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
