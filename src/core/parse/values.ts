/** Typed reads of a parsed row: each returns the column's model value or its empty value. */
import type { IsoDate, Month } from "../model/types";
import type { RowValues } from "./table";

export function str(v: RowValues, key: string): string {
  const x = v[key];
  return typeof x === "string" ? x : "";
}

export function num(v: RowValues, key: string): number | null {
  const x = v[key];
  return typeof x === "number" ? x : null;
}

export function bool(v: RowValues, key: string): boolean {
  return v[key] === true;
}

export function date(v: RowValues, key: string): IsoDate | null {
  const x = v[key];
  return typeof x === "string" ? (x as IsoDate) : null;
}

export function month(v: RowValues, key: string): Month | null {
  const x = v[key];
  return typeof x === "string" ? (x as Month) : null;
}

/** An enum value already checked against `allowed` by the cell parser. */
export function oneOf<T extends string>(
  v: RowValues,
  key: string,
  allowed: readonly T[],
): T | null {
  const x = v[key];
  return typeof x === "string" && (allowed as readonly string[]).includes(x) ? (x as T) : null;
}
