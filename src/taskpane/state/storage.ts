/**
 * The browser's storage, for what belongs to this user on this computer (their name, what the
 * pane learnt of a document). Browsers may block it (privacy settings): then nothing is kept.
 */
/** null when nothing is kept under `key`, undefined when the browser blocks its storage */
export function readStored(key: string): string | null | undefined {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** false when the browser refused to keep it */
export function writeStored(key: string, text: string): boolean {
  try {
    window.localStorage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}
