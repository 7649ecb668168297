import fc from "fast-check";
import {
  compareAfterCarry,
  comparePlans,
  yearPairing,
  type Change,
  type Plan,
} from "../../../src/core/cycle/compare";
import { pairingText } from "../../../src/core/cycle/compare-text";
import { nextYear } from "../../../src/core/cycle/next-year";
import type { PegModel } from "../../../src/core/model/types";
import { samplePeg } from "../../../src/core/sample";
import { FASI, INDICATORI, OBIETTIVI, SOGGETTI } from "../../../src/core/schema/tables";
import type { TableDef } from "../../../src/core/schema/types";
import { validValue } from "../parse/arbitraries";

function plan(m: PegModel): Plan {
  const { obiettivi, fasi, indicatori, soggetti } = m;
  return { obiettivi, fasi, indicatori, soggetti };
}

describe("comparePlans on the sample with known changes", () => {
  it("finds nothing between a plan and itself", () => {
    expect(comparePlans(plan(samplePeg()), plan(samplePeg()))).toEqual([]);
  });

  it("finds each injected change, and nothing else", () => {
    const a = samplePeg();
    const b = samplePeg();
    b.obiettivi[0].descrizione = "Nuova descrizione";
    b.fasi[0].finePrevista = "2021-10-31" as never;
    b.indicatori[0].valoreAtteso = 2;
    b.indicatori[0].cumulativo = true;
    const removed = b.fasi.splice(2, 1)[0];
    b.indicatori.push({ ...b.indicatori[0], numero: 9, descrizione: "Nuovo indicatore" });
    b.soggetti[0].impegno = 50;
    const changes = comparePlans(plan(a), plan(b));
    const strip = (c: Change) => ({ ...c, before: c.kind === "rimosso" ? "…" : c.before });
    expect(changes.map(strip)).toEqual([
      {
        kind: "modificato",
        objective: "2021_S08_20",
        element: "obiettivo",
        number: null,
        name: null,
        field: "Descrizione",
        before: a.obiettivi[0].descrizione,
        after: "Nuova descrizione",
      },
      {
        kind: "modificato",
        objective: "2021_S08_20",
        element: "fase",
        number: 1,
        name: null,
        field: "Fine prevista",
        before: "2021-12-31",
        after: "2021-10-31",
      },
      {
        kind: "modificato",
        objective: "2021_S08_20",
        element: "indicatore",
        number: 1,
        name: null,
        field: "Valore atteso",
        before: 1,
        after: 2,
      },
      {
        kind: "modificato",
        objective: "2021_S08_20",
        element: "indicatore",
        number: 1,
        name: null,
        field: "Cumulativo",
        before: false,
        after: true,
      },
      expect.objectContaining({
        kind: "aggiunto",
        objective: "2021_S08_20",
        element: "indicatore",
        number: 9,
        field: null,
        before: null,
      }),
      expect.objectContaining({
        kind: "rimosso",
        objective: removed.obiettivo,
        element: "fase",
        number: removed.numero,
        field: null,
        after: null,
      }),
      {
        kind: "modificato",
        objective: "2021_S08_21",
        element: "soggetto",
        number: 1,
        name: "DAL PIAZ BARBARA",
        field: "Impegno %",
        before: 0,
        after: 50,
      },
    ]);
    const added = changes.find((c) => c.kind === "aggiunto");
    expect(added?.after).toMatchObject({ descrizione: "Nuovo indicatore", numero: 9 });
    expect(Object.keys(added?.after as object)).not.toContain("raggiungimento");
    const gone = changes.find((c) => c.kind === "rimosso");
    expect(gone?.before).toMatchObject({ descrizione: removed.descrizione });
  });

  it("matches rows by key, not by place", () => {
    const a = samplePeg();
    const b = samplePeg();
    b.fasi.reverse();
    b.obiettivi.reverse();
    expect(comparePlans(plan(a), plan(b))).toEqual([]);
  });

  it("people are compared only when both plans have them", () => {
    const a = samplePeg();
    const b = samplePeg();
    b.soggetti = [];
    const { obiettivi, fasi, indicatori } = b;
    expect(comparePlans(plan(a), { obiettivi, fasi, indicatori })).toEqual([]);
    expect(comparePlans(plan(a), plan(b))).toHaveLength(21);
  });

  it("repeated keys are matched in order instead of hiding each other", () => {
    const a = samplePeg();
    a.fasi.push({ ...a.fasi[0], descrizione: "doppia" });
    const b = samplePeg();
    b.fasi.push({ ...b.fasi[0], descrizione: "doppia, cambiata" });
    const changes = comparePlans(plan(a), plan(b));
    expect(changes).toEqual([
      expect.objectContaining({
        kind: "modificato",
        element: "fase",
        number: 1,
        before: "doppia",
        after: "doppia, cambiata",
      }),
    ]);
  });
});

