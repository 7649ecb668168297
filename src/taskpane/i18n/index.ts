import { createContext, useContext } from "react";
import { en } from "./en";
import { it, type Messages } from "./it";

export type { Messages };
export { plural, type Plural } from "../../core/text/plural";
export type Language = "it" | "en";

/**
 * Picks the dictionary for Office's display language ("it-IT", "en-US"…). Italian is the
 * default: the users are Italian and any language we do not ship falls back to it.
 */
export function languageOf(displayLanguage: string | null | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "it";
}

export function messagesFor(language: Language): Messages {
  return language === "en" ? en : it;
}

const MessagesContext = createContext<Messages>(it);

export const MessagesProvider = MessagesContext.Provider;

/** The strings of the current language, for any component under a MessagesProvider. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
