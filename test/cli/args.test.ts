import { parseCommandLine, pickLang, type Parsed } from "../../src/cli/args";
import { formatPercentIt } from "../../src/cli/format";

describe("parseCommandLine", () => {
  it.each<[string, string[], Partial<Parsed>]>([
    ["no argument -> help", [], { kind: "help", lang: "it" }],
    ["esempio", ["esempio", "-o", "a.xlsx"], { kind: "esempio", output: "a.xlsx" }],
    [
      "verifica --json",
      ["verifica", "a.xlsx", "--json"],
      { kind: "verifica", file: "a.xlsx", json: true },
    ],
    ["command help", ["genera", "-h"], { kind: "help", command: "genera" }],
    ["version wins", ["verifica", "a.xlsx", "--version"], { kind: "version" }],
    [
      "importa --anteprima without -o",
      ["importa", "piano.csv", "--mappa", "m.json", "--anteprima"],
      { kind: "importa", source: "piano.csv", output: null, mapping: "m.json", preview: true },
    ],
  ])("%s", (_name, argv, expected) => {
    expect(parseCommandLine(argv)).toMatchObject(expected);
  });

  it("collects repeated and comma-separated filters", () => {
    const p = parseCommandLine([
      "genera",
      "in.xlsx",
      "-o",
      "out.xlsx",
      "--obiettivo",
      "A, B",
      "--obiettivo",
      "C",
      "--stato",
      "In Corso",
      "--pdf",
      "pdf",
    ]);
    expect(p).toMatchObject({
      kind: "genera",
      codici: ["A", "B", "C"],
      filters: { centri: [], responsabili: [], stati: ["In Corso"] },
      pdfDir: "pdf",
    });
  });

  it.each<[string, string[], RegExp]>([
    ["unknown command", ["stampa"], /Comando sconosciuto: «stampa»/],
    ["unknown option", ["verifica", "a.xlsx", "--xml"], /Opzione sconosciuta: --xml/],
    [
      "option of another command",
      ["verifica", "a.xlsx", "--pdf", "x"],
      /--pdf non vale per il comando «verifica»/,
    ],
    ["missing value", ["esempio", "-o"], /Valore mancante o non valido per -o/],
    ["extra argument", ["verifica", "a.xlsx", "b.xlsx"], /Argomento in più: «b.xlsx»/],
    ["genera without -o", ["genera", "a.xlsx"], /Manca il file da scrivere/],
    ["importa without -o", ["importa", "a.csv"], /Manca il file da scrivere/],
    [
      "option of genera for importa",
      ["importa", "a.csv", "-o", "b.xlsx", "--pdf", "x"],
      /--pdf non vale/,
    ],
  ])("refuses %s with exit code 2", (_name, argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(
      expect.objectContaining({ exitCode: 2, message: expect.stringMatching(message) }),
    );
  });
});

describe("pickLang", () => {
  it.each<[string | undefined, string | undefined, string]>([
    [undefined, undefined, "it"],
    [undefined, "it_IT.UTF-8", "it"],
    [undefined, "en_US.UTF-8", "en"],
    ["it", "en_US.UTF-8", "it"],
    ["EN", undefined, "en"],
  ])("--lang %s, LANG %s -> %s", (flag, env, lang) => {
    expect(pickLang(flag, env)).toBe(lang);
  });
});

describe("formatPercentIt", () => {
  it.each<[number | null, string]>([
    [85.5, "85,5 %"],
    [100, "100 %"],
    [33.333333, "33,3 %"],
    [0, "0 %"],
    [null, "—"],
  ])("%s -> %s", (v, text) => {
    expect(formatPercentIt(v)).toBe(text);
  });
});
