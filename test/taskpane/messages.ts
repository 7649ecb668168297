/** Both dictionaries at once, as tests want them (the pane downloads English only when needed). */
import type { Language, Messages } from "../../src/taskpane/i18n";
import { en } from "../../src/taskpane/i18n/en";
import { it } from "../../src/taskpane/i18n/it";

export function messagesFor(language: Language): Messages {
  return language === "en" ? en : it;
}
