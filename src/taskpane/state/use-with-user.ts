/** Runs a workbook change that needs the user's name for the log, asking for it once. */
import { useRef, useState } from "react";
import { useUserName } from "./user-name";

export function useWithUser() {
  const [name, setName] = useUserName();
  const [pending, setPending] = useState<((name: string) => void) | null>(null);
  const confirmed = useRef<(() => void) | null>(null);
  const run = (work: (name: string) => void) => {
    if (name.trim()) work(name);
    else setPending(() => work);
  };
  /** the name given, or null when cancelled */
  const answer = (given: string | null) => {
    const work = pending;
    setPending(null);
    if (given && work) {
      setName(given);
      confirmed.current = () => work(given);
    }
  };
  /**
   * The change starts once the dialog has gone: while it is leaving, the modal keeps the
   * pane aria-hidden, and the change's progress and result would be hidden from screen readers.
   */
  const closed = () => {
    const work = confirmed.current;
    confirmed.current = null;
    work?.();
  };
  /** the UserNameDialog's props */
  const dialog = { open: pending !== null, onDone: answer, onClosed: closed };
  return { run, dialog };
}