/* ---------- property: random edits are found exactly ---------- */

type Element = "obiettivo" | "fase" | "indicatore" | "soggetto";
const PARTS: Record<
  Element,
  { def: TableDef; part: "obiettivi" | "fasi" | "indicatori" | "soggetti" }
> = {
  obiettivo: { def: OBIETTIVI, part: "obiettivi" },
  fase: { def: FASI, part: "fasi" },
  indicatore: { def: INDICATORI, part: "indicatori" },
  soggetto: { def: SOGGETTI, part: "soggetti" },
};
const ELEMENTS = Object.keys(PARTS) as Element[];
const SAMPLE = samplePeg();

/** Columns a person edits: neither computed nor part of the row's key. */
function editable(def: TableDef) {
  return def.columns.filter((c) => !c.computed && !def.key.includes(c.key));
}

const rowRef = fc
  .constantFrom(...ELEMENTS)
  .chain((element) =>
    fc.nat({ max: SAMPLE[PARTS[element].part].length - 1 }).map((index) => ({ element, index })),
  );

const fieldEdit = (element: Element) =>
  fc
    .constantFrom(...editable(PARTS[element].def))
    .chain((col) => validValue(col).map((value) => ({ key: col.key, value })));

const rowEdit = rowRef.chain((ref) =>
  fc.oneof(
    fc.constant({ ...ref, op: "remove" as const, fields: [] as { key: string; value: unknown }[] }),
    fc
      .uniqueArray(fieldEdit(ref.element), { minLength: 1, maxLength: 3, selector: (f) => f.key })
      .map((fields) => ({ ...ref, op: "modify" as const, fields })),
  ),
);

const addition = fc.constantFrom(...ELEMENTS).chain((element) =>
  fc.record({
    element: fc.constant(element),
    objective: fc.nat({ max: SAMPLE.obiettivi.length - 1 }),
    values: fc.tuple(
      ...PARTS[element].def.columns.filter((c) => !c.computed).map((c) => validValue(c, false)),
    ),
  }),
);

const edits = fc.record({
  rows: fc.uniqueArray(rowEdit, {
    maxLength: 12,
    selector: (e) => `${e.element}:${e.index}`,
  }),
  added: fc.array(addition, { maxLength: 5 }),
});

type Row = Record<string, unknown>;

function objectiveOf(element: Element, r: Row): string {
  return String(element === "obiettivo" ? r.codice : r.obiettivo);
}

function recordOf(def: TableDef, r: Row): Row {
  return Object.fromEntries(
    def.columns.filter((c) => !c.computed).map((c) => [c.key, r[c.key] ?? null]),
  );
}

/** A person's place among the people of their objective, in `rows`. */
function place(rows: readonly Row[], r: Row): number {
  return rows.filter((x) => x.obiettivo === r.obiettivo).indexOf(r) + 1;
}

function numberOf(element: Element, rows: readonly Row[], r: Row): number | null {
  if (element === "obiettivo") return null;
  return element === "soggetto" ? place(rows, r) : (r.numero as number);
}

