// Compiles the command line (src/cli, and the core and file adapter it uses) into one
// CommonJS file, lib/schede-peg.cjs, which bin/schede-peg.cjs runs. The packages in
// node_modules stay outside the bundle and are required at run time. Run by `npm ci`
// (prepare), by the tests before they start, and by `npm run build:cli`.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function buildCli() {
  await build({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    outfile: join(root, "lib", "schede-peg.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
