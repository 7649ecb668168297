/**
 * CSV as database exports and spreadsheets write it: any of ; , TAB | as delimiter, fields
 * in double quotes with "" for a quote and line breaks inside, CR LF, LF or CR line ends, a
 * byte order mark. The text arrives in chunks (the file is never held whole by the parser)
 * and leaves as records of strings.
 */

export const DELIMITERS = [";", ",", "\t", "|"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Records cut from text pushed in chunks of any size, a record never lost at a boundary. */
export class CsvParser {
  private field = "";
  private record: string[] = [];
  private quoted = false;
  /** a quote just closed inside a quoted field: "" is a quote, anything else ends it */
  private quoteClosed = false;
  /** the last chunk ended with CR: a LF starting the next one belongs to the same break */
  private afterCr = false;
  private started = false;

  constructor(private readonly delimiter: string) {}

  /** The records completed by `chunk`. */
  push(chunk: string): string[][] {
    const out: string[][] = [];
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (this.afterCr) {
        this.afterCr = false;
        if (c === "\n") continue;
      }
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.quoteClosed = true;
        } else this.field += c;
        continue;
      }
      if (c === '"') {
        if (this.quoteClosed) {
          // "" inside a quoted field
          this.field += '"';
          this.quoted = true;
          this.quoteClosed = false;
        } else if (this.field === "") this.quoted = true;
        // a quote inside an unquoted field is a character like any other
        else this.field += c;
        continue;
      }
      this.quoteClosed = false;
      if (c === this.delimiter) {
        this.record.push(this.field);
        this.field = "";
      } else if (c === "\n" || c === "\r") {
        this.afterCr = c === "\r";
        this.record.push(this.field);
        out.push(this.record);
        this.record = [];
        this.field = "";
      } else this.field += c;
    }
    return out;
  }

  /** The last record, when the text does not end with a line break. */
  end(): string[][] {
    if (this.field === "" && this.record.length === 0 && !this.quoteClosed) return [];
    this.record.push(this.field);
    const last = this.record;
    this.record = [];
    this.field = "";
    this.quoteClosed = false;
    return [last];
  }
}

/** All the records of a text. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.end()];
}

/** True for a record of one empty field: an empty line. */
export function isEmptyRecord(record: readonly string[]): boolean {
  return record.every((f) => f.trim() === "");
}

/**
 * The delimiter of a file from its first lines: the one that splits them into the same
 * number of fields (more than one) most consistently; between equals, the one giving more
 * fields, then the order ; , TAB |. A file of one column gives ";".
 */
export function sniffDelimiter(sample: string): Delimiter {
  // the last line of the sample may be cut in the middle
  const cut = Math.max(sample.lastIndexOf("\n"), sample.lastIndexOf("\r"));
  const text = cut > 0 ? sample.slice(0, cut) : sample;
  let best: { d: Delimiter; share: number; fields: number } | null = null;
  for (const d of DELIMITERS) {
    const records = parseCsv(text, d)
      .filter((r) => !isEmptyRecord(r))
      .slice(0, 50);
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [fields, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (fields < 2) continue;
    const share = n / records.length;
    if (!best || share > best.share || (share === best.share && fields > best.fields)) {
      best = { d, share, fields };
    }
  }
  return best?.d ?? ";";
}
