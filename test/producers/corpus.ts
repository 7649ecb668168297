/** The producer corpus (test/fixtures/producers): its files and their ground truth. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { PackageParts } from "../../src/adapters/xlsx-file/package/zip";
import { main } from "../../src/cli/main";

export const CORPUS = join(__dirname, "..", "fixtures", "producers");

export interface CellFact {
  readonly sheet: string;
  readonly cell: string;
  readonly header: string;
  readonly type: string;
  readonly value: unknown;
  readonly formula?: string;
  readonly cached?: boolean;
}

export interface Fault {
  readonly sheet: string;
  readonly cell: string;
  readonly kind: string;
  readonly objective: string;
  readonly range?: string;
}

export interface Expect {
  readonly file: string;
  readonly readable: boolean;
  readonly kind: string;
  readonly counts: { obiettivi: number; fasi: number; indicatori: number } | null;
  readonly changed: readonly CellFact[] | null;
  readonly checks: readonly CellFact[] | null;
  readonly faults: readonly Fault[] | null;
  readonly merged?: readonly unknown[];
  readonly keeps: {
    readonly charts: number;
    readonly chartsheets: number;
    readonly images: number;
    readonly pivotTables: number;
    readonly comments: readonly unknown[];
  } | null;
}

export function corpus(): Expect[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(".expect.json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as Expect);
}

export const fileOf = (e: Expect): string => join(CORPUS, e.file);

/** The four parts a command rewrites to add sheets. */
export const REWRITTEN = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
];

/** The parts of `before`, but the four rewritten, that `after` lacks or holds changed. */
export function otherPartsChanged(before: PackageParts, after: PackageParts): string[] {
  return before.names().filter((p) => {
    if (REWRITTEN.includes(p)) return false;
    const a = after.bytes(p);
    return a === undefined || !Buffer.from(a).equals(Buffer.from(before.bytes(p)!));
  });
}

/** Runs the command line in this process; everything it says, in one text. */
export async function run(args: readonly string[]): Promise<{ code: number; text: string }> {
  let text = "";
  const code = await main(args, {
    out: (t) => (text += t),
    err: (t) => (text += t),
    env: { LANG: "it_IT.UTF-8", USER: "anna" },
  });
  return { code, text };
}
