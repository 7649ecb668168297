/**
 * Reads the workbook through the port when a view opens and whenever the view asks again.
 * The last good reading stays visible while a new one is under way, so the pane does not
 * flicker; nothing is cached between views or operations.
 */
import { useCallback, useEffect, useState } from "react";
import type { LoadedWorkbook, WorkbookPort } from "../../core/ports";

export interface WorkbookState {
  readonly loaded: LoadedWorkbook | null;
  readonly loading: boolean;
  readonly error: unknown;
  /** reads the workbook again; resolves when the new reading is shown */
  readonly reload: () => Promise<void>;
}

export function useWorkbook(port: WorkbookPort): WorkbookState {
  const [loaded, setLoaded] = useState<LoadedWorkbook | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const read = useCallback(
    async (isCurrent: () => boolean) => {
      setLoading(true);
      try {
        const result = await port.load();
        if (!isCurrent()) return;
        setLoaded(result);
        setError(null);
      } catch (e) {
        if (isCurrent()) setError(e ?? new Error("load"));
      } finally {
        if (isCurrent()) setLoading(false);
      }
    },
    [port],
  );

  useEffect(() => {
    let current = true;
    void read(() => current);
    return () => {
      current = false;
    };
  }, [read]);

  const reload = useCallback(() => read(() => true), [read]);
  return { loaded, loading, error, reload };
}
