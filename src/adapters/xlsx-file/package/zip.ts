/**
 * An .xlsx file as what it is: a zip of parts. Parts are kept as the bytes found, so what a
 * command does not change is written back byte for byte; only the zip container is new.
 */
import { unzipSync, zipSync, strFromU8, strToU8, type Zippable } from "fflate";

/** Part names are case-insensitive in a package (ECMA-376 part 2, §9.1.1.1). */
const key = (name: string): string => name.replace(/^\/+/, "").toLowerCase();

export class PackageParts {
  private readonly parts = new Map<string, { name: string; bytes: Uint8Array }>();

  /** The parts of a zip; throws what fflate throws on a zip it cannot read. */
  static fromZip(bytes: Uint8Array): PackageParts {
    const pkg = new PackageParts();
    for (const [name, data] of Object.entries(unzipSync(bytes))) {
      // folders have entries of their own in some zips; a part is a file
      if (!name.endsWith("/")) pkg.set(name, data);
    }
    return pkg;
  }

  /** Canonical names (no leading slash), in the order they were found or added. */
  names(): string[] {
    return [...this.parts.values()].map((p) => p.name);
  }

  has(name: string): boolean {
    return this.parts.has(key(name));
  }

  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(key(name))?.bytes;
  }

  /** The part as text (UTF-8), or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const bytes = this.bytes(name);
    return bytes === undefined ? undefined : strFromU8(bytes);
  }

  set(name: string, content: Uint8Array | string): void {
    const old = this.parts.get(key(name));
    this.parts.set(key(name), {
      name: old?.name ?? name.replace(/^\/+/, ""),
      bytes: typeof content === "string" ? strToU8(content) : content,
    });
  }

  delete(name: string): void {
    this.parts.delete(key(name));
  }

  /** The package as a zip, the content types first as producers conventionally write them. */
  toZip(): Uint8Array {
    const files: Zippable = {};
    const names = this.names().sort((a, b) => rank(a) - rank(b));
    for (const name of names) {
      const bytes = this.bytes(name) as Uint8Array;
      files[name] = [bytes, { level: bytes.length > FAST_ABOVE_BYTES ? 1 : 6 }];
    }
    return zipSync(files);
  }
}

/**
 * Sheets of many rows deflate at the fastest level: rows repeat so much that it still
 * shrinks them about 20 times, in a fraction of the time of level 6.
 */
const FAST_ABOVE_BYTES = 4_000_000;

function rank(name: string): number {
  return name === "[Content_Types].xml" ? 0 : 1;
}
