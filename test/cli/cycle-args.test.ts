import { parseCommandLine, type Parsed } from "../../src/cli/args";
import { helpText } from "../../src/cli/help";

describe("command line of the year's cycle", () => {
  it.each<[string, string[], Partial<Parsed>]>([
    [
      "nuovo-anno",
      ["nuovo-anno", "a.xlsx", "-o", "b.xlsx"],
      {
        kind: "nuovo-anno",
        file: "a.xlsx",
        output: "b.xlsx",
        anno: null,
        withoutConcluded: false,
        json: false,
      },
    ],
    [
      "nuovo-anno with every option",
      ["nuovo-anno", "a.xlsx", "-o", "b.xlsx", "--anno", "2023", "--senza-conclusi", "--json"],
      { kind: "nuovo-anno", anno: 2023, withoutConcluded: true, json: true },
    ],
    [
      "confronta two files",
      ["confronta", "a.xlsx", "b.xlsx", "--json"],
      { kind: "confronta", files: ["a.xlsx", "b.xlsx"], versions: [], json: true },
    ],
    [
      "confronta a version with the current tables",
      ["confronta", "a.xlsx", "--versione", "2"],
      { kind: "confronta", files: ["a.xlsx"], versions: [2], json: false },
    ],
    [
      "confronta two versions",
      ["confronta", "a.xlsx", "--versione", "1", "--versione", "3"],
      { kind: "confronta", files: ["a.xlsx"], versions: [1, 3] },
    ],
    [
      "versione",
      [
        "versione",
        "a.xlsx",
        "-o",
        "b.xlsx",
        "--nome",
        "Piano approvato",
        "--atto",
        "delibera n. 12",
        "--data",
        "2021-02-10",
        "--utente",
        "anna",
      ],
      {
        kind: "versione",
        nome: "Piano approvato",
        atto: "delibera n. 12",
        data: "2021-02-10" as never,
        utente: "anna",
      },
    ],
    [
      "versione with an Italian date and no user",
      ["versione", "a.xlsx", "-o", "b.xlsx", "--nome", "P", "--data", "10/02/2021"],
      { kind: "versione", atto: "", data: "2021-02-10" as never, utente: null },
    ],
    ["command help", ["confronta", "--help"], { kind: "help", command: "confronta" }],
  ])("%s", (_name, argv, expected) => {
    expect(parseCommandLine(argv)).toMatchObject(expected);
  });

  it.each<[string, string[], RegExp]>([
    ["nuovo-anno without -o", ["nuovo-anno", "a.xlsx"], /Manca il file da scrivere/],
    ["a bad year", ["nuovo-anno", "a.xlsx", "-o", "b.xlsx", "--anno", "22"], /Anno non valido/],
    [
      "an option of another command",
      ["nuovo-anno", "a.xlsx", "-o", "b.xlsx", "--nome", "x"],
      /non vale per il comando «nuovo-anno»/,
    ],
    ["confronta with one file only", ["confronta", "a.xlsx"], /Manca il secondo file/],
    ["confronta with no file", ["confronta"], /Manca il file da confrontare/],
    [
      "confronta with three files",
      ["confronta", "a.xlsx", "b.xlsx", "c.xlsx"],
      /Argomento in più: «c.xlsx»/,
    ],
    [
      "versions with two files",
      ["confronta", "a.xlsx", "b.xlsx", "--versione", "1"],
      /Con due file non si usa --versione/,
    ],
    [
      "three versions",
      ["confronta", "a.xlsx", "--versione", "1", "--versione", "2", "--versione", "3"],
      /al massimo due versioni/,
    ],
    [
      "a bad version number",
      ["confronta", "a.xlsx", "--versione", "0"],
      /Numero di versione non valido/,
    ],
    [
      "versione without a name",
      ["versione", "a.xlsx", "-o", "b.xlsx"],
      /Manca il nome della versione/,
    ],
    [
      "a bad date",
      ["versione", "a.xlsx", "-o", "b.xlsx", "--nome", "P", "--data", "31/02/2021"],
      /Data non valida/,
    ],
  ])("%s is refused", (_name, argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(message);
  });

  it.each(["nuovo-anno", "confronta", "versione"] as const)(
    "%s has its help in both languages",
    (command) => {
      expect(helpText("it", command)).toContain(`schede-peg ${command}`);
      expect(helpText("en", command)).toContain(`schede-peg ${command}`);
      expect(helpText("it")).toContain(`schede-peg ${command}`);
      expect(helpText("en")).toContain(`schede-peg ${command}`);
    },
  );
});
