/** Naming rules Excel enforces for worksheets and tables. */
import { invalidArgument, itemAlreadyExists } from "./errors";
import type { WorkbookState } from "./state";

/**
 * Worksheet names: 1–31 characters, none of [ ] : * ? / \, not starting or ending with an
 * apostrophe, not the reserved "History", unique ignoring case
 * (Microsoft support: "Rename a worksheet").
 */
export function checkSheetName(
  wb: WorkbookState,
  name: unknown,
  selfId: string | null,
  where: string,
): string {
  if (typeof name !== "string" || name.length < 1 || name.length > 31) {
    throw invalidArgument(where, "A sheet name must be 1 to 31 characters long.");
  }
  if (/[[\]:*?/\\]/.test(name))
    throw invalidArgument(where, "A sheet name can't contain [ ] : * ? / \\.");
  if (name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(where, "A sheet name can't begin or end with an apostrophe.");
  }
  if (name.toLowerCase() === "history")
    throw invalidArgument(where, '"History" is reserved by Excel.');
  const lower = name.toLowerCase();
  if (wb.sheets.some((s) => s.id !== selfId && s.name.toLowerCase() === lower)) {
    throw itemAlreadyExists(where, `a sheet named "${name}"`);
  }
  return name;
}

const A1_REF = /^[A-Za-z]{1,3}\d+$/;
const R1C1_REF = /^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/;

/**
 * Table names: start with a letter, "_" or "\", then letters, digits, "_" or "."; no spaces;
 * at most 255 characters; not a cell reference (A1, R1C1, "R", "C"); unique in the workbook
 * ignoring case (Microsoft support: "Rename an Excel table").
 */
export function checkTableName(
  wb: WorkbookState,
  name: unknown,
  selfId: string | null,
  where: string,
): string {
  if (typeof name !== "string" || name.length < 1 || name.length > 255) {
    throw invalidArgument(where, "A table name must be 1 to 255 characters long.");
  }
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) {
    throw invalidArgument(where, `"${name}" is not a valid table name.`);
  }
  if (A1_REF.test(name) || R1C1_REF.test(name)) {
    throw invalidArgument(where, `"${name}" looks like a cell reference.`);
  }
  const lower = name.toLowerCase();
  if (wb.tables.some((t) => t.id !== selfId && t.name.toLowerCase() === lower)) {
    throw itemAlreadyExists(where, `a table named "${name}"`);
  }
  return name;
}

/** The first free "<base><n>" name, as Excel does for new sheets and tables. */
export function nextFreeName(taken: readonly string[], base: string): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const candidate = `${base}${n}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
