/**
 * CSV dialects: the same table written with each delimiter, line end, quoting and encoding
 * reads the same; and, for any records, writing then reading in chunks of any size gives
 * them back.
 */
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import {
  CsvParser,
  DELIMITERS,
  isEmptyRecord,
  parseCsv,
  sniffDelimiter,
} from "../../../src/core/import/csv";
import { decodeWindows1252 } from "../../../src/core/import/encoding";
import { fixturePath } from "./fixtures";

const TABLE = [
  ["Codice", "Descrizione", "Target", "Note"],
  ["OB1", "Obiettivo con ; punto e virgola, e virgola", "1.234,5", 'detto "urgente"'],
  ["OB2", "Descrizione su\ndue righe", "12,5", ""],
  ["OB3", "Città di Sant’Angelo | € 3.500", "0,85", "\tcon tabulazione"],
];

const DIALECTS: Record<string, string> = {
  "punto-e-virgola-crlf-bom.csv": ";",
  "virgola-lf.csv": ",",
  "tabulazione.csv": "\t",
  "barra-verticale-cr.csv": "|",
  "virgolette-ovunque-cp1252.csv": ";",
};

describe("dialetti (test/fixtures/import/dialetti)", () => {
  test("ogni file della cartella è nell'elenco", () => {
    expect(readdirSync(fixturePath("dialetti")).sort()).toEqual(Object.keys(DIALECTS).sort());
  });

  test.each(Object.entries(DIALECTS))("%s", (name, delimiter) => {
    const bytes = readFileSync(fixturePath(`dialetti/${name}`));
    const text = name.includes("cp1252")
      ? decodeWindows1252(bytes)
      : new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    expect(sniffDelimiter(text)).toBe(delimiter);
    expect(parseCsv(text, delimiter).filter((r) => !isEmptyRecord(r))).toEqual(TABLE);
  });
});

describe("CsvParser", () => {
  test("BOM tolto, CR LF a cavallo di due pezzi, ultima riga senza a capo", () => {
    const p = new CsvParser(";");
    expect(p.push("\ufeffa;b\r")).toEqual([["a", "b"]]);
    expect(p.push("\nc;d")).toEqual([]);
    expect(p.end()).toEqual([["c", "d"]]);
  });

  test("virgolette: raddoppiate dentro un campo, qualunque dentro un campo non tra virgolette", () => {
    expect(parseCsv('"a ""b"" c";x"y;""\n', ";")).toEqual([['a "b" c', 'x"y', ""]]);
  });

  test("una riga vuota è un record vuoto (la numerazione delle righe resta quella del file)", () => {
    const records = parseCsv("a;b\n\nc;d\n", ";");
    expect(records).toEqual([["a", "b"], [""], ["c", "d"]]);
    expect(records.map(isEmptyRecord)).toEqual([false, true, false]);
  });
});

function serialise(records: readonly string[][], delimiter: string, eol: string): string {
  const field = (f: string): string =>
    f.includes(delimiter) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f;
  return records.map((r) => r.map(field).join(delimiter)).join(eol) + eol;
}

/** `text` cut at the given positions, pushed piece by piece. */
function parseInPieces(text: string, delimiter: string, cuts: readonly number[]): string[][] {
  const p = new CsvParser(delimiter);
  const out: string[][] = [];
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    out.push(...p.push(text.slice(from, at)));
    from = at;
  }
  out.push(...p.push(text.slice(from)), ...p.end());
  return out;
}

const anyField = fc.string({
  unit: fc.constantFrom("a", "è", " ", ";", ",", "\t", "|", '"', "\r", "\n", "1"),
});

describe("proprietà", () => {
  test("scrivere e rileggere a pezzi di qualunque misura restituisce i record", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyField, { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.array(fc.nat(), { maxLength: 6 }),
        (records, delimiter, eol, cuts) => {
          const text = serialise(records, delimiter, eol);
          const pieces = cuts.map((c) => c % (text.length + 1));
          expect(parseInPieces(text, delimiter, pieces)).toEqual(records);
        },
      ),
    );
  });

  test("il separatore trovato è quello con cui il file è scritto", () => {
    const plain = fc.string({
      unit: fc.constantFrom("a", "B", "è", " ", "1", ".", "-"),
      minLength: 1,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((width) =>
          fc.array(fc.array(plain, { minLength: width, maxLength: width }), {
            minLength: 2,
            maxLength: 10,
          }),
        ),
        fc.constantFrom(...DELIMITERS),
        (records, delimiter) => {
          expect(sniffDelimiter(serialise(records, delimiter, "\n"))).toBe(delimiter);
        },
      ),
    );
  });
});