function sortKey(c: Change): string {
  return JSON.stringify([c.kind, c.objective, c.element, c.number, c.name, c.field]);
}

describe("comparePlans finds exactly the random edits made to the sample", () => {
  it("nothing missed, nothing invented", () => {
    fc.assert(
      fc.property(edits, ({ rows, added }) => {
        const before = samplePeg();
        const after = samplePeg();
        const removed = new Set<Row>();
        const expected: Change[] = [];
        const modified: { element: Element; row: Row; key: string; was: unknown }[] = [];
        for (const e of rows) {
          const { def, part } = PARTS[e.element];
          const row = after[part][e.index] as unknown as Row;
          if (e.op === "remove") {
            removed.add(row);
            const all = before[part] as unknown as Row[];
            const original = all[e.index];
            expected.push({
              kind: "rimosso",
              objective: objectiveOf(e.element, original),
              element: e.element,
              number: numberOf(e.element, all, original),
              name: e.element === "soggetto" ? String(original.nominativo) : null,
              field: null,
              before: recordOf(def, original) as never,
              after: null,
            });
            continue;
          }
          for (const f of e.fields) {
            modified.push({ element: e.element, row, key: f.key, was: row[f.key] });
            row[f.key] = f.value;
          }
        }
        for (const { part } of Object.values(PARTS)) {
          (after[part] as unknown as Row[]) = (after[part] as unknown as Row[]).filter(
            (r) => !removed.has(r),
          );
        }
        added.forEach((a, i) => {
          const { def, part } = PARTS[a.element];
          const cols = def.columns.filter((c) => !c.computed);
          const row: Row = Object.fromEntries(cols.map((c, k) => [c.key, a.values[k]]));
          const code = SAMPLE.obiettivi[a.objective].codice;
          if (a.element === "obiettivo") row.codice = `NUOVO_${i}`;
          else row.obiettivo = code;
          if (a.element === "fase" || a.element === "indicatore") row.numero = 100 + i;
          if (a.element === "soggetto") row.nominativo = `NUOVO SOGGETTO ${i}`;
          (after[part] as unknown as Row[]).push(row);
        });
        // expectations that need the final plan: people's places, added records
        for (const m of modified) {
          const now = m.row[m.key] ?? null;
          const was = m.was ?? null;
          if (now === was || (Number.isNaN(now) && Number.isNaN(was))) continue;
          const all = after[PARTS[m.element].part] as unknown as Row[];
          const col = PARTS[m.element].def.columns.find((c) => c.key === m.key);
          expected.push({
            kind: "modificato",
            objective: objectiveOf(m.element, m.row),
            element: m.element,
            number: numberOf(m.element, all, m.row),
            name: m.element === "soggetto" ? String(m.row.nominativo) : null,
            field: col?.header ?? "",
            before: was as never,
            after: now as never,
          });
        }
        added.forEach((a, i) => {
          const { def, part } = PARTS[a.element];
          const all = after[part] as unknown as Row[];
          const row = all.find((r) =>
            a.element === "obiettivo"
              ? r.codice === `NUOVO_${i}`
              : a.element === "soggetto"
                ? r.nominativo === `NUOVO SOGGETTO ${i}`
                : r.numero === 100 + i,
          ) as Row;
          expected.push({
            kind: "aggiunto",
            objective: objectiveOf(a.element, row),
            element: a.element,
            number: numberOf(a.element, all, row),
            name: a.element === "soggetto" ? String(row.nominativo) : null,
            field: null,
            before: null,
            after: recordOf(def, row) as never,
          });
        });
        const found = comparePlans(plan(before), plan(after));
        const sorted = (list: Change[]) =>
          [...list].sort((x, y) => sortKey(x).localeCompare(sortKey(y)));
        expect(sorted(found)).toEqual(sorted(expected));
      }),
      { numRuns: 200 },
    );
  });
});

