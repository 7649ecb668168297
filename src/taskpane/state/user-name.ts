/**
 * The user's name written in the log of every change. It belongs to the person, not to the
 * shared workbook, so it stays in this browser's storage (one per user profile).
 */
import { useCallback, useSyncExternalStore } from "react";
import { readStored, writeStored } from "./storage";

export const USER_NAME_KEY = "schede-peg.utente";

const listeners = new Set<() => void>();
/** used when the browser blocks storage: the name then lasts while the pane is open */
let memory = "";

export function readUserName(): string {
  const stored = readStored(USER_NAME_KEY);
  // storage blocked by the browser's privacy settings: the name kept while the pane is open
  return stored === undefined ? memory : (stored ?? "");
}

export function writeUserName(name: string): void {
  memory = name.trim();
  writeStored(USER_NAME_KEY, memory);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** the stored name and a setter that every view using the hook sees at once */
export function useUserName(): readonly [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, readUserName, () => "");
  const set = useCallback((value: string) => writeUserName(value), []);
  return [name, set] as const;
}
