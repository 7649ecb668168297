/**
 * The languages of what a user reads: Italian, the default everywhere, and English. A message
 * is written once per language, side by side where it is used, with its values already in
 * (each language writes numbers its own way); whoever shows it picks one with its `lang`.
 * The compiler asks for both texts, so a new message cannot forget the English one.
 */
export type Lang = "it" | "en";

export const DEFAULT_LANG: Lang = "it";

/** One message in every language. */
export type Texts = Readonly<Record<Lang, string>>;

/** The same words in every language: names, codes, cell addresses. */
export function same(text: string): Texts {
  return { it: text, en: text };
}

/** A name as each language quotes it: «Fasi» in Italian, "Fasi" in English. */
export function quoted(text: string, lang: Lang): string {
  return lang === "en" ? `"${text}"` : `«${text}»`;
}