describe("comparePlans between two years", () => {
  /** the plan of the next year, its codes renamed as nuovo-anno renames them */
  function nextYearPlan(): PegModel {
    const m = samplePeg();
    const rename = (c: string) => c.replace(/^2021/, "2022");
    m.obiettivi.forEach((o) => (o.codice = rename(o.codice)));
    for (const rows of [m.fasi, m.indicatori, m.soggetti])
      rows.forEach((r) => (r.obiettivo = rename(r.obiettivo)));
    return m;
  }
  const pairing = yearPairing(2021, 2022);

  it("pairs 2021_X with 2022_X: the same plan has no difference", () => {
    expect(pairing).toEqual({ fromYear: 2021, toYear: 2022 });
    expect(comparePlans(plan(samplePeg()), plan(nextYearPlan()), pairing)).toEqual([]);
    // without the pairing every objective is removed and added
    const unpaired = comparePlans(plan(samplePeg()), plan(nextYearPlan()));
    expect(unpaired.filter((c) => c.element === "obiettivo").length).toBe(62);
  });

  it("reports the new code, and the old one for an objective the new year lacks", () => {
    const a = samplePeg();
    const b = nextYearPlan();
    b.fasi[0].peso = 7;
    const gone = b.obiettivi.pop()!;
    b.fasi = b.fasi.filter((f) => f.obiettivo !== gone.codice);
    b.indicatori = b.indicatori.filter((i) => i.obiettivo !== gone.codice);
    b.soggetti = b.soggetti.filter((s) => s.obiettivo !== gone.codice);
    const changes = comparePlans(plan(a), plan(b), pairing);
    expect(changes[0]).toMatchObject({
      kind: "modificato",
      objective: b.fasi[0].obiettivo,
      field: "Peso",
      after: 7,
    });
    const removed = changes.filter((c) => c.kind === "rimosso");
    expect(new Set(removed.map((c) => c.objective))).toEqual(
      new Set([gone.codice.replace(/^2022/, "2021")]),
    );
    expect(changes.some((c) => c.kind === "aggiunto")).toBe(false);
  });

  it("no pairing for the same year or an unknown one", () => {
    expect(yearPairing(2021, 2021)).toBeNull();
    expect(yearPairing(null, 2022)).toBeNull();
  });

  it("says which pairing it applied, with an example or the lack of one", () => {
    const p = { fromYear: 2021, toYear: 2022 };
    expect(pairingText(p, ["S08", "2021_S08_20"])).toMatch(/2021_S08_20 → 2022_S08_20/);
    expect(pairingText(p, ["S08"])).toMatch(/nessun codice inizia con 2021/);
  });
});

