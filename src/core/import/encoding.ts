/**
 * The encodings files from Italian offices come in: UTF-8, or Windows-1252 (Excel's «CSV»
 * on an Italian Windows). Pure: the command line decodes files with it, the pane the file
 * the user picked.
 */

export type Encoding = "UTF-8" | "Windows-1252";

/** Windows-1252 at 0x80–0x9F, where it differs from Latin-1 (undefined bytes stay as they are). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Windows-1252 bytes as text. TextDecoder gives Latin-1 for this label in builds without
 * the full ICU data, which turns € and the typographic quotes into control characters: the
 * 32 characters that differ are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** A whole text: UTF-8 when its bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "Windows-1252" };
  }
}
