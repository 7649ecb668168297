import { languageOf } from "../../src/taskpane/i18n";
import { messagesFor } from "./messages";
import { modeOfBackground } from "../../src/taskpane/theme";

describe("languageOf", () => {
  test.each([
    { input: "it-IT", expected: "it" },
    { input: "en-US", expected: "en" },
    { input: "EN-GB", expected: "en" },
    { input: "de-DE", expected: "it" },
    { input: "", expected: "it" },
    { input: undefined, expected: "it" },
    { input: null, expected: "it" },
  ])("$input -> $expected", ({ input, expected }) => {
    expect(languageOf(input)).toBe(expected);
  });
});

/** every leaf string of a dictionary, by its dotted path */
function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      leaves(child, prefix ? `${prefix}.${key}` : key).forEach((v, k) => out.set(k, v));
    }
  }
  return out;
}

describe("dictionaries", () => {
  test("Italian and English have the same keys and no empty string", () => {
    const it = leaves(messagesFor("it"));
    const en = leaves(messagesFor("en"));
    expect([...en.keys()]).toEqual([...it.keys()]);
    const empty = [...it, ...en].filter(([, v]) => v.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });
});

describe("modeOfBackground", () => {
  test.each([
    { input: "#FFFFFF", expected: "light" },
    { input: "#ffffff", expected: "light" },
    { input: "#E6E6E6", expected: "light" },
    { input: "#262626", expected: "dark" },
    { input: "#000", expected: "dark" },
    { input: "#fff", expected: "light" },
    { input: "  #1f1f1f ", expected: "dark" },
    { input: "rosso", expected: "light" },
    { input: "", expected: "light" },
    { input: undefined, expected: "light" },
  ])("$input -> $expected", ({ input, expected }) => {
    expect(modeOfBackground(input)).toBe(expected);
  });
});
