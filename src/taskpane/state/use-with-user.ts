/** Runs a workbook change that needs the user's name for the log, asking for it once. */
import { useState } from "react";
import { useUserName } from "./user-name";

export function useWithUser() {
  const [name, setName] = useUserName();
  const [pending, setPending] = useState<((name: string) => void) | null>(null);
  const run = (work: (name: string) => void) => {
    if (name.trim()) work(name);
    else setPending(() => work);
  };
  /** for the UserNameDialog: the name given, or null when cancelled */
  const answer = (given: string | null) => {
    const work = pending;
    setPending(null);
    if (given && work) {
      setName(given);
      work(given);
    }
  };
  return { run, asking: pending !== null, answer };
}
