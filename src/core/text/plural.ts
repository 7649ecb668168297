/**
 * Messages that depend on a count. Italian and English need only two forms: "one" for
 * exactly 1 and "other" for everything else, 0 included ("0 errori", "0 errors").
 */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

/** the form of `forms` that agrees with `count` */
export function plural(count: number, forms: Plural): string {
  return count === 1 ? forms.one : forms.other;
}