describe("compareAfterCarry: only the changes made after nuovo-anno", () => {
  const pairing = { fromYear: 2021, toYear: 2022 };
  const carry = (m: PegModel, toYear = 2022) =>
    nextYear(m, { fromYear: 2021, toYear, withoutConcluded: false }).model;

  it("finds nothing in the plan nuovo-anno wrote, where the full comparison finds 273", () => {
    expect(compareAfterCarry(plan(samplePeg()), plan(carry(samplePeg())), pairing)).toEqual([]);
    expect(comparePlans(plan(samplePeg()), plan(carry(samplePeg())), pairing)).toHaveLength(273);
  });

  it("finds each change made after the carry-over, and nothing else", () => {
    const a = samplePeg();
    const b = carry(a);
    b.obiettivi[1].stato = "Sospeso";
    b.fasi[0].finePrevista = "2022-10-31" as never;
    b.indicatori[0].valoreAtteso = 5;
    b.indicatori[0].valoreRaggiunto = 3;
    b.soggetti[0].impegno = 50;
    const removed = b.fasi.splice(2, 1)[0];
    b.indicatori.push({ ...b.indicatori[0], numero: 9, descrizione: "Nuovo indicatore" });
    const gone = b.obiettivi.pop()!;
    for (const part of ["fasi", "indicatori", "soggetti"] as const)
      (b[part] as { obiettivo: string }[]) = b[part].filter((r) => r.obiettivo !== gone.codice);
    const changes = compareAfterCarry(plan(a), plan(b), pairing);
    const brief = changes.map((c) => [c.kind, c.objective, c.element, c.number, c.field]);
    const [first, second] = [b.obiettivi[0].codice, b.obiettivi[1].codice];
    expect([removed.obiettivo, b.soggetti[0].obiettivo]).toEqual([second, second]);
    const old = a.obiettivi[a.obiettivi.length - 1];
    const goneRows = (rows: readonly { obiettivo: string }[]) =>
      rows.filter((r) => r.obiettivo === old.codice).length;
    expect(brief).toEqual(
      [
        ["modificato", first, "fase", 1, "Fine prevista"],
        ["modificato", first, "indicatore", 1, "Valore atteso"],
        ["modificato", first, "indicatore", 1, "Valore raggiunto"],
        ["aggiunto", first, "indicatore", 9, null],
        ["modificato", second, "obiettivo", null, "Stato"],
        ["rimosso", second, "fase", removed.numero, null],
        ["modificato", second, "soggetto", 1, "Impegno %"],
        // the objective the new year lacks keeps its own code, with its phases and indicators
        ["rimosso", old.codice, "obiettivo", null, null],
        ...Array.from({ length: goneRows(a.fasi) }, () => ["rimosso", old.codice, "fase"]),
        ...Array.from({ length: goneRows(a.indicatori) }, () => [
          "rimosso",
          old.codice,
          "indicatore",
        ]),
        ...Array.from({ length: goneRows(a.soggetti) }, () => ["rimosso", old.codice, "soggetto"]),
      ].map((row) => expect.arrayContaining(row)),
    );
    // before: the value nuovo-anno gave, not the old year's
    expect(changes[0]).toMatchObject({ before: "2022-12-31", after: "2022-10-31" });
    expect(changes[2]).toMatchObject({ before: null, after: 3 });
    // a removed element is reported with its own record, as the older plan has it
    const gonePlan = changes.find((c) => c.kind === "rimosso" && c.element === "obiettivo");
    expect(gonePlan?.before).toMatchObject({ codice: old.codice, anno: 2021 });
    const goneFase = changes.find((c) => c.kind === "rimosso" && c.element === "fase");
    expect(goneFase?.before).toMatchObject({
      finePrevista: removed.finePrevista?.replace("2022", "2021"),
    });
  });

  it("reads the targets of the PIAO as nuovo-anno moves them", () => {
    const a = samplePeg();
    a.indicatori[0].valoreAttesoAnnoDopo = 4;
    const b = carry(a);
    expect(b.indicatori[0].valoreAtteso).toBe(4);
    expect(compareAfterCarry(plan(a), plan(b), pairing)).toEqual([]);
    b.indicatori[0].valoreAtteso = 6;
    expect(compareAfterCarry(plan(a), plan(b), pairing)).toEqual([
      expect.objectContaining({ field: "Valore atteso", before: 4, after: 6 }),
    ]);
  });

  it("carries across as many years as the plans are apart, people left out as asked", () => {
    const a = samplePeg();
    const b = carry(a, 2023);
    b.fasi[0].peso = 7;
    const { obiettivi, fasi, indicatori } = b;
    const changes = compareAfterCarry(
      { obiettivi: a.obiettivi, fasi: a.fasi, indicatori: a.indicatori },
      { obiettivi, fasi, indicatori },
      { fromYear: 2021, toYear: 2023 },
    );
    expect(changes).toEqual([expect.objectContaining({ field: "Peso", after: 7 })]);
  });

  it("says that only the changes after nuovo-anno are listed", () => {
    expect(pairingText(pairing, ["2021_S08_20"], "it", true)).toMatch(/tutto con --tutto/);
    expect(pairingText(pairing, ["2021_S08_20"], "en", true)).toMatch(/all with --tutto/);
    expect(pairingText(pairing, ["2021_S08_20"])).not.toMatch(/--tutto/);
  });
});
