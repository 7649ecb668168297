/**
 * `verifica` on files made by other producers: the same counts, problems and results as on
 * the product's own sample, each edited value read as its producer wrote it, each injected
 * fault reported at its cell, and a clear exit-2 message for files that are not workbooks.
 */
import { main } from "../../src/cli/main";
import type { VerificaReport } from "../../src/cli/report";
import { readModelFromXlsx, writeModelXlsx } from "../../src/adapters/xlsx-file/workbook";
import { normalizeHeader } from "../../src/core/parse/positions";
import { samplePeg } from "../../src/core/sample";
import { TABLES, type TableId } from "../../src/core/schema/tables";
import { tempDir } from "../adapters/xlsx-file/helpers";
import { corpus, fileOf, type CellFact, type Expect } from "./corpus";

const tmp = tempDir();
afterAll(() => tmp.remove());

async function verifica(
  file: string,
): Promise<{ code: number; report: VerificaReport | null; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["verifica", file, "--json"], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: { LANG: "it_IT.UTF-8" },
  });
  return { code, report: out ? (JSON.parse(out) as VerificaReport) : null, err };
}

let original: VerificaReport;
beforeAll(async () => {
  const sample = tmp.file("esempio.xlsx");
  await writeModelXlsx(samplePeg(), sample);
  original = (await verifica(sample)).report!;
});

const ALL = corpus();
const readable = ALL.filter((e) => e.readable);
const edited = (e: Expect) => (e.changed?.length ?? 0) + (e.faults?.length ?? 0) > 0;
const key = (i: { rule: string; cell: string | null }) => `${i.rule}@${i.cell}`;

/** The model's value at a cell, found through the table's position and the header. */
async function valueAt(file: string, fact: CellFact): Promise<unknown> {
  const parsed = await readModelFromXlsx(file);
  const id = (Object.keys(parsed.positions) as TableId[]).find(
    (t) => parsed.positions[t]?.sheet === fact.sheet,
  );
  const def = TABLES.find((t) => t.id === id)!;
  const col = def.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(fact.header))!;
  const row = Number(/\d+/.exec(fact.cell)![0]) - parsed.positions[def.id]!.headerRow - 1;
  const rows = parsed.model[def.id as Exclude<TableId, "impostazioni">] as unknown as {
    origin?: { row: number };
  }[];
  const record = rows.find((r) => r.origin?.row === row) as Record<string, unknown> | undefined;
  return record?.[col.key];
}

/** The producer's value as the model holds it (si/no flags are booleans, empty is "" or null). */
function modelForm(fact: CellFact): unknown {
  if (fact.value === "si") return true;
  if (fact.value === "no") return false;
  return fact.value;
}

describe.each(readable.map((e) => [e.file, e] as const))("%s", (_name, e) => {
  it("is read with its producer's counts", async () => {
    const { code, report, err } = await verifica(fileOf(e));
    expect(err).toBe("");
    expect(code).toBe(1);
    expect(report!.counts).toEqual({
      objectives: e.counts!.obiettivi,
      phases: e.counts!.fasi,
      indicators: e.counts!.indicatori,
    });
  });

  if (!edited(e)) {
    it("gives the sample's problems and results", async () => {
      const { report } = await verifica(fileOf(e));
      // the corpus predates the optional PIAO columns: without them, nothing is said of them
      const piao = (i: { rule: string }) => i.rule !== "qualita.colonna.vuota";
      const want = original.issues.filter(piao).map(key).sort();
      expect(want.length).toBeLessThan(original.issues.length);
      expect(report!.issues.map(key).sort()).toEqual(want);
      expect(report!.results).toEqual(original.results);
    });
  }

  // a faulty cell is read as nothing: its fault is checked below
  const faulty = (f: CellFact) =>
    (e.faults ?? []).some(
      (x) => x.kind !== "weights-sum" && x.sheet === f.sheet && x.cell === f.cell,
    );
  const facts = [...(e.changed ?? []), ...(e.checks ?? [])].filter((f) => !faulty(f));
  const calculated = facts.filter((f) => f.cached !== false);
  const uncalculated = facts.filter((f) => f.cached === false);
  if (calculated.length > 0) {
    it.each(calculated.map((f) => [`${f.sheet}!${f.cell}`, f] as const))(
      "reads %s as its producer wrote it",
      async (_cell, fact) => {
        const got = await valueAt(fileOf(e), fact);
        const want = modelForm(fact);
        if (want === null || want === "") expect([null, ""]).toContain(got);
        else expect(got).toEqual(want);
      },
    );
  }
  if (uncalculated.length > 0) {
    it("reports each formula saved without its result at its cell", async () => {
      const { report } = await verifica(fileOf(e));
      for (const f of uncalculated) {
        const at = report!.issues.filter((i) => i.cell === `${f.sheet}!${f.cell}`);
        expect(at.map((i) => i.rule)).toEqual([expect.stringMatching(/formula-non-calcolata$/)]);
      }
    });
  }
  if (e.faults?.length) {
    it.each(e.faults.map((f) => [`${f.kind} ${f.sheet}!${f.cell}`, f] as const))(
      "reports the injected fault %s",
      async (_name, fault) => {
        const { report } = await verifica(fileOf(e));
        const errors = report!.issues.filter((i) => i.severity === "error");
        const atCell = errors.filter((i) => i.cell === `${fault.sheet}!${fault.cell}`);
        const forObjective = errors.filter(
          (i) => i.objective === fault.objective && i.rule.includes("peso"),
        );
        expect(fault.kind === "weights-sum" ? [...atCell, ...forObjective] : atCell).not.toEqual(
          [],
        );
      },
    );
  }
});

describe.each(ALL.filter((e) => !e.readable).map((e) => [e.file, e] as const))("%s", (_name, e) => {
  it("exits 2 with an Italian message that says what to do", async () => {
    const { code, report, err } = await verifica(fileOf(e));
    expect(code).toBe(2);
    expect(report).toBeNull();
    expect(err).toMatch(/^Errore: Il file «.*» (è|non)/);
    expect(err).toMatch(/salvarlo|Recuperare|togliere la password/);
    expect(err).not.toMatch(/Corrupted|undefined|TypeError|at /);
  });
});
