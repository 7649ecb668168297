/** The import fixtures (test/fixtures/import/), read once. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function fixturePath(name: string): string {
  return join(__dirname, "../../fixtures/import", name);
}

/** The report of another ente and year, written for the tests in the layout of the sample's. */
export const REPORT_2024 = readFileSync(fixturePath("report-2024.txt"), "utf8");
