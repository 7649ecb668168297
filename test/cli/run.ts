/** Runs the real launcher, bin/schede-peg.cjs, as a child process. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const BIN = join(__dirname, "..", "..", "bin", "schede-peg.cjs");

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function cli(args: readonly string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, LANG: "it_IT.UTF-8", ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
