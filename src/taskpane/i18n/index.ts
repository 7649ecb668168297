import { createContext, useContext } from "react";
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

/** The Italian strings, always in the first download: the pane's default and fallback. */
export const DEFAULT_MESSAGES: Messages = it;

/** The dictionary of `language`: English is downloaded only by those who need it. */
export async function loadMessages(language: Language): Promise<Messages> {
  return language === "en" ? (await import("./en")).en : it;
}

const MessagesContext = createContext<Messages>(it);

export const MessagesProvider = MessagesContext.Provider;

/** The strings of the current language, for any component under a MessagesProvider. */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
