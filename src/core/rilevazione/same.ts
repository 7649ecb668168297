/**
 * When two values of a field are the same: the one comparison behind a rilevazione's no-op
 * edits (nothing written, nothing logged), the form's untouched fields and the conflict check
 * (what the form showed against what the cell holds now). "" and null are both empty, text is
 * trimmed, numbers compare as numbers (also when one side is numeric text), ISO dates as text.
 */
export type Plain = string | number | null;

export function normalized(v: unknown): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const text = String(v).trim();
  return text === "" ? null : text;
}

export function sameValue(a: unknown, b: unknown): boolean {
  const x = normalized(a);
  const y = normalized(b);
  if (x === null || y === null) return x === y;
  if (typeof x === "number" || typeof y === "number") {
    const nx = Number(x);
    const ny = Number(y);
    return Number.isFinite(nx) && Number.isFinite(ny) && Math.abs(nx - ny) < 1e-9;
  }
  return x === y;
}
