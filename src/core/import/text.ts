/**
 * Text as it comes out of other programs: line breaks a PDF or a cell put inside a
 * paragraph, runs of spaces, tabs, carriage returns.
 */

/** Every run of whitespace (line breaks included) becomes one space; trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Line breaks kept as "\n" (CR LF and CR included), blank lines dropped, every other run of
 * whitespace one space, each line trimmed.
 */
export function keepLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(oneLine)
    .filter((l) => l !== "")
    .join("\n");
}

/**
 * Widths of the printable ASCII characters (32–126) in Helvetica, in thousandths of the
 * font size, from the font's metrics. Reports are printed in Helvetica or Arial (same
 * widths); only the ratio between lines matters here.
 */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const OTHER: Readonly<Record<string, number>> = {
  "‘": 222,
  "’": 222,
  "“": 333,
  "”": 333,
  "–": 556,
  "—": 1000,
  "€": 556,
};

/** The printed width of a text, in thousandths of the font size (accents ignored). */
export function printedWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const base = ch.normalize("NFD")[0];
    const code = base.charCodeAt(0);
    width += code >= 32 && code <= 126 ? HELVETICA[code - 32] : (OTHER[base] ?? 556);
  }
  return width;
}

/**
 * Joins the lines of a paragraph the way they were typed. A PDF breaks a long paragraph
 * where the line is full: there the break becomes a space. A line that ends well before the
 * margin (the next word would have fitted) was ended by the author: the break stays "\n".
 * `width` is the widest line printed in that box, the best estimate of the margin.
 * Blank lines end a paragraph: they become one "\n".
 */
export function reflow(lines: readonly string[], width: number): string {
  let out = "";
  let previous: string | null = null;
  for (const raw of lines) {
    const line = oneLine(raw);
    if (line === "") {
      previous = null;
      continue;
    }
    if (out === "") out = line;
    else if (previous === null) out += `\n${line}`;
    else {
      const nextWord = line.split(" ")[0];
      const full = printedWidth(`${previous} ${nextWord}`) > width;
      out += full ? ` ${line}` : `\n${line}`;
    }
    previous = line;
  }
  return out;
}
