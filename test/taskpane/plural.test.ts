import { plural, type Language } from "../../src/taskpane/i18n";
import { messagesFor } from "./messages";
import { fmtCount } from "../../src/taskpane/components/format";

describe("plural", () => {
  test.each([
    { count: 0, expected: "0 errori" },
    { count: 1, expected: "1 errore" },
    { count: 2, expected: "2 errori" },
    { count: 31, expected: "31 errori" },
  ])("$count -> $expected", ({ count, expected }) => {
    expect(fmtCount(messagesFor("it").verifica.errors, count)).toBe(expected);
    expect(plural(count, { one: "a", other: "b" })).toBe(count === 1 ? "a" : "b");
  });
});

/** every plain string of a dictionary (not the one/other forms), by its dotted path */
function plainStrings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes("one") && keys.includes("other")) return [];
  return Object.entries(value).flatMap(([k, v]) => plainStrings(v, path ? `${path}.${k}` : k));
}

/** a count followed by a noun, as in "{count} errori": such a message needs one/other forms */
const COUNTED_NOUN = /\{(count|total|cells|rows)\} (?!di |of )\p{L}/u;

describe.each<Language>(["it", "en"])("the %s dictionary", (language) => {
  test("every count followed by a noun has a singular and a plural form", () => {
    const bare = plainStrings(messagesFor(language)).filter(([, s]) => COUNTED_NOUN.test(s));
    expect(bare.map(([k]) => k)).toEqual([]);
  });
});
