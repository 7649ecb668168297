import { plural } from "../../../src/core/text/plural";

test.each([
  [0, "errori"],
  [1, "errore"],
  [2, "errori"],
  [1.5, "errori"],
])("%d takes the «%s» form", (count, expected) =>
  expect(plural(count, { one: "errore", other: "errori" })).toBe(expected),
);
