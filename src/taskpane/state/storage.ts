/**
 * The browser's storage, for what belongs to this user on this computer (their name, what the
 * pane learnt of a document). Browsers may block it (privacy settings): then nothing is kept.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
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
